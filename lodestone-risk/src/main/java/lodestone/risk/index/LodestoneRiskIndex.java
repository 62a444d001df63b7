package lodestone.risk.index;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import lodestone.model.agreement.Agreement;
import lodestone.model.agreement.Party;
import lodestone.model.agreement.Project;
import lodestone.model.buffer.Buffers;
import lodestone.model.buffer.BuffersInForce;
import lodestone.model.buffer.PriceFloor;
import lodestone.model.buffer.Stockpile;
import lodestone.model.geo.Area;
import lodestone.model.geo.CountryCode;
import lodestone.model.knowledge.KnowledgeSnapshot;
import lodestone.model.mineral.Mineral;
import lodestone.model.mineral.MineralId;
import lodestone.model.observation.Observation;
import lodestone.model.policy.MeasureState;
import lodestone.model.policy.TradeMeasure;
import lodestone.risk.concentration.DataYears;
import lodestone.risk.concentration.ProducerShare;
import lodestone.risk.concentration.SupplyShares;
import lodestone.risk.economic.EconomicImportance;
import lodestone.risk.economic.MarketExposure;
import lodestone.risk.economic.MarketSeries;
import lodestone.risk.economic.MarketValue;
import lodestone.risk.economic.MarketValues;
import lodestone.risk.governance.Governance;

/**
 * The Lodestone supply-risk index of a mineral for a perspective country on a date (see
 * {@code docs/methods/lodestone-index.md}):
 *
 * <pre>
 * score = 100 · C · (1 + D)/2 · (1 + E)/2 · (2 + M)/3 · (1 − A/4)
 * </pre>
 *
 * <ul>
 *   <li>C, concentration weighted by governance: the largest over the stage share sets of the mineral (and, for a
 *       group, of its members) of Σ_c s_c² · g_c, with s_c the share (fraction) and g_c = clip((5 − 2·WGI_c)/10, 0,
 *       1) the governance risk of country c (mean of the six WGI indicators, latest year); a country without WGI gets
 *       g = 0.5 (assumed).
 *   <li>D, dependency on the largest supplier, with look-through, from a {@link DependencyQuery} with its basis
 *       (measured, proxied by world supply, unknown); 0.5 (assumed) when unknown.
 *   <li>E, economic importance: the perspective's exposure in money, the value V of its apparent consumption (tonnes
 *       × US dollars per kilogram × 1,000) from a {@link MarketQuery}, on a log scale, E = clip(log10(V / 10^6) / 5,
 *       0, 1) ({@link EconomicImportance}); 0.5 (assumed) when unknown.
 *   <li>M, measures: the largest over measures covering the mineral and targeting the perspective of severity(kind) ·
 *       the issuer's largest stage share of the mineral ({@link MeasuresInForce#severity}), counting measures in force
 *       fully and lapsed ones (suspension ended, no later record) at {@link MeasuresInForce#LAPSED_WEIGHT}, offset by
 *       the stockpiles in force for the mineral that serve the perspective: M · (1 − min(1, T / 365)), T the sum of
 *       their days-of-supply targets ({@link Buffers#targetDaysInForce()}).
 *   <li>A, partner supply: min(1, Σ p / 2) over the projects for the mineral linked to agreements the perspective is
 *       party to, p the project's delivery probability (0.5 assumed when none is given), and over the price floors
 *       and offtake guarantees in force for the mineral that serve the perspective, each counted as one supported
 *       source with p = 1 (it is contracted and paying).
 * </ul>
 *
 * <p>The score rises with C, D, E and M and falls with A; each factor lies in [0, 1], so the score lies in [0, 100].
 */
public final class LodestoneRiskIndex {
    /** Governance risk assumed for a country without WGI. */
    public static final double MISSING_GOVERNANCE = 0.5;
    /** Dependency assumed when the perspective's import reliance is unknown. */
    public static final double MISSING_DEPENDENCY = 0.5;
    /** The formula, as output shows it. */
    public static final String FORMULA = "score = 100 · C · (1 + D)/2 · (1 + E)/2 · (2 + M)/3 · (1 − A/4)";
    /** Delivery probability assumed for a project without one. */
    public static final double MISSING_PROBABILITY = 0.5;

    private final KnowledgeSnapshot snapshot;
    private final IndexInputs inputs;
    private final CountryCode perspective;
    private final Predicate<CountryCode> destination;
    private final Function<TradeMeasure, MeasureState> stateOn;
    private final LocalDate on;
    private final OptionalInt year;
    private final Governance governance;
    private final DependencyQuery dependencies;
    private final MarketQuery markets;
    private final BuffersInForce buffers;

    /**
     * The index with the store's own dependency (import statistics) and market (USGS salient statistics) figures.
     *
     * @param snapshot the snapshot
     * @param perspective the perspective country
     * @param on the date for measures in force
     * @param year the data year to use, or none for the latest available
     * @param marketSeries the salient-statistics series that value each market ({@link MarketSeries#parse})
     * @throws IllegalArgumentException if the snapshot holds no supply shares for the year
     */
    public LodestoneRiskIndex(
            KnowledgeSnapshot snapshot,
            CountryCode perspective,
            LocalDate on,
            OptionalInt year,
            List<MarketSeries> marketSeries) {
        this(IndexInputs.of(snapshot), perspective, on, year, marketSeries);
    }

    /**
     * The index with the store's own dependency and market figures, over inputs computed once per snapshot (for
     * callers that rank many perspectives and dates on one snapshot, such as the server).
     *
     * @param inputs what the index needs of the snapshot, computed once ({@link IndexInputs#of})
     * @param perspective the perspective country
     * @param on the date for measures in force
     * @param year the data year to use, or none for the latest available
     * @param marketSeries the salient-statistics series that value each market ({@link MarketSeries#parse})
     * @throws IllegalArgumentException if the snapshot holds no supply shares for the year
     */
    public LodestoneRiskIndex(
            IndexInputs inputs,
            CountryCode perspective,
            LocalDate on,
            OptionalInt year,
            List<MarketSeries> marketSeries) {
        this(
                inputs,
                perspective,
                on,
                year,
                inputs.dependencies(perspective),
                mineral -> MarketValues.of(inputs.snapshot(), marketSeries, mineral, perspective.value(), year));
    }

    /**
     * The index with the perspective's dependency and market figures supplied by the caller (the report layer).
     *
     * @param snapshot the snapshot
     * @param perspective the perspective country (measures targeting it, agreements it is party to)
     * @param on the date for measures in force
     * @param year the data year to use, or none for the latest available
     * @param dependencies the perspective's dependency on each mineral, with its basis
     * @param markets the value of the perspective's consumption of each mineral
     * @throws IllegalArgumentException if the snapshot holds no supply shares for the year
     */
    public LodestoneRiskIndex(
            KnowledgeSnapshot snapshot,
            CountryCode perspective,
            LocalDate on,
            OptionalInt year,
            DependencyQuery dependencies,
            MarketQuery markets) {
        this(IndexInputs.of(snapshot), perspective, on, year, dependencies, markets);
    }

    /**
     * The index with the perspective's dependency and market figures supplied by the caller, over inputs computed
     * once per snapshot.
     *
     * @param inputs what the index needs of the snapshot, computed once ({@link IndexInputs#of})
     * @param perspective the perspective country (measures targeting it, agreements it is party to)
     * @param on the date for measures in force
     * @param year the data year to use, or none for the latest available
     * @param dependencies the perspective's dependency on each mineral, with its basis
     * @param markets the value of the perspective's consumption of each mineral
     * @throws IllegalArgumentException if the snapshot holds no supply shares for the year
     */
    public LodestoneRiskIndex(
            IndexInputs inputs,
            CountryCode perspective,
            LocalDate on,
            OptionalInt year,
            DependencyQuery dependencies,
            MarketQuery markets) {
        this.inputs = Objects.requireNonNull(inputs, "inputs");
        this.snapshot = inputs.snapshot();
        this.perspective = Objects.requireNonNull(perspective, "perspective");
        this.destination = destination(perspective);
        this.on = Objects.requireNonNull(on, "on");
        this.stateOn = MeasuresInForce.states(snapshot.policy().measures(), on);
        this.year = Objects.requireNonNull(year, "year");
        year.ifPresent(y -> DataYears.require(inputs.shareSets(), y));
        this.governance = inputs.governance();
        this.dependencies = Objects.requireNonNull(dependencies, "dependencies");
        this.markets = Objects.requireNonNull(markets, "markets");
        this.buffers = inputs.buffers();
    }

    /**
     * Which countries a measure's target or an agreement's party must be for the perspective: the country itself, or,
     * for the European Union ({@value EuSourcingDependency#PERSPECTIVE}), the Union or any of its member states.
     *
     * @param perspective the perspective
     * @return the test
     */
    public static Predicate<CountryCode> destination(CountryCode perspective) {
        Objects.requireNonNull(perspective, "perspective");
        if (perspective.value().equals(EuSourcingDependency.PERSPECTIVE)) {
            return country -> country.equals(perspective) || EuSourcingDependency.member(country);
        }
        return perspective::equals;
    }

    /** @return the governance used (WGI, latest year in the store) */
    public Governance governance() {
        return governance;
    }

    /**
     * The score from component values: the formula of the index, exposed for checks and property tests.
     *
     * @param c concentration weighted by governance, in [0, 1]
     * @param d dependency with look-through, in [0, 1]
     * @param e economic importance, in [0, 1]
     * @param m measures, in [0, 1]
     * @param a partner supply, in [0, 1]
     * @return the score, in [0, 100]
     * @throws IllegalArgumentException if a component lies outside [0, 1]
     */
    public static double combine(double c, double d, double e, double m, double a) {
        for (double v : new double[] {c, d, e, m, a}) {
            if (!(v >= 0 && v <= 1)) {
                throw new IllegalArgumentException("component (" + v + ") must be within [0, 1].");
            }
        }
        return 100 * c * (1 + d) / 2 * (1 + e) / 2 * (2 + m) / 3 * (1 - a / 4);
    }

    /**
     * Concentration weighted by governance: Σ s_i² · g_i.
     *
     * @param shares the producers' shares (fractions, summing to at most 1)
     * @param governanceRisk each producer's governance risk g in [0, 1]
     * @return the weighted HHI, a fraction in [0, 1]
     * @throws IllegalArgumentException if the arrays differ in length or a value is out of range
     */
    public static double governanceWeightedHhi(double[] shares, double[] governanceRisk) {
        if (shares.length != governanceRisk.length) {
            throw new IllegalArgumentException("shares (" + shares.length + ") and governance values ("
                    + governanceRisk.length + ") must have the same length.");
        }
        double value = 0;
        for (int i = 0; i < shares.length; i++) {
            if (!(shares[i] >= 0 && shares[i] <= 1) || !(governanceRisk[i] >= 0 && governanceRisk[i] <= 1)) {
                throw new IllegalArgumentException("share (" + shares[i] + ") and governance risk (" + governanceRisk[i]
                        + ") must be within [0, 1].");
            }
            value += shares[i] * shares[i] * governanceRisk[i];
        }
        return value;
    }

    /**
     * The share sets per stage the concentration uses: for each (mineral, stage) the preferred set, over the mineral
     * and, for a group, its members ({@link lodestone.risk.concentration.StageSets#preferred}).
     *
     * @param mineral the mineral
     * @return the sets
     */
    public List<SupplyShares> stageSets(MineralId mineral) {
        return inputs.stageSets(mineral, year);
    }

    /**
     * @param scope the minerals to rank (an official list, or all)
     * @return every mineral of the scope with at least one share set, scored, highest first
     */
    public List<RiskScore> rank(MineralScope scope) {
        List<RiskScore> out = new ArrayList<>();
        for (Mineral mineral : snapshot.minerals().all()) {
            if (scope.contains(mineral.id())) {
                score(mineral.id()).ifPresent(out::add);
            }
        }
        out.sort(Comparator.comparingDouble(RiskScore::score)
                .reversed()
                .thenComparing(s -> s.mineral().value()));
        return out;
    }

    /**
     * @param mineral the mineral
     * @return its score, or empty if it has no supply shares (no concentration to weigh)
     */
    public Optional<RiskScore> score(MineralId mineral) {
        List<SupplyShares> sets = stageSets(mineral);
        if (sets.isEmpty()) {
            return Optional.empty();
        }
        Component c = inputs.concentration(mineral, year);
        Component d = dependencyComponent(mineral);
        Component e = economicImportance(mineral);
        Buffers found = buffers.on(on, mineral, Optional.of(perspective), Set.of());
        Component m = measures(mineral, sets, found);
        Component a = partners(mineral, found);
        double score = combine(c.value(), d.value(), e.value(), m.value(), a.value());
        String formula = String.format(
                Locale.ROOT,
                "100 · C · (1 + D)/2 · (1 + E)/2 · (2 + M)/3 · (1 − A/4) = 100 · %.4f · (1 + %.4f)/2 · (1 + %.4f)/2"
                        + " · (2 + %.4f)/3 · (1 − %.4f/4) = %.2f",
                c.value(),
                d.value(),
                e.value(),
                m.value(),
                a.value(),
                score);
        return Optional.of(new RiskScore(mineral, score, formula, List.of(c, d, e, m, a)));
    }

    /** C over the stage sets of a mineral, with the governance of the latest WGI year ({@link IndexInputs}). */
    static Component concentration(List<SupplyShares> sets, Governance governance) {
        List<Input> inputs = new ArrayList<>();
        double best = -1;
        String bestLabel = "";
        boolean assumed = false;
        for (SupplyShares set : sets) {
            double[] shares = set.shareArray();
            double[] risks = new double[shares.length];
            boolean setAssumed = false;
            for (int i = 0; i < shares.length; i++) {
                ProducerShare producer = set.producers().get(i);
                OptionalDouble g = Governance.countryOf(producer.area())
                        .map(governance::riskFraction)
                        .orElse(OptionalDouble.empty());
                setAssumed |= g.isEmpty() && shares[i] >= 0.01;
                risks[i] = g.orElse(MISSING_GOVERNANCE);
            }
            double value = governanceWeightedHhi(shares, risks);
            String label = set.mineral() + " " + set.stage().id() + " " + set.period();
            inputs.add(Input.of(
                    "governance-weighted HHI " + label,
                    value,
                    "fraction",
                    String.join(
                            ";", set.sources().stream().map(Object::toString).toList()),
                    "computed from the shares of " + set.series(),
                    "Σ s² · g over " + set.producers().size() + " producers; HHI " + Math.round(set.hhi())
                            + "; remainder " + String.format(Locale.ROOT, "%.3f", set.remainder())
                            + " excluded (" + set.treatment() + ")"));
            if (value > best) {
                best = value;
                bestLabel = label;
                assumed = setAssumed;
                for (int i = 0; i < Math.min(3, set.producers().size()); i++) {
                    ProducerShare producer = set.producers().get(i);
                    OptionalDouble g = Governance.countryOf(producer.area())
                            .map(governance::riskFraction)
                            .orElse(OptionalDouble.empty());
                    inputs.add(Input.of(
                            "share " + producer.area().code() + " " + label,
                            producer.share(),
                            "fraction",
                            producer.observation(),
                            ""));
                    inputs.add(new Input(
                            "governance risk g " + producer.area().code(),
                            g.isPresent() ? Optional.of(g.getAsDouble()) : Optional.empty(),
                            "fraction",
                            governance.sources().stream()
                                    .findFirst()
                                    .map(Object::toString)
                                    .orElse("assumed"),
                            "WGI " + governance.lastYear(),
                            g.isPresent() ? "(5 − 2·mean6)/10" : "no WGI: " + MISSING_GOVERNANCE + " assumed"));
                }
            }
        }
        return new Component(
                "concentration",
                Math.max(0, Math.min(1, best)),
                "max over stage sets of Σ s² · g; largest: " + bestLabel,
                assumed,
                inputs);
    }

    /**
     * The perspective's dependency on a mineral as the index scores it (its D), with the computation behind it: the
     * breakdown and the mineral page show this answer, never a second computation.
     *
     * @param mineral the mineral
     * @return the answer of the index's dependency query
     */
    public PerspectiveDependency dependency(MineralId mineral) {
        return dependencies.dependency(Objects.requireNonNull(mineral, "mineral"));
    }

    private Component dependencyComponent(MineralId mineral) {
        PerspectiveDependency dependency = dependencies.dependency(mineral);
        List<Input> inputs = new ArrayList<>(dependency.inputs());
        inputs.add(new Input(
                "basis",
                Optional.empty(),
                "",
                "computed",
                "",
                dependency.basis().id()
                        + dependency
                                .largestSupplier()
                                .map(c -> "; largest supplier " + c)
                                .orElse("")));
        if (dependency.value().isEmpty()) {
            return new Component(
                    "dependency",
                    MISSING_DEPENDENCY,
                    "unknown: " + MISSING_DEPENDENCY + " assumed (" + dependency.note() + ")",
                    true,
                    inputs);
        }
        return new Component(
                "dependency",
                dependency.value().getAsDouble(),
                "largest look-through exposure"
                        + dependency
                                .largestSupplier()
                                .map(c -> " (to " + c + ")")
                                .orElse("")
                        + ", basis " + dependency.basis().id() + "; " + dependency.note(),
                dependency.basis() != DependencyBasis.MEASURED,
                inputs);
    }

    private Component economicImportance(MineralId mineral) {
        MarketExposure exposure = markets.exposure(mineral);
        if (exposure.value().isEmpty()) {
            return new Component(
                    "economic-importance",
                    EconomicImportance.MISSING,
                    "unknown: " + EconomicImportance.MISSING + " assumed (" + exposure.note() + ")",
                    true,
                    List.of());
        }
        MarketValue value = exposure.value().get();
        double e = EconomicImportance.of(value.usd());
        List<Input> inputs = List.of(
                Input.of(
                        "apparent consumption " + exposure.perspective() + " " + value.year(),
                        value.tonnes(),
                        "t",
                        value.consumption(),
                        value.consumption().series() + " = "
                                + value.consumption().raw() + flags(value.consumption())),
                Input.of(
                        "price " + value.year(),
                        value.usdPerKilogram(),
                        "USD/kg",
                        value.price(),
                        value.price().series() + " = " + value.price().raw() + flags(value.price())),
                Input.of(
                        "market value " + exposure.perspective() + " " + value.year(),
                        value.usd(),
                        "USD",
                        "computed",
                        "",
                        "t × USD/kg × 1000; " + value.note()));
        return new Component(
                "economic-importance",
                e,
                String.format(
                        Locale.ROOT,
                        "clip(log10(V / 1e6) / 5, 0, 1), V = %s t × %s USD/kg × 1000 = %.4g USD",
                        number(value.tonnes()),
                        number(value.usdPerKilogram()),
                        value.usd()),
                false,
                inputs);
    }

    private static String flags(Observation o) {
        return o.flags().isEmpty()
                ? ""
                : " ("
                        + String.join(
                                ", ",
                                o.flags().stream()
                                        .map(f -> f.name().toLowerCase(Locale.ROOT))
                                        .sorted()
                                        .toList())
                        + ")";
    }

    private static String number(double value) {
        return BigDecimal.valueOf(value)
                .round(new MathContext(6))
                .stripTrailingZeros()
                .toPlainString();
    }

    private Component measures(MineralId mineral, List<SupplyShares> sets, Buffers found) {
        List<Input> inputs = new ArrayList<>();
        double value = 0;
        for (TradeMeasure measure : MeasuresInForce.binding(this.inputs.covering(mineral), stateOn, destination)) {
            value = Math.max(value, measureInput(measure, sets, 1, "", inputs));
        }
        for (TradeMeasure measure : MeasuresInForce.lapsed(this.inputs.covering(mineral), stateOn, destination)) {
            value = Math.max(
                    value,
                    measureInput(
                            measure,
                            sets,
                            MeasuresInForce.LAPSED_WEIGHT,
                            MeasuresInForce.LAPSED + ", weight " + MeasuresInForce.LAPSED_WEIGHT + "; ",
                            inputs));
        }
        double days = found.targetDaysInForce().orElse(0);
        for (Stockpile stockpile : found.stockpilesInForce()) {
            OptionalDouble target =
                    stockpile.target().map(t -> t.daysOfSupply()).orElse(OptionalDouble.empty());
            inputs.add(new Input(
                    "stockpile " + stockpile.id(),
                    target.isPresent() ? Optional.of(target.getAsDouble()) : Optional.empty(),
                    "days-of-supply",
                    stockpile.sources().get(0).value(),
                    "key " + stockpile.key(),
                    stockpile.name() + " in force; offsets the measures term by 1 − min(1, days / 365)"
                            + (target.isPresent() ? "" : "; no target in days, not counted")));
        }
        double offset = 1 - Math.min(1, days / 365);
        return new Component(
                "measures",
                Math.min(1, value) * offset,
                "max over measures on " + on + " of weight · severity(kind) · issuer's largest stage share; weight 1"
                        + " in force, " + MeasuresInForce.LAPSED_WEIGHT + " " + MeasuresInForce.LAPSED
                        + "; times 1 − min(1, T / 365), T = " + number(days)
                        + " days of supply targeted by stockpiles in force",
                false,
                inputs);
    }

    private double measureInput(
            TradeMeasure measure, List<SupplyShares> sets, double weight, String prefix, List<Input> inputs) {
        double issuerShare = sets.stream()
                .flatMap(set -> set.shareOf(Area.country(measure.issuer())).stream())
                .mapToDouble(ProducerShare::share)
                .max()
                .orElse(0);
        double severity = MeasuresInForce.severity(measure.kind());
        double contribution = weight * severity * issuerShare;
        inputs.add(Input.of(
                "measure " + measure.id(),
                contribution,
                "fraction",
                measure.sources().isEmpty() ? "" : measure.sources().get(0).value(),
                measure.legalReference(),
                prefix + measure.kind().id() + " (severity " + severity + ") by " + measure.issuer()
                        + ", largest stage share " + String.format(Locale.ROOT, "%.3f", issuerShare) + "; "
                        + measure.status(on).description()));
        return contribution;
    }

    private Component partners(MineralId mineral, Buffers found) {
        Set<MineralId> related = inputs.related(mineral);
        Map<String, Project> projects = inputs.projects();
        List<Input> inputs = new ArrayList<>();
        double sum = 0;
        boolean assumed = false;
        java.util.Set<String> counted = new java.util.TreeSet<>();
        for (Agreement agreement : snapshot.policy().agreements()) {
            boolean party = agreement.parties().stream()
                    .map(Party::country)
                    .flatMap(Optional::stream)
                    .anyMatch(destination);
            if (!party) {
                continue;
            }
            for (String id : agreement.projects()) {
                Project project = projects.get(id);
                if (project == null || project.minerals().stream().noneMatch(related::contains) || !counted.add(id)) {
                    continue;
                }
                double p = project.probability().map(e -> e.value()).orElse(MISSING_PROBABILITY);
                assumed |= project.probability().isEmpty();
                sum += p;
                inputs.add(Input.of(
                        "project " + id,
                        p,
                        "probability",
                        project.probability()
                                .flatMap(e -> e.source())
                                .map(Object::toString)
                                .orElse(project.probability().isPresent() ? "assumed (curated)" : "assumed"),
                        agreement.id(),
                        project.name() + " (" + project.country() + ", "
                                + project.stage().id() + ")"));
            }
        }
        for (PriceFloor floor : found.floorsInForce()) {
            sum += 1;
            inputs.add(Input.of(
                    "floor " + floor.id(),
                    1,
                    "probability",
                    floor.sources().get(0).value(),
                    "key " + floor.key(),
                    floor.kind().id() + " in force: " + floor.name()
                            + floor.price().map(p -> ", " + p.label()).orElse("")));
        }
        return new Component(
                "partner-supply",
                Math.min(1, sum / 2),
                "min(1, Σ p / 2) over projects linked to agreements " + perspective + " is party to and price floors"
                        + " or offtake guarantees in force for it (p = 1)",
                assumed,
                inputs);
    }
}
