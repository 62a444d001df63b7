package lodestone.risk.agreement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import lodestone.model.agreement.Capacity;
import lodestone.model.agreement.Estimate;
import lodestone.model.agreement.Project;
import lodestone.model.chain.Stage;
import lodestone.model.geo.Area;
import lodestone.model.geo.CountryCode;
import lodestone.model.knowledge.KnowledgeSnapshot;
import lodestone.model.mineral.MineralId;
import lodestone.model.quantity.Basis;
import lodestone.model.quantity.Quantity;
import lodestone.model.quantity.Unit;
import lodestone.risk.concentration.ProducerShare;
import lodestone.risk.concentration.ResolutionPolicy;
import lodestone.risk.concentration.SupplyShareCalculator;
import lodestone.risk.concentration.SupplyShares;

/**
 * What a set of projects (typically those an agreement links) could add to world supply of one mineral, year by
 * year, and what that would do to China's share of world supply at the projects' stage.
 *
 * <h2>Projects</h2>
 *
 * A project is included when its capacity counts the mineral ({@code capacity().mineral()} equals it) and it has a
 * whole start year and a probability of delivery. Any other project is listed as excluded with every reason that
 * applies; it is never given default values. A missing ramp-up is the one stated default: 0 years, full capacity
 * from the start year. At most {@value #MAX_PROJECTS} projects may be included.
 *
 * <h2>Added capacity (t/yr)</h2>
 *
 * <ul>
 *   <li>ramp<sub>i</sub>(year) = 0 before the start year, and min(1, (year − start + 1) / (rampUpYears + 1)) from
 *       then on;
 *   <li>expected added capacity = Σ p<sub>i</sub> · cap<sub>i</sub> · ramp<sub>i</sub>(year);
 *   <li>each project delivers (with probability p<sub>i</sub>) or adds nothing, independently of the others. The
 *       exact distribution of the added capacity is enumerated over all 2<sup>n</sup> outcomes; Pq (q = 10, 50, 90) is
 *       the smallest added capacity, among outcomes with positive probability, whose cumulative probability is at
 *       least q / 100. Cumulative probabilities are compared with a tolerance of {@value #TOLERANCE}, so that
 *       binary rounding (1 − 0.8 = 0.19999999999999996) does not move a quantile to the next outcome.
 * </ul>
 *
 * <h2>Effect on concentration</h2>
 *
 * When every included project is at one stage and counts one basis, the baseline is the share set from {@link
 * SupplyShareCalculator#all} at that stage, with a published world total in tonnes on that basis, chosen by {@link
 * ResolutionPolicy#preferred}. With world total W and China's quantity C in the set (0 if China is not a named
 * producer), China's share of world supply with added capacity A is C / (W + A), holding every other producer at the
 * baseline; it is reported for the expected, P10 and P90 added capacity (P90 gives the low share). Without such a set
 * the outlook says "no comparable world baseline" and gives capacities only. The perspective is the whole world: the
 * result reads as what the projects would do to China's share of supply at this stage.
 */
public final class DeliveryOutlook {
    /** The most projects an outlook includes: the exact distribution enumerates 2^n outcomes. */
    public static final int MAX_PROJECTS = 20;
    /** The most years an outlook covers, {@code toYear - fromYear + 1}. */
    public static final int MAX_YEARS = 50;
    /** The producer whose share the outlook reports. */
    public static final CountryCode CHINA = CountryCode.of("CN");
    /** Tolerance on cumulative probabilities when reading quantiles off the distribution. */
    public static final double TOLERANCE = 1e-9;

    private DeliveryOutlook() {}

    /**
     * The outlook for every project given, at whatever stage it is. The effect on concentration needs all included
     * projects at one stage and on one basis; otherwise the outlook gives capacities only.
     *
     * @param snapshot the snapshot, for the world baseline
     * @param mineral the mineral, in the snapshot's catalogue
     * @param projects the projects, each at most once
     * @param fromYear first year, 2000 &lt;= fromYear &lt;= toYear
     * @param toYear last year, &lt;= 2100 and at most {@value #MAX_YEARS} years after fromYear counting both
     * @return the outlook
     * @throws IllegalArgumentException on years out of range, a mineral not in the catalogue, a project given twice,
     *     or more than {@value #MAX_PROJECTS} included projects
     */
    public static Outlook forMineral(
            KnowledgeSnapshot snapshot, MineralId mineral, Collection<Project> projects, int fromYear, int toYear) {
        return compute(snapshot, mineral, Optional.empty(), projects, fromYear, toYear);
    }

    /**
     * The outlook for the projects at one stage; projects at other stages are listed as excluded.
     *
     * @param snapshot the snapshot, for the world baseline
     * @param mineral the mineral, in the snapshot's catalogue
     * @param stage the stage
     * @param projects the projects, each at most once
     * @param fromYear first year, 2000 &lt;= fromYear &lt;= toYear
     * @param toYear last year, &lt;= 2100 and at most {@value #MAX_YEARS} years after fromYear counting both
     * @return the outlook
     * @throws IllegalArgumentException as {@link #forMineral(KnowledgeSnapshot, MineralId, Collection, int, int)}
     */
    public static Outlook forMineral(
            KnowledgeSnapshot snapshot,
            MineralId mineral,
            Stage stage,
            Collection<Project> projects,
            int fromYear,
            int toYear) {
        return compute(
                snapshot, mineral, Optional.of(Objects.requireNonNull(stage, "stage")), projects, fromYear, toYear);
    }

    /** One included project, as numbers. */
    private record Delivery(Project project, Capacity capacity, int startYear, double rampUpYears, double probability) {
        double ramp(int year) {
            if (year < startYear) {
                return 0;
            }
            return Math.min(1, (year - startYear + 1) / (rampUpYears + 1));
        }
    }

    /** P10, P50 and P90 of the added capacity (t/yr). */
    private record Quantiles(double p10, double p50, double p90) {}

    private static Outlook compute(
            KnowledgeSnapshot snapshot,
            MineralId mineral,
            Optional<Stage> stage,
            Collection<Project> projects,
            int fromYear,
            int toYear) {
        Objects.requireNonNull(snapshot, "snapshot");
        Objects.requireNonNull(mineral, "mineral");
        Objects.requireNonNull(projects, "projects");
        requireYears(fromYear, toYear);
        snapshot.minerals().require(mineral);

        List<Outlook.ProjectEntry> entries = new ArrayList<>();
        List<Delivery> deliveries = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Project project : projects) {
            Objects.requireNonNull(project, "project");
            if (!seen.add(project.id())) {
                throw new IllegalArgumentException("project (" + project.id() + ") is given twice.\nMaybe the list"
                        + " joins the projects of several agreements; remove duplicates first.");
            }
            List<String> reasons = exclusionReasons(project, mineral, stage);
            if (reasons.isEmpty()) {
                Delivery delivery = new Delivery(
                        project,
                        project.capacity().orElseThrow(),
                        (int) project.startYear().orElseThrow().value(),
                        project.rampUpYears().map(Estimate::value).orElse(0.0),
                        project.probability().orElseThrow().value());
                deliveries.add(delivery);
                entries.add(
                        new Outlook.ProjectEntry(project.id(), project.name(), Optional.empty(), parameters(delivery)));
            } else {
                entries.add(new Outlook.ProjectEntry(
                        project.id(), project.name(), Optional.of(String.join("; ", reasons)), List.of()));
            }
        }
        if (deliveries.size() > MAX_PROJECTS) {
            throw new IllegalArgumentException("included projects (" + deliveries.size() + ") for " + mineral
                    + " must be at most " + MAX_PROJECTS + ": the exact distribution enumerates 2^n outcomes.\nMaybe"
                    + " run the outlook on a smaller group, such as one stage or one agreement's projects.");
        }

        List<String> notes = new ArrayList<>();
        Optional<Outlook.Baseline> baseline = baseline(snapshot, mineral, deliveries, notes);
        String baselineNote = notes.get(0);

        double[] probabilities = outcomeProbabilities(deliveries);
        Map<List<Double>, Quantiles> byRamp = new HashMap<>();
        List<Outlook.YearOutlook> years = new ArrayList<>();
        for (int year = fromYear; year <= toYear; year++) {
            double[] added = new double[deliveries.size()];
            List<Double> key = new ArrayList<>();
            for (int i = 0; i < added.length; i++) {
                Delivery delivery = deliveries.get(i);
                added[i] = delivery.capacity().tonnesPerYear() * delivery.ramp(year);
                key.add(added[i]);
            }
            double expected = expected(deliveries, added);
            Quantiles quantiles = byRamp.computeIfAbsent(key, k -> quantiles(probabilities, added));
            Optional<Outlook.ChinaShare> share = baseline.map(base -> new Outlook.ChinaShare(
                    base.chinaShare(),
                    base.chinaShareWith(expected),
                    base.chinaShareWith(quantiles.p10()),
                    base.chinaShareWith(quantiles.p90())));
            years.add(
                    new Outlook.YearOutlook(year, expected, quantiles.p10(), quantiles.p50(), quantiles.p90(), share));
        }
        return new Outlook(
                mineral,
                fromYear,
                toYear,
                entries,
                years,
                baseline,
                baselineNote,
                assumptions(mineral, deliveries.size(), entries, baseline, notes));
    }

    private static void requireYears(int fromYear, int toYear) {
        if (fromYear < 2000 || toYear > 2100 || fromYear > toYear) {
            throw new IllegalArgumentException("outlook years (" + fromYear + " to " + toYear + ") must satisfy 2000"
                    + " <= fromYear <= toYear <= 2100.");
        }
        int span = toYear - fromYear + 1;
        if (span > MAX_YEARS) {
            throw new IllegalArgumentException("outlook span (" + span + " years, " + fromYear + " to " + toYear
                    + ") must be at most " + MAX_YEARS + " years.\nMaybe shorten the outlook or run it in parts.");
        }
    }

    private static List<String> exclusionReasons(Project project, MineralId mineral, Optional<Stage> stage) {
        List<String> reasons = new ArrayList<>();
        if (project.capacity().isEmpty()) {
            reasons.add("no capacity for " + mineral + " (no capacity stated)");
        } else if (!project.capacity().get().mineral().equals(mineral)) {
            reasons.add("no capacity for " + mineral + " (its capacity counts "
                    + project.capacity().get().mineral() + ")");
        }
        if (stage.isPresent() && project.stage() != stage.get()) {
            reasons.add("at the " + project.stage().id() + " stage, not "
                    + stage.get().id());
        }
        if (project.startYear().isEmpty()) {
            reasons.add("no start year");
        } else if (project.startYear().get().value()
                != Math.rint(project.startYear().get().value())) {
            reasons.add("start year (" + project.startYear().get().value() + ") is not a whole year");
        }
        if (project.probability().isEmpty()) {
            reasons.add("no probability of delivery");
        }
        return reasons;
    }

    private static List<Outlook.Parameter> parameters(Delivery delivery) {
        Capacity capacity = delivery.capacity();
        Project project = delivery.project();
        List<Outlook.Parameter> parameters = new ArrayList<>();
        parameters.add(new Outlook.Parameter(
                "capacity",
                capacity.tonnesPerYear(),
                "t/yr",
                false,
                Optional.of(capacity.source()),
                capacity.description() + ", basis " + capacity.basis().id() + ", stage "
                        + project.stage().id() + ", nameplate"));
        parameters.add(
                Outlook.Parameter.of("start-year", "year", project.startYear().orElseThrow()));
        parameters.add(project.rampUpYears()
                .map(estimate -> Outlook.Parameter.of("ramp-up-years", "years", estimate))
                .orElseGet(() -> new Outlook.Parameter(
                        "ramp-up-years",
                        0,
                        "years",
                        true,
                        Optional.empty(),
                        "not stated: full capacity from the start year (the outlook's rule for a missing ramp-up)")));
        parameters.add(Outlook.Parameter.of(
                "probability", "fraction", project.probability().orElseThrow()));
        return parameters;
    }

    /** @return Σ p_i · added_i (t/yr) */
    private static double expected(List<Delivery> deliveries, double[] added) {
        double expected = 0;
        for (int i = 0; i < added.length; i++) {
            expected += deliveries.get(i).probability() * added[i];
        }
        return expected;
    }

    /**
     * @return the probability of each outcome; bit i of the index is set when project i delivers
     */
    private static double[] outcomeProbabilities(List<Delivery> deliveries) {
        double[] probabilities = new double[1 << deliveries.size()];
        probabilities[0] = 1;
        for (int i = 0; i < deliveries.size(); i++) {
            double p = deliveries.get(i).probability();
            int half = 1 << i;
            for (int outcome = 0; outcome < half; outcome++) {
                probabilities[half + outcome] = probabilities[outcome] * p;
                probabilities[outcome] = probabilities[outcome] * (1 - p);
            }
        }
        return probabilities;
    }

    /**
     * Reads P10, P50 and P90 off the exact distribution of the added capacity.
     *
     * @param probabilities the probability of each outcome (bit i set: project i delivers)
     * @param added what each project adds when it delivers (t/yr)
     * @return the quantiles
     */
    private static Quantiles quantiles(double[] probabilities, double[] added) {
        int size = probabilities.length;
        double[] values = new double[size];
        for (int i = 0; i < added.length; i++) {
            int half = 1 << i;
            for (int outcome = 0; outcome < half; outcome++) {
                values[half + outcome] = values[outcome] + added[i];
            }
        }
        double[] support = new double[size];
        int count = 0;
        for (int outcome = 0; outcome < size; outcome++) {
            if (probabilities[outcome] > 0) {
                support[count++] = values[outcome];
            }
        }
        Arrays.sort(support, 0, count);
        int distinct = 0;
        for (int i = 0; i < count; i++) {
            if (distinct == 0 || support[i] != support[distinct - 1]) {
                support[distinct++] = support[i];
            }
        }
        double[] mass = new double[distinct];
        for (int outcome = 0; outcome < size; outcome++) {
            if (probabilities[outcome] > 0) {
                mass[Arrays.binarySearch(support, 0, distinct, values[outcome])] += probabilities[outcome];
            }
        }
        return new Quantiles(quantile(support, mass, 0.1), quantile(support, mass, 0.5), quantile(support, mass, 0.9));
    }

    private static double quantile(double[] support, double[] mass, double q) {
        double cumulative = 0;
        for (int i = 0; i < mass.length; i++) {
            cumulative += mass[i];
            if (cumulative >= q - TOLERANCE) {
                return support[i];
            }
        }
        return support[mass.length - 1];
    }

    /**
     * Finds the world baseline for the included projects' stage and basis.
     *
     * @param notes receives the baseline note first, then any assumption about the baseline
     */
    private static Optional<Outlook.Baseline> baseline(
            KnowledgeSnapshot snapshot, MineralId mineral, List<Delivery> deliveries, List<String> notes) {
        Set<String> stages = new TreeSet<>();
        Set<String> bases = new TreeSet<>();
        deliveries.forEach(delivery -> {
            stages.add(delivery.project().stage().id());
            bases.add(delivery.capacity().basis().id());
        });
        if (deliveries.isEmpty()) {
            notes.add("no comparable world baseline: no project is included, so there is no stage and basis to"
                    + " compare with; capacities only");
            return Optional.empty();
        }
        if (stages.size() > 1 || bases.size() > 1) {
            notes.add("no comparable world baseline: the included projects are at more than one stage ("
                    + String.join(", ", stages) + ") or count more than one basis (" + String.join(", ", bases)
                    + "); capacities only, added as given. Maybe run the outlook for one stage.");
            return Optional.empty();
        }
        Stage stage = deliveries.get(0).project().stage();
        Basis basis = deliveries.get(0).capacity().basis();
        List<SupplyShares> candidates = SupplyShareCalculator.all(snapshot, mineral).stream()
                .filter(shares -> shares.stage() == stage)
                .filter(shares -> shares.basis() == basis)
                .filter(shares -> shares.total()
                        .flatMap(total -> total.quantity())
                        .filter(quantity -> quantity.unit() == Unit.TONNE && quantity.value() > 0)
                        .isPresent())
                .toList();
        Optional<SupplyShares> chosen = ResolutionPolicy.preferred(snapshot, candidates);
        if (chosen.isEmpty()) {
            notes.add("no comparable world baseline: no share set for " + mineral + " at the " + stage.id()
                    + " stage with a published world total in tonnes on the " + basis.id() + " basis; capacities"
                    + " only");
            return Optional.empty();
        }
        SupplyShares shares = chosen.get();
        double world = shares.total().orElseThrow().valueOrNaN();
        Optional<Double> china = shares.shareOf(Area.country(CHINA))
                .flatMap(ProducerShare::quantity)
                .map(Quantity::value);
        Outlook.Baseline baseline = new Outlook.Baseline(shares, world, china.orElse(0.0), china.isPresent());
        notes.add("world baseline: " + shares.series() + ", " + shares.period() + ", " + stage.id() + " stage, "
                + basis.id() + " basis, world total " + ConcretenessScorecard.format(world) + " t, China "
                + ConcretenessScorecard.format(baseline.chinaTonnes()) + " t (share "
                + ConcretenessScorecard.format(100 * baseline.chinaShare()) + " %), sources "
                + String.join(
                        ", ", shares.sources().stream().map(Object::toString).toList()) + "; chosen from "
                + candidates.size() + " comparable set(s) by the resolution policy: " + ResolutionPolicy.DESCRIPTION);
        if (china.isEmpty()) {
            notes.add("China is not a named producer in the baseline set; its quantity is taken as 0 (its output may"
                    + " sit in \"Other countries\" or be withheld), so its share is 0 throughout.");
        }
        return Optional.of(baseline);
    }

    private static List<String> assumptions(
            MineralId mineral,
            int included,
            List<Outlook.ProjectEntry> entries,
            Optional<Outlook.Baseline> baseline,
            List<String> notes) {
        List<String> assumptions = new ArrayList<>();
        assumptions.add("Perspective: the whole world. Added capacity is compared with world supply of " + mineral
                + " at the projects' stage; read the shares as what these projects would do to China's share of"
                + " supply at this stage, not as any one country's imports.");
        assumptions.add("Each included project either delivers, with its probability, or adds nothing,"
                + " independently of the others; P10, P50 and P90 come from the exact distribution over all 2^"
                + included + " outcomes.");
        assumptions.add("A project that delivers adds min(1, (year - start + 1) / (rampUpYears + 1)) of its capacity"
                + " from its start year and nothing before; a missing ramp-up means full capacity from the start"
                + " year.");
        assumptions.add("Capacities are nameplate capacities as the sources state them (t/yr), not expected output.");
        assumptions.add("Projects without capacity for " + mineral + ", without a start year or without a probability"
                + " are excluded and listed, never given default values.");
        baseline.ifPresent(base -> assumptions.add("Every producer in the baseline, China included, is held at its "
                + base.shares().period() + " quantity in every year; the added capacity enlarges world supply and"
                + " displaces no one: China's share = C / (W + added), with W = "
                + ConcretenessScorecard.format(base.worldTonnes()) + " t and C = "
                + ConcretenessScorecard.format(base.chinaTonnes()) + " t."));
        assumptions.addAll(notes.subList(1, notes.size()));
        for (Outlook.ProjectEntry entry : entries) {
            if (!entry.included()) {
                continue;
            }
            assumptions.add(entry.projectId() + ": "
                    + String.join(
                            "; ",
                            entry.parameters().stream()
                                    .map(Outlook.Parameter::describe)
                                    .toList()));
        }
        return assumptions;
    }
}
