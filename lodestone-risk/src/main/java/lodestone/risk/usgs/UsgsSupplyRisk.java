package lodestone.risk.usgs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.stream.Collectors;
import lodestone.risk.economic.EconomicImportance;
import lodestone.risk.governance.Governance;
import lodestone.risk.index.Component;
import lodestone.risk.index.Input;
import lodestone.risk.index.LodestoneRiskIndex;

/**
 * The arithmetic of the USGS 2021 supply risk (Nassar and Fortier, OFR 2021-1045; {@code
 * docs/methods/usgs-supply-risk.md}), over plain inputs:
 *
 * <pre>
 * DP_y = max over the stage share sets of Σ_c s_c² · g_c     g_c = clip((5 − 2·WGI_c)/10, 0, 1), 0.5 without WGI
 * TE_y = NIR_y                                              U.S. net import reliance, 0 for a net exporter
 * EV_y = clip(log10(V_y / 10^6) / 5, 0, 1)                  V_y = apparent consumption × price; 0.5 if unknown
 * SR_y = (DP_y · TE_y · EV_y)^(1/3)
 * SR   = Σ_y w_y · SR_y,  w_y ∝ 1, 2, …, n over the latest {@value #WINDOW} assessed years, oldest first
 * </pre>
 *
 * <p>Confirmed in published text: the three indicators and their names, a recency-weighted mean over the latest
 * years (2015–2018 in the 2021 review), the threshold {@value #THRESHOLD}. Reconstructed: the geometric mean, DP as a
 * squared-share concentration weighted by the producers' ability to supply, TE as net import reliance. Lodestone's
 * substitutes for inputs the store lacks: governance (WGI) for the ability-to-supply index, the same weight 1 for
 * every producer's willingness to supply, and the log-scaled value of apparent consumption for EV (the USGS weighs the
 * value added of the using industries by their spending on the commodity relative to their operating profit). The
 * linear recency weights are assumed.
 */
public final class UsgsSupplyRisk {
    /** The published threshold: commodities whose recency-weighted mean supply risk reaches it were recommended. */
    public static final double THRESHOLD = 0.40;
    /** The number of latest data years averaged (four in the 2021 review: 2015–2018). */
    public static final int WINDOW = 4;
    /** The ability-to-supply risk assumed for a producer without WGI: the middle of the scale. */
    public static final double MISSING_ABILITY = LodestoneRiskIndex.MISSING_GOVERNANCE;

    private UsgsSupplyRisk() {}

    /**
     * @param set one stage's producers
     * @return DP of that set, Σ s² · g, a fraction in [0, 1]
     */
    public static double disruptionPotential(UsgsInputs.ShareSet set) {
        double[] shares = new double[set.producers().size()];
        double[] risks = new double[shares.length];
        for (int i = 0; i < shares.length; i++) {
            UsgsInputs.Producer p = set.producers().get(i);
            shares[i] = p.share();
            risks[i] = p.wgiMean().isPresent()
                    ? Governance.riskFractionOf(p.wgiMean().getAsDouble())
                    : MISSING_ABILITY;
        }
        return LodestoneRiskIndex.governanceWeightedHhi(shares, risks);
    }

    /**
     * @param netImportReliance U.S. net import reliance, a fraction (0 for a net exporter)
     * @return TE, the same fraction
     * @throws IllegalArgumentException outside [0, 1]
     */
    public static double tradeExposure(double netImportReliance) {
        if (!(netImportReliance >= 0 && netImportReliance <= 1)) {
            throw new IllegalArgumentException("net import reliance (" + netImportReliance
                    + ") must be within [0, 1].\nMaybe a net exporter" + " should be 0.");
        }
        return netImportReliance;
    }

    /**
     * @param dp disruption potential in [0, 1]
     * @param te trade exposure in [0, 1]
     * @param ev economic vulnerability in [0, 1]
     * @return SR = (DP · TE · EV)^(1/3), in [0, 1]
     * @throws IllegalArgumentException if an indicator lies outside [0, 1]
     */
    public static double supplyRisk(double dp, double te, double ev) {
        for (double v : new double[] {dp, te, ev}) {
            if (!(v >= 0 && v <= 1)) {
                throw new IllegalArgumentException("indicator (" + v + ") must be within [0, 1].");
            }
        }
        return Math.cbrt(dp * te * ev);
    }

    /**
     * The recency weights of the latest {@value #WINDOW} years: 1, 2, …, n from the oldest, normalised to sum to 1.
     *
     * @param n the number of years (1 to {@value #WINDOW})
     * @return the weights, oldest first
     */
    public static double[] recencyWeights(int n) {
        if (n < 1 || n > WINDOW) {
            throw new IllegalArgumentException("number of years (" + n + ") must be within [1, " + WINDOW + "].");
        }
        double total = n * (n + 1) / 2.0;
        double[] weights = new double[n];
        for (int i = 0; i < n; i++) {
            weights[i] = (i + 1) / total;
        }
        return weights;
    }

    /**
     * Assesses one mineral.
     *
     * @param inputs its inputs
     * @return the yearly indicators and the recency-weighted supply risk; no supply risk when no year has both net
     *     import reliance and a share set
     */
    public static UsgsAssessment assess(UsgsInputs inputs) {
        java.util.SortedMap<Integer, UsgsInputs.Year> usable = new TreeMap<>();
        for (UsgsInputs.Year year : inputs.years()) {
            if (year.netImportReliance().isPresent() && !year.shareSets().isEmpty()) {
                usable.put(year.year(), year);
            }
        }
        List<UsgsInputs.Year> window = new ArrayList<>(usable.values());
        window = window.subList(Math.max(0, window.size() - WINDOW), window.size());
        if (window.isEmpty()) {
            return new UsgsAssessment(
                    inputs.mineral(),
                    List.of(),
                    OptionalDouble.empty(),
                    "not assessed: no data year with both U.S. net import reliance and supply shares",
                    List.of(),
                    inputs.note());
        }
        double[] weights = recencyWeights(window.size());
        List<UsgsAssessment.YearResult> results = new ArrayList<>();
        double mean = 0;
        for (int i = 0; i < window.size(); i++) {
            UsgsInputs.Year year = window.get(i);
            UsgsInputs.ShareSet worst = worst(year.shareSets());
            double dp = Math.min(1, disruptionPotential(worst));
            double te = tradeExposure(year.netImportReliance().get().value().orElseThrow());
            OptionalDouble value = marketValue(year);
            double ev = value.isPresent() ? EconomicImportance.of(value.getAsDouble()) : EconomicImportance.MISSING;
            double sr = supplyRisk(dp, te, ev);
            results.add(new UsgsAssessment.YearResult(
                    year.year(), dp, worst.label(), te, ev, value.isEmpty(), sr, weights[i]));
            mean += weights[i] * sr;
        }
        String formula = "SR = "
                + results.stream()
                        .map(r -> String.format(
                                Locale.ROOT,
                                "%.4f · (%.4f · %.4f · %.4f)^(1/3)",
                                r.weight(),
                                r.disruptionPotential(),
                                r.tradeExposure(),
                                r.economicVulnerability()))
                        .collect(Collectors.joining(" + "))
                + String.format(Locale.ROOT, " = %.4f", mean);
        return new UsgsAssessment(
                inputs.mineral(),
                results,
                OptionalDouble.of(mean),
                formula,
                components(window.get(window.size() - 1), results.get(results.size() - 1)),
                inputs.note());
    }

    private static UsgsInputs.ShareSet worst(List<UsgsInputs.ShareSet> sets) {
        UsgsInputs.ShareSet worst = sets.get(0);
        for (UsgsInputs.ShareSet set : sets) {
            if (disruptionPotential(set) > disruptionPotential(worst)) {
                worst = set;
            }
        }
        return worst;
    }

    private static OptionalDouble marketValue(UsgsInputs.Year year) {
        if (year.apparentConsumption().isEmpty() || year.price().isEmpty()) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(year.apparentConsumption().get().value().orElseThrow()
                * 1000
                * year.price().get().value().orElseThrow());
    }

    private static List<Component> components(UsgsInputs.Year year, UsgsAssessment.YearResult result) {
        List<Input> dpInputs = new ArrayList<>();
        for (UsgsInputs.ShareSet set : year.shareSets()) {
            dpInputs.add(Input.of(
                    "disruption potential " + set.label(),
                    disruptionPotential(set),
                    "fraction",
                    set.source(),
                    "",
                    "Σ s² · g over " + set.producers().size() + " producers"
                            + set.producers().stream()
                                    .limit(3)
                                    .map(p -> String.format(
                                            Locale.ROOT,
                                            "; %s s %.4f g %s",
                                            p.country(),
                                            p.share(),
                                            p.wgiMean().isPresent()
                                                    ? String.format(
                                                            Locale.ROOT,
                                                            "%.4f",
                                                            Governance.riskFractionOf(
                                                                    p.wgiMean().getAsDouble()))
                                                    : MISSING_ABILITY + " (no WGI, assumed)"))
                                    .collect(Collectors.joining())));
        }
        List<Input> evInputs = new ArrayList<>();
        year.apparentConsumption().ifPresent(evInputs::add);
        year.price().ifPresent(evInputs::add);
        OptionalDouble value = marketValue(year);
        value.ifPresent(v -> evInputs.add(Input.of(
                "market value US " + year.year(),
                v,
                "USD",
                "computed",
                "",
                "t × USD/kg × 1000; " + year.marketNote())));
        return List.of(
                new Component(
                        "disruption-potential",
                        result.disruptionPotential(),
                        "max over stage sets of Σ s² · g; largest: " + result.disruptionFrom(),
                        false,
                        dpInputs),
                new Component(
                        "trade-exposure",
                        result.tradeExposure(),
                        "U.S. net import reliance " + year.year(),
                        false,
                        year.netImportReliance().map(List::of).orElse(List.of())),
                new Component(
                        "economic-vulnerability",
                        result.economicVulnerability(),
                        value.isPresent()
                                ? String.format(
                                        Locale.ROOT,
                                        "clip(log10(V / 1e6) / 5, 0, 1), V = %.4g USD",
                                        value.getAsDouble())
                                : "unknown: " + EconomicImportance.MISSING + " assumed (" + year.marketNote() + ")",
                        result.vulnerabilityAssumed(),
                        evInputs));
    }

    /**
     * @param assessments assessments
     * @return those with a supply risk, highest first (ties by mineral id)
     */
    public static List<UsgsAssessment> ranked(List<UsgsAssessment> assessments) {
        return assessments.stream()
                .filter(a -> a.supplyRisk().isPresent())
                .sorted(java.util.Comparator.comparingDouble(
                                (UsgsAssessment a) -> a.supplyRisk().getAsDouble())
                        .reversed()
                        .thenComparing(a -> a.mineral().value()))
                .toList();
    }
}
