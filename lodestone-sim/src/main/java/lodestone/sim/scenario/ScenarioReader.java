package lodestone.sim.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Pattern;
import lodestone.model.chain.Stage;
import lodestone.model.mineral.MineralCatalogue;
import lodestone.model.mineral.MineralId;
import org.jspecify.annotations.Nullable;

/**
 * Reads a scenario spec from YAML or JSON (JSON is read as YAML) and validates it as a whole: every problem is
 * collected, with the field path, the value and the allowed range, before one {@link ScenarioException} is thrown.
 * Unknown fields are refused too, so that a misspelt mitigation is not silently ignored.
 *
 * <p>The format is documented in {@code docs/methods/simulation.md} and shown by the presets in
 * {@code lodestone/sim/presets/}.
 */
public final class ScenarioReader {
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern CODE = Pattern.compile("[A-Z]{2}|OTHER");

    /** The perspective that stands for every buyer outside the issuer (the issuer's whole export market). */
    public static final String OUTSIDE = "OUTSIDE";

    private final MineralCatalogue catalogue;
    private final Behaviour defaults;
    private final FieldReader fields = new FieldReader();
    /** The spec's start month once read (a market's dated fields are checked against it). */
    private @Nullable YearMonth start;

    private ScenarioReader(MineralCatalogue catalogue, Behaviour defaults) {
        this.catalogue = catalogue;
        this.defaults = defaults;
    }

    /**
     * @param text the spec, YAML or JSON
     * @param origin the file name or preset id, for messages
     * @param catalogue the minerals known to the knowledge base; every market's mineral must be in it
     * @return the validated spec
     * @throws ScenarioException listing every problem, each with field and value
     */
    public static ScenarioSpec read(String text, String origin, MineralCatalogue catalogue) {
        return read(text, origin, catalogue, Behaviour.CALIBRATED);
    }

    /**
     * @param text the spec, YAML or JSON
     * @param origin the file name or preset id, for messages
     * @param catalogue the minerals known to the knowledge base
     * @param defaults the behaviour of markets whose spec does not override it (the back-test's first look reads with
     *     {@link Behaviour#PRIOR})
     * @return the validated spec
     * @throws ScenarioException listing every problem, each with field and value
     */
    public static ScenarioSpec read(String text, String origin, MineralCatalogue catalogue, Behaviour defaults) {
        JsonNode root = FieldReader.tree(text, origin, ScenarioException::new);
        ScenarioReader reader = new ScenarioReader(catalogue, defaults);
        if (root == null || !root.isObject()) {
            throw new ScenarioException(origin, List.of("the spec must be a mapping of fields (id, disruption, ...)."));
        }
        ScenarioSpec spec = reader.scenario(root);
        if (!reader.fields.problems().isEmpty() || spec == null) {
            throw new ScenarioException(origin, reader.fields.problems());
        }
        return spec;
    }

    /**
     * Reads a spec's buffer switches: {@code buffers: {without: [vault], assumeInForce: [mp-floor]}}, ids or keys of
     * stockpiles and price floors on record (checked against the record when the scenario is run).
     *
     * @param text the spec, YAML or JSON
     * @param origin the file name or preset id, for messages
     * @return the switches, {@link BufferSwitches#NONE} if the spec has none
     * @throws ScenarioException if the text cannot be parsed or the section is malformed
     */
    public static BufferSwitches bufferSwitches(String text, String origin) {
        JsonNode root = FieldReader.tree(text, origin, ScenarioException::new);
        if (root == null || !root.isObject()) {
            return BufferSwitches.NONE;
        }
        FieldReader fields = new FieldReader();
        BufferSwitches switches = switches(fields, root.get("buffers"));
        if (!fields.problems().isEmpty()) {
            throw new ScenarioException(origin, fields.problems());
        }
        return switches;
    }

    private static BufferSwitches switches(FieldReader fields, JsonNode node) {
        if (node == null || node.isNull()) {
            return BufferSwitches.NONE;
        }
        if (!node.isObject()) {
            fields.problem("buffers", node, "must be a mapping with 'without' and/or 'assumeInForce'");
            return BufferSwitches.NONE;
        }
        fields.known(node, "buffers", Set.of("without", "assumeInForce"));
        List<String> without = names(fields, node.get("without"), "buffers.without");
        List<String> assumed = names(fields, node.get("assumeInForce"), "buffers.assumeInForce");
        try {
            return new BufferSwitches(Set.copyOf(without), Set.copyOf(assumed));
        } catch (IllegalArgumentException e) {
            fields.problem("buffers", node, "must not switch a buffer both off and on: " + e.getMessage());
            return BufferSwitches.NONE;
        }
    }

    private static List<String> names(FieldReader fields, @Nullable JsonNode node, String path) {
        List<String> out = new ArrayList<>();
        if (node == null || node.isNull()) {
            return out;
        }
        if (!node.isArray()) {
            fields.problem(path, node, "must be a list of buffer ids or keys, e.g. [vault]");
            return out;
        }
        for (int i = 0; i < node.size(); i++) {
            JsonNode item = node.get(i);
            if (!item.isTextual() || item.asText().isBlank()) {
                fields.problem(path + "[" + i + "]", item, "must be a buffer id or key, e.g. vault");
            } else {
                out.add(item.asText());
            }
        }
        return out;
    }

    private @Nullable ScenarioSpec scenario(JsonNode node) {
        fields.known(
                node,
                "",
                Set.of(
                        "id",
                        "title",
                        "description",
                        "start",
                        "horizonMonths",
                        "perspective",
                        "threshold",
                        "recoveryLevel",
                        "disruption",
                        "markets",
                        "assumptions",
                        "sources",
                        "buffers"));
        switches(fields, node.get("buffers"));
        String id = fields.text(node, "id", "", true);
        if (id != null && !ID.matcher(id).matches()) {
            fields.problem("id", id, "must be lower-case words joined by hyphens");
        }
        String title =
                Optional.ofNullable(fields.text(node, "title", "", false)).orElse(id);
        String description =
                Optional.ofNullable(fields.text(node, "description", "", false)).orElse("");
        YearMonth start = null;
        String startText = fields.text(node, "start", "", true);
        if (startText != null) {
            try {
                start = YearMonth.parse(startText);
            } catch (DateTimeParseException e) {
                fields.problem("start", startText, "must be a month written YYYY-MM");
            }
        }
        this.start = start;
        int horizon = (int) fields.number(node, "horizonMonths", "", 12, 1, 600, false);
        String perspective = OUTSIDE.equals(fields.text(node, "perspective", "", false))
                ? OUTSIDE
                : code(node, "perspective", "", "US");
        double threshold = fields.number(node, "threshold", "", 0.2, 1e-9, 1, false);
        double recovery = fields.number(node, "recoveryLevel", "", 0.01, 0, 0.999, false);
        Disruption disruption = disruption(node.get("disruption"), start);
        List<Market> markets = List.of();
        JsonNode list = node.get("markets");
        if (list == null || !list.isArray() || list.isEmpty()) {
            fields.problem("markets", list, "must be a non-empty list of markets, one per mineral");
        } else {
            markets = fields.list(list, "markets", this::market);
        }
        List<Assumption> assumptions = fields.list(node.get("assumptions"), "assumptions", this::assumption);
        List<String> sources = new ArrayList<>();
        JsonNode cited = node.get("sources");
        if (cited != null) {
            cited.forEach(source -> sources.add(source.asText()));
        }
        if (!fields.problems().isEmpty()
                || id == null
                || title == null
                || start == null
                || perspective == null
                || disruption == null) {
            return null;
        }
        return new ScenarioSpec(
                id,
                title,
                description,
                start,
                horizon,
                perspective,
                threshold,
                recovery,
                disruption,
                markets,
                assumptions,
                sources);
    }

    private @Nullable Disruption disruption(JsonNode node, @Nullable YearMonth start) {
        if (node == null || !node.isObject()) {
            fields.problem("disruption", node, "must be a mapping with issuer and phases");
            return null;
        }
        int problemsBefore = fields.problems().size();
        fields.known(
                node,
                "disruption",
                Set.of(
                        "issuer",
                        "measure",
                        "targets",
                        "stages",
                        "phases",
                        "announced",
                        "effective",
                        "licensing",
                        "instrument",
                        "quotaYearEnds"));
        String issuer = code(node, "issuer", "disruption", null);
        String measure = fields.text(node, "measure", "disruption", false);
        List<String> targets = new ArrayList<>();
        JsonNode t = node.get("targets");
        if (t != null) {
            for (int i = 0; i < t.size(); i++) {
                String target = t.get(i).asText();
                if (!target.equals("ALL") && !CODE.matcher(target).matches()) {
                    fields.problem("disruption.targets[" + i + "]", target, "must be ALL or an ISO alpha-2 code");
                }
                targets.add(target);
            }
        }
        List<String> stages = new ArrayList<>();
        JsonNode s = node.get("stages");
        if (s != null) {
            for (int i = 0; i < s.size(); i++) {
                String stage = s.get(i).asText();
                if (Stage.find(stage).isEmpty()) {
                    fields.problem(
                            "disruption.stages[" + i + "]",
                            stage,
                            "must be one of mining, processing, metal, magnet, recycling");
                }
                stages.add(stage);
            }
        }
        List<Phase> phases = phases(node.get("phases"), "disruption.phases", true);
        Optional<LocalDate> announced = Optional.empty();
        String day = fields.text(node, "announced", "disruption", false);
        if (day != null) {
            try {
                announced = Optional.of(LocalDate.parse(day));
                if (start != null) {
                    long lead = ChronoUnit.DAYS.between(announced.get(), start.atDay(1));
                    if (lead > 731) {
                        fields.problem(
                                "disruption.announced",
                                day,
                                "must be at most two years before the start (" + start + ")");
                    }
                }
            } catch (DateTimeParseException e) {
                fields.problem("disruption.announced", day, "must be a day written YYYY-MM-DD");
            }
        }
        Optional<LocalDate> effective = Optional.empty();
        String effectiveDay = fields.text(node, "effective", "disruption", false);
        if (effectiveDay != null) {
            try {
                effective = Optional.of(LocalDate.parse(effectiveDay));
                if (start != null && !YearMonth.from(effective.get()).equals(start)) {
                    fields.problem("disruption.effective", effectiveDay, "must be a day of the start month " + start);
                }
            } catch (DateTimeParseException e) {
                fields.problem("disruption.effective", effectiveDay, "must be a day written YYYY-MM-DD");
            }
        }
        if (announced.isPresent() && effective.isPresent() && announced.get().isAfter(effective.get())) {
            fields.problem("disruption.announced", day, "must not be after the effective day " + effective.get());
        }
        Optional<Licensing> licensing = Optional.empty();
        JsonNode process = node.get("licensing");
        if (process != null) {
            String at = "disruption.licensing";
            fields.known(process, at, Set.of("lagMonths", "lagSpread", "expectedGrant", "perspectivePriority"));
            Distribution lag = distribution(process, "lagMonths", at, 0, 60, null);
            double spread = fields.number(process, "lagSpread", at, 1.6, 1, 100, false);
            Distribution grant = distribution(process, "expectedGrant", at, 0, 1, Distribution.uniform(0.4, 1));
            Distribution priority = distribution(process, "perspectivePriority", at, 0, 1, Distribution.fixed(1));
            if (lag != null && grant != null && priority != null) {
                licensing = Optional.of(new Licensing(lag, spread, grant, priority));
            }
        }
        // what the measure is: declared, or a licence with a licensing block and a ban without one (the block as
        // written: a block with bad fields is reported there, not again as a ban with a licensing block)
        Instrument instrument = process != null ? Instrument.LICENCE : Instrument.BAN;
        String declared = fields.text(node, "instrument", "disruption", false);
        if (declared != null) {
            Optional<Instrument> found = Instrument.find(declared);
            if (found.isEmpty()) {
                fields.problem("disruption.instrument", declared, "must be one of " + Instrument.ids());
            } else {
                instrument = found.get();
            }
        }
        Optional<YearMonth> quotaYearEnds = Optional.empty();
        String yearEnds = fields.text(node, "quotaYearEnds", "disruption", false);
        if (yearEnds != null) {
            try {
                quotaYearEnds = Optional.of(YearMonth.parse(yearEnds));
                if (start != null && quotaYearEnds.get().isBefore(start)) {
                    fields.problem("disruption.quotaYearEnds", yearEnds, "must not be before the start " + start);
                }
            } catch (DateTimeParseException e) {
                fields.problem("disruption.quotaYearEnds", yearEnds, "must be a month written YYYY-MM");
            }
        }
        // the instrument's invariants are Disruption's own: each one broken is reported on its field
        for (Disruption.Conflict conflict : Disruption.conflicts(instrument, process != null, yearEnds != null)) {
            fields.problem(
                    "disruption." + conflict.field(),
                    conflict.equals(Disruption.Conflict.QUOTA_YEAR_WITHOUT_QUOTA) ? yearEnds : declared,
                    conflict.rule());
        }
        Disruption.targetConflict(instrument, targets.isEmpty() || targets.contains("ALL"))
                .ifPresent(conflict ->
                        fields.problem("disruption." + conflict.field(), String.join(", ", targets), conflict.rule()));
        // every invalid disruption has been reported above (the constructor refuses nothing the reader did not): build
        // it only when nothing was
        if (issuer == null || phases == null || fields.problems().size() > problemsBefore) {
            return null;
        }
        return new Disruption(
                issuer,
                Optional.ofNullable(measure),
                targets,
                stages,
                phases,
                announced,
                licensing,
                effective,
                instrument,
                quotaYearEnds);
    }

    private @Nullable List<Phase> phases(JsonNode node, String path, boolean required) {
        if (node == null) {
            if (required) {
                fields.problem(path, null, "must be a non-empty list of {months, severity}");
            }
            return required ? null : List.of();
        }
        if (!node.isArray() || node.isEmpty()) {
            fields.problem(path, node, "must be a non-empty list of {months, severity}");
            return null;
        }
        List<Phase> phases = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            String at = path + "[" + i + "]";
            fields.known(node.get(i), at, Set.of("months", "severity", "othersSeverity", "leakageFactor", "extension"));
            Distribution months = distribution(node.get(i), "months", at, 0, 600, null);
            Distribution severity = distribution(node.get(i), "severity", at, 0, 1, null);
            Distribution others = distribution(node.get(i), "othersSeverity", at, 0, 1, Distribution.fixed(0));
            Distribution leakageFactor = distribution(node.get(i), "leakageFactor", at, 0, 1, Distribution.fixed(1));
            // the probability that the measure is extended rather than lifted at the review ending the phase
            OptionalDouble extension = node.get(i).has("extension")
                    ? OptionalDouble.of(fields.number(node.get(i), "extension", at, Double.NaN, 0, 1, true))
                    : OptionalDouble.empty();
            boolean readable = extension.isEmpty() || !Double.isNaN(extension.getAsDouble());
            if (months != null && severity != null && others != null && leakageFactor != null && readable) {
                phases.add(new Phase(months, severity, others, leakageFactor, extension));
            }
        }
        return phases;
    }

    private @Nullable Market market(JsonNode node, String path) {
        if (node == null || !node.isObject()) {
            fields.problem(path, node, "must be a mapping with mineral and supply");
            return null;
        }
        fields.known(
                node,
                path,
                Set.of(
                        "mineral",
                        "supply",
                        "supplyFrom",
                        "phases",
                        "stocksMonths",
                        "stockRelease",
                        "spareCapacity",
                        "spareRampMonths",
                        "leakage",
                        "elasticity",
                        "priceCap",
                        "substitution",
                        "recycling",
                        "partners",
                        "projectPartners",
                        "product",
                        "coveredShare",
                        "outsideIssuerShare",
                        "perspectiveShareOfExports",
                        "issuerExportShare",
                        "licencesPerMonth",
                        "demandGrowth",
                        "enforcementMonths",
                        "indirectShare",
                        "importedFeedShare",
                        "directAtOutsidePrice",
                        "issuerOutput",
                        "homeImports",
                        "issuerStocks",
                        "homeDrift",
                        "outsideDrift",
                        "homeCarry",
                        "behaviour"));
        MineralId mineral = null;
        String id = fields.text(node, "mineral", path, true);
        if (id != null) {
            if (!ID.matcher(id).matches() || catalogue.get(MineralId.of(id)).isEmpty()) {
                fields.problem(
                        path + ".mineral",
                        id,
                        "must be a mineral id in the catalogue"
                                + "\n    Maybe run `lodestone minerals` to list the known ids");
            } else {
                mineral = MineralId.of(id);
            }
        }
        Map<String, Double> supply = new LinkedHashMap<>();
        Optional<MineralId> supplyFrom = Optional.empty();
        JsonNode mix = node.get("supply");
        String from = fields.text(node, "supplyFrom", path, false);
        if (from != null) {
            if (!ID.matcher(from).matches() || catalogue.get(MineralId.of(from)).isEmpty()) {
                fields.problem(path + ".supplyFrom", from, "must be a mineral id in the catalogue");
            } else {
                supplyFrom = Optional.of(MineralId.of(from));
            }
            if (mix != null) {
                fields.problem(path + ".supply", mix, "must be left out when supplyFrom is given");
            }
        } else if (mix == null || !mix.isObject() || mix.isEmpty()) {
            fields.problem(
                    path + ".supply",
                    mix,
                    "must map source codes (ISO alpha-2 or OTHER) to shares in [0, 1]"
                            + "\n    Maybe give supplyFrom: <mineral> to take the mix from the knowledge base");
        } else {
            double sum = 0;
            for (Map.Entry<String, JsonNode> entry : mix.properties()) {
                String at = path + ".supply." + entry.getKey();
                if (!CODE.matcher(entry.getKey()).matches()) {
                    fields.problem(at, entry.getKey(), "must be an ISO alpha-2 code or OTHER");
                }
                JsonNode value = entry.getValue();
                if (!value.isNumber() || !(value.asDouble() >= 0 && value.asDouble() <= 1)) {
                    fields.problem(at, value, "must be a share within [0, 1]\n    Maybe the source reports percent");
                } else {
                    supply.put(entry.getKey(), value.asDouble());
                    sum += value.asDouble();
                }
            }
            if (sum > 1 + 1e-6) {
                fields.problem(
                        path + ".supply",
                        String.format(java.util.Locale.ROOT, "sum %.4f", sum),
                        "shares must sum to at most 1");
            }
        }
        List<Phase> phases = phases(node.get("phases"), path + ".phases", false);
        Distribution stocks = distribution(node, "stocksMonths", path, 0, 120, Distribution.fixed(0));
        StockRelease release = StockRelease.WHEN_SHORT;
        JsonNode rule = node.get("stockRelease");
        if (rule != null) {
            fields.known(rule, path + ".stockRelease", Set.of("maxPerMonth", "trigger"));
            release = new StockRelease(
                    fields.number(rule, "maxPerMonth", path + ".stockRelease", 1, 0, 120, false),
                    fields.number(rule, "trigger", path + ".stockRelease", 0, 0, 1, false));
        }
        Distribution spare = distribution(node, "spareCapacity", path, 0, 1, Distribution.fixed(0));
        double spareRamp = fields.number(node, "spareRampMonths", path, 0, 0, 600, false);
        Distribution leakage = distribution(node, "leakage", path, 0, 1, Distribution.fixed(0));
        double demandElasticity = -0.1;
        double supplyElasticity = 0.05;
        JsonNode elasticity = node.get("elasticity");
        if (elasticity != null) {
            fields.known(elasticity, path + ".elasticity", Set.of("demand", "supply"));
            demandElasticity = fields.number(elasticity, "demand", path + ".elasticity", -0.1, -10, 0, false);
            supplyElasticity = fields.number(elasticity, "supply", path + ".elasticity", 0.05, 0, 10, false);
        }
        double priceCap = fields.number(node, "priceCap", path, Double.POSITIVE_INFINITY, 1, 1000, false);
        Response substitution = response(node.get("substitution"), path + ".substitution");
        Response recycling = response(node.get("recycling"), path + ".recycling");
        List<Partner> partners = fields.list(node.get("partners"), path + ".partners", this::partner);
        List<ProjectPartner> projectPartners =
                fields.list(node.get("projectPartners"), path + ".projectPartners", this::projectPartner);
        Trade trade = trade(node, path);
        IssuerStocks issuerStocks = issuerStocks(node.get("issuerStocks"), path + ".issuerStocks");
        Optional<PriceDrift> homeDrift = priceDrift(node.get("homeDrift"), path + ".homeDrift");
        Optional<PriceDrift> outsideDrift = priceDrift(node.get("outsideDrift"), path + ".outsideDrift");
        double carry = fields.number(node, "homeCarry", path, Double.NaN, 0, Market.MAX_HOME_CARRY, false);
        OptionalDouble homeCarry = Double.isNaN(carry) ? OptionalDouble.empty() : OptionalDouble.of(carry);
        Behaviour behaviour = behaviour(node.get("behaviour"), path + ".behaviour");
        if (mineral == null || phases == null || stocks == null || spare == null || leakage == null) {
            return null;
        }
        if (!fields.problems().isEmpty() || trade == null || behaviour == null || issuerStocks == null) {
            return null;
        }
        return new Market(
                mineral,
                supply,
                supplyFrom,
                phases,
                stocks,
                release,
                spare,
                spareRamp,
                leakage,
                demandElasticity,
                supplyElasticity,
                priceCap,
                substitution,
                recycling,
                partners,
                projectPartners,
                trade,
                behaviour,
                issuerStocks,
                homeDrift,
                outsideDrift,
                homeCarry);
    }

    /**
     * A price's trend before the announcement: {@code {change: share above -1, months: 1-24}}, the change over the
     * months before it from dated quotes; absent, none.
     */
    private Optional<PriceDrift> priceDrift(@Nullable JsonNode declared, String path) {
        String shape = "{change: the price's change before the announcement (a share above -1), months: 1-24}";
        JsonNode node = block(declared, path, shape, Set.of("change", "months"));
        if (node == null) {
            return Optional.empty();
        }
        double change = fields.number(node, "change", path, 0, -0.99, 10, true);
        double months = fields.number(node, "months", path, 1, 1, 24, true);
        if (months != Math.rint(months)) {
            fields.problem(path + ".months", node.get("months"), "must be a whole number of months");
            return Optional.empty();
        }
        if (!fields.problems().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new PriceDrift(change, (int) months));
    }

    private @Nullable Trade trade(JsonNode node, String path) {
        Trade d = Trade.DEFAULT;
        String product = fields.text(node, "product", path, false);
        double covered = fields.number(node, "coveredShare", path, d.coveredShare(), 0, 1, false);
        OptionalDouble outside = node.has("outsideIssuerShare")
                ? OptionalDouble.of(fields.number(node, "outsideIssuerShare", path, 0, 0, 1, true))
                : OptionalDouble.empty();
        double perspectiveShare =
                fields.number(node, "perspectiveShareOfExports", path, d.perspectiveShareOfExports(), 1e-6, 1, false);
        double exportShare = fields.number(node, "issuerExportShare", path, d.issuerExportShare(), 0, 0.95, false);
        double licences = fields.number(node, "licencesPerMonth", path, d.licencesPerMonth(), 1, 1e6, false);
        double growth = fields.number(node, "demandGrowth", path, d.demandGrowth(), -0.5, 1, false);
        Distribution enforcement = distribution(node, "enforcementMonths", path, 0, 24, Distribution.fixed(0));
        double indirect = fields.number(node, "indirectShare", path, 0, 0, 1, false);
        double importedFeed = fields.number(node, "importedFeedShare", path, 0, 0, 1, false);
        double outsidePriced = fields.number(node, "directAtOutsidePrice", path, 0, 0, 1, false);
        Optional<IssuerOutput> output = issuerOutput(node.get("issuerOutput"), path + ".issuerOutput");
        HomeImports imports = homeImports(node.get("homeImports"), path + ".homeImports");
        if (!fields.problems().isEmpty() || enforcement == null) {
            return null;
        }
        return new Trade(
                Optional.ofNullable(product),
                covered,
                outside,
                perspectiveShare,
                exportShare,
                licences,
                growth,
                enforcement,
                indirect,
                importedFeed,
                outsidePriced,
                output,
                imports);
    }

    /**
     * The issuer's home market importing: {@code {share: μ in [0, 1], useRatio: κ in [0, 100]}}, both required; absent,
     * none.
     */
    private HomeImports homeImports(@Nullable JsonNode declared, String path) {
        String shape = "{share: a share of the home market's loss in [0, 1], useRatio: home use against the outside"
                + " market's use in [0, " + HomeImports.MAX_USE_RATIO + "]}";
        JsonNode node = block(declared, path, shape, Set.of("share", "useRatio"));
        if (node == null) {
            return HomeImports.NONE;
        }
        double share = fields.number(node, "share", path, 0, 0, 1, true);
        double ratio = fields.number(node, "useRatio", path, 0, 0, HomeImports.MAX_USE_RATIO, true);
        return new HomeImports(share, ratio);
    }

    /**
     * An optional block of a market: absent, nothing to read; present, it must be an object of the known fields.
     *
     * @param shape what the block must be, for the message when it is not an object
     * @return the block when it is there and is an object (its unknown fields reported); null otherwise
     */
    private @Nullable JsonNode block(@Nullable JsonNode node, String path, String shape, Set<String> known) {
        if (node == null) {
            return null;
        }
        if (!node.isObject()) {
            fields.problem(path, node, "must be " + shape);
            return null;
        }
        fields.known(node, path, known);
        return node;
    }

    /**
     * A change of the issuer's own output: {@code {from: YYYY-MM, change: share in [-1, 1], covered: true or false}}
     * ({@code covered} optional, default true); absent, none.
     */
    private Optional<IssuerOutput> issuerOutput(@Nullable JsonNode declared, String path) {
        String shape = "{from: YYYY-MM, change: a share of the issuer's output in [-1, 1], covered: true or false}";
        JsonNode node = block(declared, path, shape, Set.of("from", "change", "covered"));
        if (node == null) {
            return Optional.empty();
        }
        String from = fields.text(node, "from", path, true);
        double change = fields.number(node, "change", path, 0, -1, 1, true);
        JsonNode coveredNode = node.get("covered");
        boolean covered = true;
        if (coveredNode != null) {
            if (coveredNode.isBoolean()) {
                covered = coveredNode.booleanValue();
            } else {
                fields.problem(path + ".covered", coveredNode, "must be true or false");
            }
        }
        if (from == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new IssuerOutput(YearMonth.parse(from), change, covered));
        } catch (DateTimeParseException e) {
            fields.problem(path + ".from", from, "must be a month written YYYY-MM");
            return Optional.empty();
        }
    }

    /**
     * The issuer's stocks made before the measure and the terms on which they may leave: {@code months} (required, a
     * distribution within [0, 120] months of the pre-measure pace), {@code from} (a month, not before the start) and
     * {@code maxPerMonth} (within (0, 24], default 1).
     */
    private @Nullable IssuerStocks issuerStocks(@Nullable JsonNode node, String path) {
        if (node == null) {
            return IssuerStocks.NONE;
        }
        if (!node.isObject()) {
            fields.problem(path, node, "must be a mapping with months, from and maxPerMonth");
            return null;
        }
        int before = fields.problems().size();
        fields.known(node, path, Set.of("months", "from", "maxPerMonth"));
        Distribution months = distribution(node, "months", path, 0, 120, null);
        Optional<YearMonth> from = Optional.empty();
        String fromText = fields.text(node, "from", path, false);
        if (fromText != null) {
            try {
                from = Optional.of(YearMonth.parse(fromText));
                if (start != null && from.get().isBefore(start)) {
                    fields.problem(
                            path + ".from",
                            fromText,
                            "must not be before the start " + start + " (stocks leave while the measure stands)");
                }
            } catch (DateTimeParseException e) {
                fields.problem(path + ".from", fromText, "must be a month written YYYY-MM");
            }
        }
        double max = fields.number(node, "maxPerMonth", path, 1, 0, 24, false);
        if (max == 0) {
            fields.problem(path + ".maxPerMonth", node.get("maxPerMonth"), "must be above 0: stocks that never leave");
        }
        if (months == null || fields.problems().size() > before) {
            return null;
        }
        return new IssuerStocks(months, from, max);
    }

    /** A market's behaviour: the reader's defaults, field by field overridden by the spec. */
    private @Nullable Behaviour behaviour(JsonNode node, String path) {
        Behaviour d = defaults;
        if (node == null) {
            return d;
        }
        fields.known(
                node,
                path,
                Set.of(
                        "precautionMonths",
                        "restockMonths",
                        "maxOrder",
                        "flexibility",
                        "issuerFlexibility",
                        "issuerAbsorption",
                        "volatility",
                        "stockLevel",
                        "forwardMonths",
                        "issuerSurplusMonths",
                        "contractMonths",
                        "pendingNetting",
                        "lastingPrecaution",
                        "deadlineStocking",
                        "homeLanding"));
        Distribution precaution = distribution(node, "precautionMonths", path, 0, 24, d.precautionMonths());
        double restock = fields.number(node, "restockMonths", path, d.restockMonths(), 0, 120, false);
        Distribution maxOrder = distribution(node, "maxOrder", path, 1, 24, d.maxOrder());
        Distribution flexibility = distribution(node, "flexibility", path, 0, 20, d.flexibility());
        Distribution issuerFlexibility = distribution(node, "issuerFlexibility", path, 0, 20, d.issuerFlexibility());
        Distribution absorption = distribution(node, "issuerAbsorption", path, 0, 1, d.issuerAbsorption());
        Distribution volatility = distribution(node, "volatility", path, 0, 1, d.volatility());
        Distribution level = distribution(node, "stockLevel", path, 1e-3, 100, d.stockLevel());
        int forward = (int) fields.number(node, "forwardMonths", path, d.forwardMonths(), 1, 24, false);
        double surplus = fields.number(node, "issuerSurplusMonths", path, d.issuerSurplusMonths(), 1, 600, false);
        double contract = fields.number(node, "contractMonths", path, d.contractMonths(), 1, 600, false);
        Distribution netting = distribution(node, "pendingNetting", path, 0, 1, d.pendingNetting());
        Distribution lasting = distribution(node, "lastingPrecaution", path, 0, 1, d.lastingPrecaution());
        Distribution stocking = distribution(node, "deadlineStocking", path, 0, 1, d.deadlineStocking());
        Distribution landing = distribution(node, "homeLanding", path, 0, 1, d.homeLanding());
        if (precaution == null
                || maxOrder == null
                || flexibility == null
                || issuerFlexibility == null
                || absorption == null
                || volatility == null
                || level == null
                || netting == null
                || lasting == null
                || stocking == null
                || landing == null
                || !fields.problems().isEmpty()) {
            return null;
        }
        return new Behaviour(
                precaution,
                restock,
                maxOrder,
                flexibility,
                issuerFlexibility,
                absorption,
                volatility,
                level,
                forward,
                surplus,
                contract,
                netting,
                lasting,
                stocking,
                landing);
    }

    private Response response(JsonNode node, String path) {
        if (node == null) {
            return Response.NONE;
        }
        fields.known(node, path, Set.of("max", "lagMonths", "rampMonths"));
        double max = fields.number(node, "max", path, 0, 0, 1, true);
        double lag = fields.number(node, "lagMonths", path, 0, 0, 600, false);
        double ramp = fields.number(node, "rampMonths", path, 0, 0, 600, false);
        return fields.problems().isEmpty() ? new Response(max, lag, ramp) : Response.NONE;
    }

    private @Nullable Assumption assumption(JsonNode node, String path) {
        fields.known(node, path, Set.of("parameter", "value", "basis"));
        String parameter = fields.text(node, "parameter", path, true);
        String value = fields.text(node, "value", path, true);
        String basis = fields.text(node, "basis", path, true);
        if (parameter == null || value == null || basis == null) {
            return null;
        }
        return new Assumption(parameter, value, basis);
    }

    private @Nullable ProjectPartner projectPartner(JsonNode node, String path) {
        fields.known(node, path, Set.of("project", "capacity", "basis"));
        String project = fields.text(node, "project", path, true);
        double capacity = fields.number(node, "capacity", path, 0, 0, 1, true);
        String basis =
                Optional.ofNullable(fields.text(node, "basis", path, false)).orElse("");
        if (project == null || !fields.problems().isEmpty()) {
            return null;
        }
        return new ProjectPartner(project, capacity, basis);
    }

    private @Nullable Partner partner(JsonNode node, String path) {
        fields.known(node, path, Set.of("name", "capacity", "startMonth", "rampMonths", "probability", "basis"));
        String name = fields.text(node, "name", path, true);
        double capacity = fields.number(node, "capacity", path, 0, 0, 1, true);
        Distribution start = distribution(node, "startMonth", path, 0, 600, null);
        double ramp = fields.number(node, "rampMonths", path, 0, 0, 600, false);
        double probability = fields.number(node, "probability", path, 1, 0, 1, false);
        String basis =
                Optional.ofNullable(fields.text(node, "basis", path, false)).orElse("");
        if (name == null || start == null || !fields.problems().isEmpty()) {
            return null;
        }
        return new Partner(name, capacity, start, ramp, probability, basis);
    }

    /**
     * A distribution is written as a number (fixed) or as one of {@code {uniform: [min, max]}},
     * {@code {triangular: [min, mode, max]}}, {@code {logNormal: {median: m, p90: p}}}.
     */
    private @Nullable Distribution distribution(
            JsonNode parent, String field, String path, double lo, double hi, @Nullable Distribution or) {
        String at = path.isEmpty() ? field : path + "." + field;
        JsonNode node = parent.get(field);
        if (node == null) {
            if (or == null) {
                fields.problem(at, null, "is required");
            }
            return or;
        }
        Distribution d;
        try {
            if (node.isNumber()) {
                d = Distribution.fixed(node.asDouble());
            } else if (node.isObject() && node.size() == 1 && node.has("uniform")) {
                double[] v = numbers(node.get("uniform"), 2, at + ".uniform");
                d = v == null ? null : Distribution.uniform(v[0], v[1]);
            } else if (node.isObject() && node.size() == 1 && node.has("triangular")) {
                double[] v = numbers(node.get("triangular"), 3, at + ".triangular");
                d = v == null ? null : Distribution.triangular(v[0], v[1], v[2]);
            } else if (node.isObject() && node.size() == 1 && node.has("logNormal")) {
                JsonNode ln = node.get("logNormal");
                fields.known(ln, at + ".logNormal", Set.of("median", "p90"));
                d = Distribution.logNormal(
                        fields.number(ln, "median", at + ".logNormal", 1, 1e-9, 1e9, true),
                        fields.number(ln, "p90", at + ".logNormal", 1, 1e-9, 1e9, true));
            } else {
                fields.problem(
                        at,
                        node,
                        "must be a number or one of {uniform: [min, max]}, {triangular: [min, mode, max]},"
                                + " {logNormal: {median: m, p90: p}}");
                return null;
            }
        } catch (IllegalArgumentException e) {
            fields.problem(at, node, String.valueOf(e.getMessage()));
            return null;
        }
        if (d == null) {
            return null;
        }
        if (hi <= 1 && !Double.isFinite(d.max())) {
            fields.problem(
                    at, node, "must be bounded within [" + lo + ", " + hi + "]; use a number, uniform or triangular");
            return null;
        }
        double top = Double.isFinite(d.max()) ? d.max() : d.quantile(0.999);
        if (d.min() < lo || top > hi) {
            fields.problem(
                    at,
                    node,
                    "must lie within [" + lo + ", " + hi + "]"
                            + (hi == 1 ? "\n    Maybe the value is in percent; write fractions" : ""));
            return null;
        }
        return d;
    }

    private double @Nullable [] numbers(@Nullable JsonNode node, int count, String path) {
        if (node == null || !node.isArray() || node.size() != count) {
            fields.problem(path, node, "must be a list of " + count + " numbers");
            return null;
        }
        double[] values = new double[count];
        for (int i = 0; i < count; i++) {
            if (!node.get(i).isNumber()) {
                fields.problem(path + "[" + i + "]", node.get(i), "must be a number");
                return null;
            }
            values[i] = node.get(i).asDouble();
        }
        return values;
    }

    private @Nullable String code(JsonNode node, String field, String path, @Nullable String or) {
        String value = fields.text(node, field, path, or == null);
        if (value == null) {
            return or;
        }
        if (!value.matches("[A-Z]{2}")) {
            fields.problem(
                    path.isEmpty() ? field : path + "." + field,
                    value,
                    "must be an ISO 3166-1 alpha-2 code such as CN");
            return or;
        }
        return value;
    }
}
