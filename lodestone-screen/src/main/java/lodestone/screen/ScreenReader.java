package lodestone.screen;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import lodestone.model.mineral.MineralId;
import lodestone.screen.ScreenSpec.MarketAssumptions;
import lodestone.screen.ScreenSpec.MineralSelection;
import lodestone.screen.ScreenSpec.PlanSpec;
import lodestone.screen.ScreenSpec.ResponsePackage;
import lodestone.sim.scenario.Distribution;
import lodestone.sim.scenario.FieldReader;
import lodestone.sim.scenario.Response;
import org.jspecify.annotations.Nullable;

/**
 * Reads a screen spec from YAML or JSON and validates it as a whole: every problem is collected, with the field path,
 * the value and the allowed range, before one {@link ScreenException} is thrown. Unknown fields are refused, so that a
 * misspelt dimension is not silently ignored. Distributions are written as in scenario specs: a number (fixed) or one
 * of {@code {uniform: [min, max]}}, {@code {triangular: [min, mode, max]}}, {@code {logNormal: {median: m, p90: q}}}.
 */
public final class ScreenReader {
    /** The first simulated month when the spec names none: the sweep's (January 2026). */
    public static final YearMonth DEFAULT_START = YearMonth.of(2026, 1);

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern ISO2 = Pattern.compile("[A-Z]{2}");

    private final List<String> problems = new ArrayList<>();

    private ScreenReader() {}

    /**
     * @param text the spec, YAML or JSON
     * @param origin the file name, for messages
     * @return the validated spec
     * @throws ScreenException listing every problem, each with field and value
     */
    public static ScreenSpec read(String text, String origin) {
        return read(FieldReader.tree(text, origin, ScreenException::new), origin);
    }

    /**
     * @param root the spec as a JSON tree (as {@code lodestone.screen.job.JobCodec} writes it)
     * @param origin where it comes from, for messages
     * @return the validated spec
     * @throws ScreenException listing every problem, each with field and value
     */
    public static ScreenSpec read(JsonNode root, String origin) {
        if (root == null || !root.isObject()) {
            throw new ScreenException(
                    origin, List.of("the spec must be a mapping of fields (id, perspectives, minerals, ...)."));
        }
        ScreenReader reader = new ScreenReader();
        ScreenSpec spec = reader.spec(root);
        if (!reader.problems.isEmpty() || spec == null) {
            throw new ScreenException(origin, reader.problems);
        }
        return spec;
    }

    private @Nullable ScreenSpec spec(JsonNode node) {
        known(
                node,
                "",
                Set.of(
                        "id",
                        "title",
                        "start",
                        "perspectives",
                        "minerals",
                        "suppliers",
                        "severities",
                        "durations",
                        "responses",
                        "horizonMonths",
                        "paths",
                        "seed",
                        "market",
                        "plan"));
        String id = text(node, "id", "", true);
        if (id != null && !ID.matcher(id).matches()) {
            problem("id", id, "must be lower-case words joined by hyphens, e.g. us-critical-2026");
        }
        String title = Optional.ofNullable(text(node, "title", "", false)).orElse(id);
        YearMonth start = DEFAULT_START;
        String startText = text(node, "start", "", false);
        if (startText != null) {
            try {
                start = YearMonth.parse(startText);
            } catch (DateTimeParseException e) {
                problem("start", startText, "must be a month written YYYY-MM");
            }
        }
        List<String> perspectives = perspectives(node.get("perspectives"));
        MineralSelection minerals = minerals(node.get("minerals"));
        int suppliers = suppliers(node.get("suppliers"));
        int horizon = (int) integer(node, "horizonMonths", "", 12, 1, 600);
        List<Double> severities = numbers(node.get("severities"), "severities", 0, 1, false);
        List<Double> durations = numbers(node.get("durations"), "durations", 0, horizon, true);
        List<ResponsePackage> responses = responses(node.get("responses"));
        int paths = (int) integer(node, "paths", "", 2000, 1, 1_000_000);
        long seed = integer(node, "seed", "", 0, Long.MIN_VALUE, Long.MAX_VALUE);
        MarketAssumptions market = market(node.get("market"));
        Optional<PlanSpec> plan = plan(node.get("plan"));
        if (!problems.isEmpty() || id == null || title == null || minerals == null || market == null) {
            return null;
        }
        return new ScreenSpec(
                id,
                title,
                start,
                perspectives,
                minerals,
                suppliers,
                severities,
                durations,
                responses,
                horizon,
                paths,
                seed,
                market,
                plan);
    }

    private List<String> perspectives(JsonNode node) {
        List<String> codes = new ArrayList<>();
        if (node == null || !node.isArray() || node.isEmpty()) {
            problem("perspectives", node, "must be a non-empty list of ISO 3166-1 alpha-2 codes, e.g. [US]");
            return codes;
        }
        for (int i = 0; i < node.size(); i++) {
            String code = node.get(i).asText();
            if (!ISO2.matcher(code).matches()) {
                problem("perspectives[" + i + "]", code, "must be an ISO 3166-1 alpha-2 code in capitals, e.g. US");
            } else if (codes.contains(code)) {
                problem("perspectives[" + i + "]", code, "is listed twice");
            } else {
                codes.add(code);
            }
        }
        return codes;
    }

    private @Nullable MineralSelection minerals(JsonNode node) {
        if (node != null && node.isObject()) {
            known(node, "minerals", Set.of("list"));
            String list = text(node, "list", "minerals", true);
            return list == null ? null : new MineralSelection(Optional.of(list), List.of());
        }
        if (node == null || !node.isArray() || node.isEmpty()) {
            problem("minerals", node, "must be {list: <critical-mineral list id>} or a non-empty list of mineral ids");
            return null;
        }
        List<MineralId> ids = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < node.size(); i++) {
            String value = node.get(i).asText();
            if (!ID.matcher(value).matches()) {
                problem("minerals[" + i + "]", value, "must be a mineral id such as dysprosium");
            } else if (!seen.add(value)) {
                problem("minerals[" + i + "]", value, "is listed twice");
            } else {
                ids.add(MineralId.of(value));
            }
        }
        return ids.isEmpty() ? null : new MineralSelection(Optional.empty(), ids);
    }

    private int suppliers(JsonNode node) {
        if (node == null) {
            return 5;
        }
        if (!node.isObject()) {
            problem("suppliers", node, "must be {top: N}, the largest N suppliers of each mineral (1..50)");
            return 5;
        }
        known(node, "suppliers", Set.of("top"));
        return (int) integer(node, "top", "suppliers", 5, 1, 50);
    }

    private List<Double> numbers(JsonNode node, String field, double lo, double hi, boolean openBelow) {
        List<Double> values = new ArrayList<>();
        String range = (openBelow ? "(" : "[") + fmt(lo) + ", " + fmt(hi) + "]";
        if (node == null || !node.isArray() || node.isEmpty()) {
            problem(field, node, "must be a non-empty list of numbers within " + range);
            return values;
        }
        TreeSet<Double> seen = new TreeSet<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode item = node.get(i);
            double value = item.isNumber() ? item.asDouble() : Double.NaN;
            boolean inside = openBelow ? value > lo && value <= hi : value >= lo && value <= hi;
            if (!inside) {
                problem(
                        field + "[" + i + "]",
                        item,
                        "must be a number within " + range
                                + (field.equals("severities") && value > 1 && value <= 100
                                        ? "\nMaybe write fractions, e.g. 0.5 for 50 %"
                                        : field.equals("durations") && value > hi
                                                ? "\nMaybe raise horizonMonths to at least " + fmt(value)
                                                : ""));
            } else if (!seen.add(value)) {
                problem(field + "[" + i + "]", item, "is listed twice");
            } else {
                values.add(value);
            }
        }
        return values;
    }

    private List<ResponsePackage> responses(JsonNode node) {
        List<ResponsePackage> packages = new ArrayList<>();
        if (node == null) {
            packages.add(new ResponsePackage(
                    "stocks", Distribution.uniform(1.5, 3), Distribution.fixed(0), 0, Response.NONE, Response.NONE));
            return packages;
        }
        if (!node.isArray() || node.isEmpty()) {
            problem("responses", node, "must be a non-empty list of response packages (id, stocksMonths, ...)");
            return packages;
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode item = node.get(i);
            String path = "responses[" + i + "]";
            known(
                    item,
                    path,
                    Set.of("id", "stocksMonths", "spareCapacity", "spareRampMonths", "substitution", "recycling"));
            String id = text(item, "id", path, true);
            if (id != null && !ID.matcher(id).matches()) {
                problem(path + ".id", id, "must be lower-case words joined by hyphens, e.g. stocks-and-recycling");
                id = null;
            } else if (id != null && !ids.add(id)) {
                problem(path + ".id", id, "is used twice");
                id = null;
            }
            Distribution stocks = distribution(item, "stocksMonths", path, 0, 120, Distribution.fixed(0));
            Distribution spare = distribution(item, "spareCapacity", path, 0, 1, Distribution.fixed(0));
            double ramp = number(item, "spareRampMonths", path, 0, 0, 600);
            Response substitution = response(item.get("substitution"), path + ".substitution");
            Response recycling = response(item.get("recycling"), path + ".recycling");
            if (id != null && stocks != null && spare != null && substitution != null && recycling != null) {
                packages.add(new ResponsePackage(id, stocks, spare, ramp, substitution, recycling));
            }
        }
        return packages;
    }

    private @Nullable Response response(JsonNode node, String path) {
        if (node == null) {
            return Response.NONE;
        }
        known(node, path, Set.of("maxFraction", "lagMonths", "rampMonths"));
        double max = number(node, "maxFraction", path, 0, 0, 1);
        double lag = number(node, "lagMonths", path, 0, 0, 600);
        double ramp = number(node, "rampMonths", path, 0, 0, 600);
        return max >= 0 && max <= 1 && lag >= 0 && ramp >= 0 ? new Response(max, lag, ramp) : null;
    }

    private @Nullable MarketAssumptions market(JsonNode node) {
        MarketAssumptions d = MarketAssumptions.DEFAULT;
        if (node == null) {
            return d;
        }
        known(node, "market", Set.of("leakage", "demandElasticity", "supplyElasticity", "priceCap", "threshold"));
        Distribution leakage = distribution(node, "leakage", "market", 0, 1, d.leakage());
        double demand = number(node, "demandElasticity", "market", d.demandElasticity(), -10, 0);
        double supply = number(node, "supplyElasticity", "market", d.supplyElasticity(), 0, 10);
        double cap = number(node, "priceCap", "market", d.priceCap(), 1, 1000);
        double threshold = number(node, "threshold", "market", d.threshold(), 1e-9, 1);
        return leakage == null || !problems.isEmpty()
                ? null
                : new MarketAssumptions(leakage, demand, supply, cap, threshold);
    }

    private Optional<PlanSpec> plan(JsonNode node) {
        if (node == null) {
            return Optional.empty();
        }
        known(node, "plan", Set.of("budgetUsd", "alpha", "paths", "countryShare"));
        double budget = number(node, "budgetUsd", "plan", Double.NaN, 0, 1e13);
        double alpha = number(node, "alpha", "plan", 0.95, 0, 0.999);
        int paths = (int) integer(node, "paths", "plan", 500, 1, 100_000);
        double share = number(node, "countryShare", "plan", 1, 1e-9, 1);
        if (node.get("budgetUsd") == null) {
            problem("plan.budgetUsd", null, "is required: the budget of each cell's plan, US dollars, e.g. 5e9");
        }
        return problems.isEmpty() ? Optional.of(new PlanSpec(budget, alpha, paths, share)) : Optional.empty();
    }

    private @Nullable Distribution distribution(
            JsonNode parent, String field, String path, double lo, double hi, Distribution or) {
        JsonNode node = parent.get(field);
        String at = at(path, field);
        if (node == null) {
            return or;
        }
        Distribution d = null;
        try {
            if (node.isNumber()) {
                d = Distribution.fixed(node.asDouble());
            } else if (node.isObject() && node.size() == 1) {
                String kind = node.fieldNames().next();
                JsonNode args = node.get(kind);
                switch (kind) {
                    case "uniform" ->
                        d = args.size() == 2 && args.isArray()
                                ? Distribution.uniform(
                                        args.get(0).asDouble(), args.get(1).asDouble())
                                : null;
                    case "triangular" ->
                        d = args.size() == 3 && args.isArray()
                                ? Distribution.triangular(
                                        args.get(0).asDouble(),
                                        args.get(1).asDouble(),
                                        args.get(2).asDouble())
                                : null;
                    case "logNormal" ->
                        d = args.has("median") && args.has("p90")
                                ? Distribution.logNormal(
                                        args.get("median").asDouble(),
                                        args.get("p90").asDouble())
                                : null;
                    default -> d = null;
                }
            }
        } catch (IllegalArgumentException e) {
            problem(at, node, String.valueOf(e.getMessage()));
            return null;
        }
        if (d == null) {
            problem(
                    at,
                    node,
                    "must be a number or one of {uniform: [min, max]}, {triangular: [min, mode, max]},"
                            + " {logNormal: {median: m, p90: q}}");
            return null;
        }
        if (d.min() < lo || (d.max() > hi && d.max() != Double.POSITIVE_INFINITY)) {
            problem(at, node, "must lie within [" + fmt(lo) + ", " + fmt(hi) + "]");
            return null;
        }
        return d;
    }

    private @Nullable String text(JsonNode node, String field, String path, boolean required) {
        JsonNode value = node.get(field);
        String at = at(path, field);
        if (value == null || value.isNull()) {
            if (required) {
                problem(at, null, "is required");
            }
            return null;
        }
        if (!value.isTextual() || value.asText().isBlank()) {
            problem(at, value, "must be a non-empty text");
            return null;
        }
        return value.asText();
    }

    private double number(JsonNode node, String field, String path, double or, double lo, double hi) {
        return bounded(
                node,
                field,
                path,
                or,
                value -> value.isNumber() && value.asDouble() >= lo && value.asDouble() <= hi,
                "must be a number within [" + fmt(lo) + ", " + fmt(hi) + "]",
                JsonNode::asDouble);
    }

    private long integer(JsonNode node, String field, String path, long or, long lo, long hi) {
        return bounded(
                node,
                field,
                path,
                or,
                value -> value.isIntegralNumber()
                        && value.canConvertToLong()
                        && value.asLong() >= lo
                        && value.asLong() <= hi,
                "must be a whole number within [" + lo + ", " + hi + "]",
                JsonNode::asLong);
    }

    /**
     * An optional field read when it fits, else reported: the one step of {@link #number} and {@link #integer}.
     *
     * @return the field's value, or {@code or} when it is absent or does not fit (then a problem is recorded)
     */
    private <T> T bounded(
            JsonNode node,
            String field,
            String path,
            T or,
            Predicate<JsonNode> fits,
            String must,
            Function<JsonNode, T> read) {
        JsonNode value = node.get(field);
        if (value == null) {
            return or;
        }
        if (!fits.test(value)) {
            problem(at(path, field), value, must);
            return or;
        }
        return read.apply(value);
    }

    /** @return the dotted name of a field below a path ("market.demandElasticity"), the field alone at the top */
    private static String at(String path, String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    private void known(JsonNode node, String path, Set<String> fields) {
        if (node == null || !node.isObject()) {
            if (node != null) {
                problem(path, node, "must be a mapping of fields " + new TreeSet<>(fields));
            }
            return;
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!fields.contains(name)) {
                problem(
                        at(path, name),
                        node.get(name),
                        "is not a known field; known: " + String.join(", ", new TreeSet<>(fields)));
            }
        }
    }

    private void problem(String field, @Nullable Object value, String message) {
        problems.add(field + " (" + (value == null ? "missing" : value) + ") " + message
                + (message.endsWith(".") ? "" : "."));
    }

    private static String fmt(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15
                ? Long.toString((long) value)
                : Double.toString(value);
    }
}
