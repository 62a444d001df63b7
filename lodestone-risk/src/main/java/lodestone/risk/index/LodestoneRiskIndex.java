package lodestone.risk.index;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import lodestone.model.agreement.Agreement;
import lodestone.model.agreement.Party;
import lodestone.model.agreement.Project;
import lodestone.model.chain.Stage;
import lodestone.model.geo.Area;
import lodestone.model.geo.CountryCode;
import lodestone.model.knowledge.KnowledgeSnapshot;
import lodestone.model.mineral.Mineral;
import lodestone.model.mineral.MineralId;
import lodestone.model.policy.TradeMeasure;
import lodestone.risk.concentration.ProducerShare;
import lodestone.risk.concentration.ResolutionPolicy;
import lodestone.risk.concentration.SupplyShareCalculator;
import lodestone.risk.concentration.SupplyShares;
import lodestone.risk.dependency.Dependency;
import lodestone.risk.governance.Governance;

/**
 * The Lodestone supply-risk index of a mineral for a perspective country on a date (see
 * {@code docs/methods/lodestone-index.md}):
 *
 * <pre>
 * score = 100 · C · (1 + D)/2 · (2 + M)/3 · (1 − A/4)
 * </pre>
 *
 * <ul>
 *   <li>C, concentration weighted by governance: the largest over the stage share sets of the mineral (and, for a
 *       group, of its members) of Σ_c s_c² · g_c, with s_c the share (fraction) and g_c = clip((5 − 2·WGI_c)/10, 0,
 *       1) the governance risk of country c (mean of the six WGI indicators, latest year); a country without WGI gets
 *       g = 0.5 (assumed).
 *   <li>D, dependency with look-through: the largest look-through exposure of the perspective to one country
 *       ({@link Dependency}); 0.5 (assumed) when the perspective's import reliance is unknown.
 *   <li>M, measures in force: the largest over binding measures covering the mineral and targeting the perspective of
 *       severity(kind) · the issuer's largest stage share of the mineral ({@link MeasuresInForce#severity}).
 *   <li>A, partner supply: min(1, Σ p / 2) over the projects for the mineral linked to agreements the perspective is
 *       party to, p the project's delivery probability (0.5 assumed when none is given).
 * </ul>
 *
 * <p>The score rises with C, D and M and falls with A; each factor lies in [0, 1], so the score lies in [0, 100].
 */
public final class LodestoneRiskIndex {
    /** Governance risk assumed for a country without WGI. */
    public static final double MISSING_GOVERNANCE = 0.5;
    /** Dependency assumed when the perspective's import reliance is unknown. */
    public static final double MISSING_DEPENDENCY = 0.5;
    /** Delivery probability assumed for a project without one. */
    public static final double MISSING_PROBABILITY = 0.5;

    private final KnowledgeSnapshot snapshot;
    private final CountryCode perspective;
    private final LocalDate on;
    private final java.util.OptionalInt year;
    private final Governance governance;

    /**
     * @param snapshot the snapshot
     * @param perspective the perspective country
     * @param on the date for measures in force
     * @param year the latest data year to use, or none for the latest available
     */
    public LodestoneRiskIndex(
            KnowledgeSnapshot snapshot, CountryCode perspective, LocalDate on, java.util.OptionalInt year) {
        this.snapshot = Objects.requireNonNull(snapshot, "snapshot");
        this.perspective = Objects.requireNonNull(perspective, "perspective");
        this.on = Objects.requireNonNull(on, "on");
        this.year = Objects.requireNonNull(year, "year");
        this.governance = latestGovernance(snapshot);
    }

    private static Governance latestGovernance(KnowledgeSnapshot snapshot) {
        int latest = snapshot.minerals().get(Governance.WGI_ENTRY).isEmpty()
                ? 0
                : snapshot.observations(Governance.WGI_ENTRY).stream()
                        .mapToInt(o -> o.period().endYear())
                        .max()
                        .orElse(0);
        return Governance.of(snapshot, latest, latest);
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
     * @param m measures in force, in [0, 1]
     * @param a partner supply, in [0, 1]
     * @return the score, in [0, 100]
     */
    public static double combine(double c, double d, double m, double a) {
        for (double v : new double[] {c, d, m, a}) {
            if (!(v >= 0 && v <= 1)) {
                throw new IllegalArgumentException("component (" + v + ") must be within [0, 1].");
            }
        }
        return 100 * c * (1 + d) / 2 * (2 + m) / 3 * (1 - a / 4);
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
     * and, for a group, its members.
     *
     * @param mineral the mineral
     * @return the sets
     */
    public List<SupplyShares> stageSets(MineralId mineral) {
        List<MineralId> ids = new ArrayList<>();
        ids.add(mineral);
        snapshot.minerals().get(mineral).ifPresent(m -> ids.addAll(m.members()));
        List<SupplyShares> out = new ArrayList<>();
        for (MineralId id : ids) {
            if (snapshot.minerals().get(id).isEmpty()) {
                continue;
            }
            Map<Stage, List<SupplyShares>> byStage = new LinkedHashMap<>();
            for (SupplyShares set : SupplyShareCalculator.all(snapshot, id)) {
                if (year.isEmpty() || set.period().endYear() <= year.getAsInt()) {
                    byStage.computeIfAbsent(set.stage(), s -> new ArrayList<>()).add(set);
                }
            }
            byStage.values()
                    .forEach(sets -> ResolutionPolicy.preferred(snapshot, sets).ifPresent(out::add));
        }
        return out;
    }

    /** @return every mineral with at least one share set, scored, highest first */
    public List<RiskScore> rank() {
        List<RiskScore> out = new ArrayList<>();
        for (Mineral mineral : snapshot.minerals().all()) {
            score(mineral.id()).ifPresent(out::add);
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
        Component c = concentration(sets);
        Component d = dependency(mineral);
        Component m = measures(mineral, sets);
        Component a = partners(mineral);
        double score = combine(c.value(), d.value(), m.value(), a.value());
        String formula = String.format(
                Locale.ROOT,
                "100 · C · (1 + D)/2 · (2 + M)/3 · (1 − A/4) = 100 · %.4f · (1 + %.4f)/2 · (2 + %.4f)/3 · (1 − %.4f/4)"
                        + " = %.2f",
                c.value(),
                d.value(),
                m.value(),
                a.value(),
                score);
        return Optional.of(new RiskScore(mineral, score, formula, List.of(c, d, m, a)));
    }

    private Component concentration(List<SupplyShares> sets) {
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
                            producer.observation().provenance().source().value(),
                            producer.observation().provenance().locator(),
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

    private Component dependency(MineralId mineral) {
        Dependency dependency = Dependency.of(snapshot, mineral, perspective);
        List<Input> inputs = new ArrayList<>();
        dependency
                .nirObservation()
                .ifPresent(o -> inputs.add(Input.of(
                        "net import reliance " + perspective + " " + o.period(),
                        dependency.netImportReliance().getAsDouble(),
                        "fraction",
                        o.provenance().source().value(),
                        o.provenance().locator(),
                        o.raw())));
        for (Dependency.ImportSource source : dependency.imports()) {
            if (source.share().isPresent()) {
                inputs.add(Input.of(
                        "import share " + source.area().code() + " "
                                + source.observation().period(),
                        source.share().getAsDouble(),
                        "fraction",
                        source.observation().provenance().source().value(),
                        source.observation().provenance().locator(),
                        source.observation().note()));
            }
        }
        dependency.exposures().stream()
                .limit(3)
                .forEach(e -> inputs.add(new Input(
                        "look-through exposure to " + e.country(),
                        Optional.of(e.lookThrough()),
                        "fraction",
                        "computed",
                        "",
                        "direct "
                                + (e.direct().isPresent()
                                        ? String.format(
                                                Locale.ROOT, "%.4f", e.direct().getAsDouble())
                                        : "n/a")
                                + (e.upstreamShare().isPresent()
                                        ? String.format(
                                                Locale.ROOT,
                                                "; upstream share %.4f",
                                                e.upstreamShare().getAsDouble())
                                        : ""))));
        if (dependency.netImportReliance().isEmpty()) {
            return new Component(
                    "dependency",
                    MISSING_DEPENDENCY,
                    "unknown: " + MISSING_DEPENDENCY + " assumed (" + dependency.note() + ")",
                    true,
                    inputs);
        }
        double value =
                dependency.largest().map(Dependency.Exposure::lookThrough).orElse(0.0);
        if (dependency.exposures().isEmpty()) {
            value = dependency.netImportReliance().getAsDouble();
        }
        return new Component(
                "dependency",
                Math.max(0, Math.min(1, value)),
                dependency.exposures().isEmpty()
                        ? "net import reliance (no supplier breakdown)"
                        : "largest look-through exposure (to "
                                + dependency.largest().get().country() + "); " + dependency.note(),
                dependency.sharesAssumed(),
                inputs);
    }

    private Component measures(MineralId mineral, List<SupplyShares> sets) {
        List<TradeMeasure> binding = MeasuresInForce.binding(snapshot, mineral, on, perspective::equals);
        List<Input> inputs = new ArrayList<>();
        double value = 0;
        for (TradeMeasure measure : binding) {
            double issuerShare = sets.stream()
                    .flatMap(set -> set.shareOf(Area.country(measure.issuer())).stream())
                    .mapToDouble(ProducerShare::share)
                    .max()
                    .orElse(0);
            double severity = MeasuresInForce.severity(measure.kind());
            value = Math.max(value, severity * issuerShare);
            inputs.add(Input.of(
                    "measure " + measure.id(),
                    severity * issuerShare,
                    "fraction",
                    measure.sources().isEmpty() ? "" : measure.sources().get(0).value(),
                    measure.legalReference(),
                    measure.kind().id() + " (severity " + severity + ") by " + measure.issuer()
                            + ", largest stage share "
                            + String.format(Locale.ROOT, "%.3f", issuerShare) + "; "
                            + measure.status(on).description()));
        }
        return new Component(
                "measures",
                Math.min(1, value),
                "max over measures in force on " + on + " of severity(kind) · issuer's largest stage share",
                false,
                inputs);
    }

    private Component partners(MineralId mineral) {
        Set<MineralId> related = MeasuresInForce.related(snapshot, mineral);
        Map<String, Project> projects = new LinkedHashMap<>();
        snapshot.policy().projects().forEach(p -> projects.put(p.id(), p));
        List<Input> inputs = new ArrayList<>();
        double sum = 0;
        boolean assumed = false;
        java.util.Set<String> counted = new java.util.TreeSet<>();
        for (Agreement agreement : snapshot.policy().agreements()) {
            boolean party = agreement.parties().stream()
                    .map(Party::country)
                    .flatMap(Optional::stream)
                    .anyMatch(perspective::equals);
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
        return new Component(
                "partner-supply",
                Math.min(1, sum / 2),
                "min(1, Σ p / 2) over projects linked to agreements " + perspective + " is party to",
                assumed,
                inputs);
    }
}
