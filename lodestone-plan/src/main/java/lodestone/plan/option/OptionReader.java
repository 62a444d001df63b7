package lodestone.plan.option;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import lodestone.model.agreement.Capacity;
import lodestone.model.agreement.Estimate;
import lodestone.model.agreement.Project;
import lodestone.model.knowledge.KnowledgeSnapshot;
import lodestone.model.mineral.MineralId;
import lodestone.sim.scenario.Distribution;
import lodestone.sim.scenario.FieldReader;
import org.jspecify.annotations.Nullable;

/**
 * Reads an option catalogue (YAML or JSON) and resolves it against the knowledge base: options linked to a project
 * record take its start year, ramp-up and probability of delivery (each sourced or assumed there), capacities given in
 * tonnes per year become fractions of the perspective's monthly demand, and {@code newSources} adds one candidate per
 * country with reserves or production ({@link SnapshotOptions}). Every problem is collected, with the field path, the
 * value and the allowed range, before one {@link OptionException} is thrown; unknown fields are refused. The format is
 * documented in {@code docs/methods/planning.md}.
 */
public final class OptionReader {
    private static final Pattern ISO2 = Pattern.compile("[A-Z]{2}");
    private static final Set<String> FIGURE = Set.of("value", "unit", "source", "assumed", "basis");

    private final KnowledgeSnapshot snapshot;
    private final YearMonth start;
    private final List<String> problems = new ArrayList<>();

    private OptionReader(KnowledgeSnapshot snapshot, YearMonth start) {
        this.snapshot = snapshot;
        this.start = start;
    }

    /**
     * @param text the catalogue, YAML or JSON
     * @param origin the file name or bundled catalogue, for messages
     * @param snapshot the knowledge base (projects, reserves, production, governance)
     * @param start the scenario's first month: month 0 of every option's start
     * @return the resolved catalogue
     * @throws OptionException listing every problem
     */
    public static OptionCatalogue read(String text, String origin, KnowledgeSnapshot snapshot, YearMonth start) {
        JsonNode root = FieldReader.tree(text, origin, OptionException::new);
        if (root == null || !root.isObject()) {
            throw new OptionException(origin, List.of("the catalogue must be a mapping (mineral, perspective, ...)."));
        }
        OptionReader reader = new OptionReader(snapshot, start);
        OptionCatalogue catalogue = reader.catalogue(root);
        if (!reader.problems.isEmpty() || catalogue == null) {
            throw new OptionException(origin, reader.problems);
        }
        return catalogue;
    }

    private @Nullable OptionCatalogue catalogue(JsonNode node) {
        known(node, "", Set.of("mineral", "perspective", "demand", "options", "newSources"));
        String mineralText = text(node, "mineral", "");
        Optional<MineralId> mineral = Optional.empty();
        if (mineralText != null) {
            mineral = snapshot.minerals().resolve(mineralText).map(m -> m.id());
            if (mineral.isEmpty()) {
                problem(
                        "mineral",
                        mineralText,
                        "must be a mineral in the catalogue",
                        "Maybe run `lodestone minerals` to list the known ids.");
            }
        }
        String perspective = text(node, "perspective", "");
        if (perspective != null && !ISO2.matcher(perspective).matches()) {
            problem("perspective", perspective, "must be an ISO 3166-1 alpha-2 code such as US");
        }
        Figure demand = figure(node, "demand", "", 1e-9, 1e9);
        List<PlanOption> options = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        JsonNode list = node.get("options");
        if (list == null || !list.isArray() || list.isEmpty()) {
            problem("options", list, "must be a non-empty list of options");
        } else if (demand != null && mineral.isPresent()) {
            for (int i = 0; i < list.size(); i++) {
                PlanOption option = option(list.get(i), "options[" + i + "]", mineral.get(), demand.value());
                if (option != null && !ids.add(option.id())) {
                    problem("options[" + i + "].id", option.id(), "must be unique in the catalogue");
                } else if (option != null) {
                    options.add(option);
                }
            }
        }
        List<String> skipped = new ArrayList<>();
        JsonNode sources = node.get("newSources");
        if (sources != null && demand != null && perspective != null) {
            SnapshotOptions.Candidates candidates = candidates(sources);
            if (candidates != null) {
                SnapshotOptions.Generated generated = SnapshotOptions.newSources(snapshot, candidates, perspective);
                for (PlanOption option : generated.options()) {
                    if (ids.add(option.id())) {
                        options.add(option);
                    }
                }
                skipped.addAll(generated.skipped());
            }
        }
        if (!problems.isEmpty() || mineral.isEmpty() || demand == null || perspective == null) {
            return null;
        }
        return new OptionCatalogue(mineral.get(), perspective, demand, options, skipped);
    }

    private SnapshotOptions.@Nullable Candidates candidates(JsonNode node) {
        String at = "newSources";
        known(
                node,
                at,
                Set.of(
                        "countriesFrom",
                        "exclude",
                        "capacity",
                        "leadTimeMonths",
                        "rampMonths",
                        "costPerFractionOfDemand",
                        "probability"));
        String from = text(node, "countriesFrom", at);
        Optional<MineralId> mineral = from == null
                ? Optional.empty()
                : snapshot.minerals().resolve(from).map(m -> m.id());
        if (from != null && mineral.isEmpty()) {
            problem(at + ".countriesFrom", from, "must be a mineral in the catalogue");
        }
        List<String> exclude = new ArrayList<>();
        JsonNode excluded = node.get("exclude");
        if (excluded != null) {
            for (JsonNode code : excluded) {
                if (!ISO2.matcher(code.asText()).matches()) {
                    problem(at + ".exclude", code, "must list ISO 3166-1 alpha-2 codes");
                }
                exclude.add(code.asText());
            }
        }
        Figure capacity = figure(node, "capacity", at, 1e-6, 1);
        Figure lead = figure(node, "leadTimeMonths", at, 0, 600);
        Figure ramp = figure(node, "rampMonths", at, 0, 600);
        Figure cost = figure(node, "costPerFractionOfDemand", at, 0, 1e13);
        Figure probability = figure(node, "probability", at, 0, 1);
        if (mineral.isEmpty()
                || capacity == null
                || lead == null
                || ramp == null
                || cost == null
                || probability == null) {
            return null;
        }
        return new SnapshotOptions.Candidates(mineral.get(), exclude, capacity, lead, ramp, cost, probability);
    }

    private @Nullable PlanOption option(@Nullable JsonNode node, String at, MineralId mineral, double demandTonnes) {
        if (node == null || !node.isObject()) {
            problem(at, node, "must be a mapping with id, kind, title, cost and supply or cover");
            return null;
        }
        known(
                node,
                at,
                Set.of(
                        "id",
                        "kind",
                        "title",
                        "country",
                        "project",
                        "capacity",
                        "start",
                        "ramp",
                        "probability",
                        "cover",
                        "release",
                        "cost",
                        "minLevel",
                        "maxLevel",
                        "allOrNothing",
                        "sources",
                        "note"));
        String id = text(node, "id", at);
        String title = text(node, "title", at);
        String kindText = text(node, "kind", at);
        OptionKind kind = null;
        if (kindText != null) {
            try {
                kind = OptionKind.parse(kindText);
            } catch (IllegalArgumentException e) {
                problem(at + ".kind", kindText, String.valueOf(e.getMessage()));
            }
        }
        Optional<String> country = Optional.ofNullable(node.get("country")).map(JsonNode::asText);
        country.ifPresent(code -> {
            if (!ISO2.matcher(code).matches()) {
                problem(at + ".country", code, "must be an ISO 3166-1 alpha-2 code");
            }
        });
        Figure cost = figure(node, "cost", at, 0, 1e13);
        Optional<Project> project = Optional.empty();
        if (node.has("project")) {
            String projectId = node.get("project").asText();
            project = snapshot.policy().projects().stream()
                    .filter(p -> p.id().equals(projectId))
                    .findFirst();
            if (project.isEmpty()) {
                problem(
                        at + ".project",
                        projectId,
                        "must be a project in the knowledge base",
                        "Maybe run `lodestone outlook` to list the projects.");
            }
        }
        Optional<Supply> supply = Optional.empty();
        Optional<Reserve> reserve = Optional.empty();
        if (kind != null && kind.isFlow()) {
            supply = Optional.ofNullable(supply(node, at, project, mineral, demandTonnes));
        } else if (kind != null) {
            Figure cover = figure(node, "cover", at, 1e-6, 120);
            Figure release = figure(node, "release", at, 1e-6, 1);
            if (cover != null && release != null) {
                reserve = Optional.of(new Reserve(cover, release));
            }
        }
        double min = number(node, "minLevel", at, 0, 1, 0);
        double max = number(node, "maxLevel", at, 1e-9, 1, 1);
        boolean whole = node.has("allOrNothing") && node.get("allOrNothing").asBoolean();
        List<String> sources = new ArrayList<>();
        if (node.has("sources")) {
            node.get("sources").forEach(s -> sources.add(s.asText()));
        }
        String note = node.has("note") ? node.get("note").asText() : "";
        if (id == null
                || title == null
                || kind == null
                || cost == null
                || (kind.isFlow() && supply.isEmpty())
                || (!kind.isFlow() && reserve.isEmpty())) {
            return null;
        }
        try {
            return new PlanOption(id, title, kind, country, cost, supply, reserve, min, max, whole, sources, note);
        } catch (IllegalArgumentException e) {
            problem(at, id, String.valueOf(e.getMessage()));
            return null;
        }
    }

    private @Nullable Supply supply(
            JsonNode node, String at, Optional<Project> project, MineralId mineral, double demandTonnes) {
        Figure capacity = capacity(node, at, project, mineral, demandTonnes);
        Figure ramp;
        Figure probability;
        Distribution first;
        String startBasis;
        boolean startAssumed;
        if (project.isPresent() && !node.has("start")) {
            Project record = project.get();
            String ref = "project " + record.id();
            if (record.startYear().isEmpty() || record.probability().isEmpty()) {
                problem(
                        at + ".project",
                        record.id(),
                        "has no start year or probability in the knowledge base",
                        "Maybe give start and probability in the option.");
                return null;
            }
            Estimate year = record.startYear().get();
            int months = (int) Math.max(
                    0,
                    start.until(YearMonth.of((int) Math.round(year.value()), 1), java.time.temporal.ChronoUnit.MONTHS));
            first = Distribution.fixed(months);
            startBasis = ref + ": first output " + Math.round(year.value()) + " (" + year.rationale() + ")";
            startAssumed = year.assumption();
            ramp = record.rampUpYears()
                    .map(y -> fromEstimate(y, ref).derived(12 * y.value(), "years × 12"))
                    .orElse(null);
            probability = fromEstimate(record.probability().get(), ref);
            if (ramp == null) {
                ramp = figure(node, "ramp", at, 0, 600);
            }
        } else {
            JsonNode startNode = node.get("start");
            if (startNode == null || !startNode.isObject()) {
                problem(at + ".start", startNode, "must be {months, source or assumed, basis}");
                return null;
            }
            known(startNode, at + ".start", Set.of("months", "source", "assumed", "basis"));
            first = distribution(startNode.get("months"), at + ".start.months");
            startBasis = text(startNode, "basis", at + ".start");
            startAssumed = startNode.has("assumed") && startNode.get("assumed").asBoolean();
            if (!startAssumed && !startNode.has("source")) {
                problem(at + ".start", startNode, "must name a source or be marked assumed: true");
            } else if (startNode.has("source") && startBasis != null) {
                startBasis = startBasis + " (" + startNode.get("source").asText() + ")";
            }
            ramp = figure(node, "ramp", at, 0, 600);
            probability = figure(node, "probability", at, 0, 1);
        }
        if (capacity == null || ramp == null || probability == null || first == null || startBasis == null) {
            return null;
        }
        try {
            return new Supply(capacity, first, startBasis, startAssumed, ramp, probability);
        } catch (IllegalArgumentException e) {
            problem(at, null, String.valueOf(e.getMessage()));
            return null;
        }
    }

    /** Capacity as a fraction of demand: given so, in t/yr (÷ demand), or from the project record's t/yr. */
    private @Nullable Figure capacity(
            JsonNode node, String at, Optional<Project> project, MineralId mineral, double demandTonnes) {
        if (!node.has("capacity") && project.isPresent()) {
            Optional<Capacity> recorded = project.get().capacity();
            if (recorded.isEmpty() || !recorded.get().mineral().equals(mineral)) {
                problem(
                        at + ".capacity",
                        null,
                        "is required: project " + project.get().id() + " records no capacity of " + mineral,
                        "Maybe give the share of its output available to the perspective country.");
                return null;
            }
            Capacity c = recorded.get();
            return Figure.sourced(
                    c.tonnesPerYear() / demandTonnes,
                    "project " + project.get().id() + " (" + c.source() + ")",
                    String.format(
                            Locale.ROOT,
                            "%,.0f t/yr %s ÷ demand %,.0f t/yr",
                            c.tonnesPerYear(),
                            c.description(),
                            demandTonnes));
        }
        Figure raw = figure(node, "capacity", at, 0, 1e9);
        if (raw == null) {
            return null;
        }
        String unit = node.get("capacity").has("unit")
                ? node.get("capacity").get("unit").asText()
                : "";
        if (unit.equals("fraction")) {
            if (raw.value() > 1) {
                problem(
                        at + ".capacity.value",
                        raw.value(),
                        "must be a fraction of demand within [0, 1]",
                        "Maybe the value is in percent, or in t/yr (then write unit: t/yr).");
                return null;
            }
            return raw;
        }
        if (unit.equals("t/yr")) {
            double fraction = raw.value() / demandTonnes;
            if (fraction > 1) {
                problem(
                        at + ".capacity.value",
                        raw.value(),
                        "must not exceed the perspective's demand (" + demandTonnes + " t/yr)",
                        "Maybe give the share available to the perspective country.");
                return null;
            }
            return raw.derived(
                    fraction, String.format(Locale.ROOT, "%,.1f t/yr ÷ demand %,.0f t/yr", raw.value(), demandTonnes));
        }
        problem(at + ".capacity.unit", unit, "must be fraction or t/yr");
        return null;
    }

    private static Figure fromEstimate(Estimate estimate, String record) {
        return new Figure(
                estimate.value(),
                estimate.source().map(s -> record + " (" + s + ")"),
                estimate.assumption(),
                record + ": " + estimate.rationale());
    }

    private @Nullable Distribution distribution(@Nullable JsonNode node, String at) {
        try {
            if (node != null && node.isNumber()) {
                return Distribution.fixed(node.asDouble());
            }
            if (node != null && node.isObject() && node.size() == 1 && node.has("uniform")) {
                JsonNode v = node.get("uniform");
                if (v.isArray() && v.size() == 2) {
                    return Distribution.uniform(v.get(0).asDouble(), v.get(1).asDouble());
                }
            }
            if (node != null && node.isObject() && node.size() == 1 && node.has("triangular")) {
                JsonNode v = node.get("triangular");
                if (v.isArray() && v.size() == 3) {
                    return Distribution.triangular(
                            v.get(0).asDouble(), v.get(1).asDouble(), v.get(2).asDouble());
                }
            }
        } catch (IllegalArgumentException e) {
            problem(at, node, String.valueOf(e.getMessage()));
            return null;
        }
        problem(at, node, "must be a number of months, {uniform: [min, max]} or {triangular: [min, mode, max]}");
        return null;
    }

    /** A figure: {value, unit?, source | assumed: true, basis}. */
    private @Nullable Figure figure(JsonNode parent, String field, String path, double lo, double hi) {
        String at = path.isEmpty() ? field : path + "." + field;
        JsonNode node = parent.get(field);
        if (node == null || !node.isObject()) {
            problem(at, node, "must be {value, source or assumed: true, basis}");
            return null;
        }
        known(node, at, FIGURE);
        JsonNode value = node.get("value");
        if (value == null || !value.isNumber()) {
            problem(at + ".value", value, "must be a number");
            return null;
        }
        double v = value.asDouble();
        if (!(v >= lo && v <= hi)) {
            problem(at + ".value", v, "must be within [" + lo + ", " + hi + "]");
            return null;
        }
        String basis = text(node, "basis", at);
        boolean assumed = node.has("assumed") && node.get("assumed").asBoolean();
        Optional<String> source = Optional.ofNullable(node.get("source")).map(JsonNode::asText);
        if (source.isEmpty() && !assumed) {
            problem(
                    at,
                    node,
                    "must name a source or be marked assumed: true",
                    "Maybe add `assumed: true` and say why in its basis.");
            return null;
        }
        if (basis == null) {
            return null;
        }
        return new Figure(v, source, assumed, basis);
    }

    private double number(JsonNode node, String field, String path, double lo, double hi, double or) {
        JsonNode value = node.get(field);
        if (value == null) {
            return or;
        }
        if (!value.isNumber() || !(value.asDouble() >= lo && value.asDouble() <= hi)) {
            problem(path + "." + field, value, "must be a number within [" + lo + ", " + hi + "]");
            return or;
        }
        return value.asDouble();
    }

    private @Nullable String text(JsonNode node, String field, String path) {
        JsonNode value = node.get(field);
        if (value == null || !value.isValueNode() || value.asText().isBlank()) {
            problem(path.isEmpty() ? field : path + "." + field, value, "is required (text)");
            return null;
        }
        return value.asText();
    }

    private void known(JsonNode node, String path, Set<String> fields) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!fields.contains(name)) {
                problem(
                        path.isEmpty() ? name : path + "." + name,
                        null,
                        "is not a known field; known: " + String.join(", ", new java.util.TreeSet<>(fields)));
            }
        }
    }

    private void problem(String at, @Nullable Object value, String message, String... hints) {
        StringBuilder text = new StringBuilder(at);
        if (value != null) {
            text.append(" (").append(value).append(')');
        }
        text.append(' ').append(message).append('.');
        for (String hint : hints) {
            text.append("\n    ").append(hint);
        }
        problems.add(text.toString());
    }
}
