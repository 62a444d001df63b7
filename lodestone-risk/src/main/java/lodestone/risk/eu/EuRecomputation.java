package lodestone.risk.eu;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import lodestone.model.knowledge.KnowledgeSnapshot;
import lodestone.model.mineral.MineralId;
import lodestone.risk.governance.Governance;
import lodestone.risk.validation.RankCorrelation;

/**
 * How close the recomputed 2023 SR comes to the published values: per material, and as summary statistics (mean
 * absolute error, bias, median absolute error, share within ±0.05 and ±0.15, Spearman rank correlation).
 *
 * @param results every material whose assessed stage could be recomputed
 * @param all statistics against the published stage SR, every row with one
 * @param trusted the same, without the rows marked third-party-suspect
 * @param annex statistics against Annex 4 of the 2023 study (the store's published overall SR), for the rows whose
 *     material has an Annex 4 value
 */
public record EuRecomputation(List<EuSupplyRisk.Result> results, Stats all, Stats trusted, Stats annex) {

    /**
     * @param n number of materials compared
     * @param meanAbsoluteError mean |recomputed − published|
     * @param bias mean (recomputed − published)
     * @param medianAbsoluteError median |recomputed − published|
     * @param within005 how many within ±0.05 (the published rounding)
     * @param within015 how many within ±0.15
     * @param spearman Spearman rank correlation (average ranks for ties)
     */
    public record Stats(
            int n,
            double meanAbsoluteError,
            double bias,
            double medianAbsoluteError,
            int within005,
            int within015,
            double spearman) {}

    /**
     * A material's supply risk with the published t, and with t adjusted to the measures in force on a date.
     *
     * @param rank 1 for the highest SR with the published t
     * @param published the SR with the published t
     * @param adjusted the SR with the policy-adjusted t ({@link TradeVariable#policyAdjusted})
     */
    public record Ranked(int rank, EuSupplyRisk.Result published, EuSupplyRisk.Result adjusted) {}

    /**
     * Every recomputed material ranked by SR (published t), highest first, ties by id, each with its policy-adjusted SR.
     *
     * @param snapshot the snapshot the recomputation ran on
     * @param on the date of the measures in force for the adjusted t
     * @return the ranking
     */
    public List<Ranked> ranked(KnowledgeSnapshot snapshot, LocalDate on) {
        Governance governance = Governance.of(snapshot, EuSupplyRisk.WGI_FIRST, EuSupplyRisk.WGI_LAST);
        List<EuSupplyRisk.Result> sorted = new ArrayList<>(results);
        sorted.sort(Comparator.comparingDouble(EuSupplyRisk.Result::supplyRisk)
                .reversed()
                .thenComparing(r -> r.mineral().value()));
        List<Ranked> out = new ArrayList<>();
        for (EuSupplyRisk.Result r : sorted) {
            out.add(new Ranked(out.size() + 1, r, adjusted(snapshot, r, governance, on)));
        }
        return out;
    }

    /**
     * One material with the published and the policy-adjusted t.
     *
     * @param snapshot the snapshot
     * @param all the curated inputs
     * @param mineral the material
     * @param on the date of the measures in force for the adjusted t
     * @return the pair with rank 0, or empty when the material has no usable inputs
     */
    public static Optional<Ranked> one(
            KnowledgeSnapshot snapshot, List<EuInputs> all, MineralId mineral, LocalDate on) {
        Governance governance = Governance.of(snapshot, EuSupplyRisk.WGI_FIRST, EuSupplyRisk.WGI_LAST);
        return EuInputs.of(all, mineral)
                .flatMap(in -> EuSupplyRisk.compute(snapshot, in, governance, TradeVariable.published()))
                .map(r -> new Ranked(0, r, adjusted(snapshot, r, governance, on)));
    }

    private static EuSupplyRisk.Result adjusted(
            KnowledgeSnapshot snapshot, EuSupplyRisk.Result published, Governance governance, LocalDate on) {
        return EuSupplyRisk.compute(
                        snapshot,
                        published.inputs(),
                        governance,
                        TradeVariable.policyAdjusted(snapshot, published.mineral(), on))
                .orElseThrow();
    }

    /**
     * Recomputes every usable material with the published t.
     *
     * @param snapshot the snapshot
     * @param all the curated inputs ({@link EuInputs#parse})
     * @return the comparison
     */
    public static EuRecomputation run(KnowledgeSnapshot snapshot, List<EuInputs> all) {
        Governance governance = Governance.of(snapshot, EuSupplyRisk.WGI_FIRST, EuSupplyRisk.WGI_LAST);
        List<EuSupplyRisk.Result> results = new ArrayList<>();
        for (EuInputs inputs : all) {
            if (snapshot.minerals().get(inputs.mineral()).isEmpty()) {
                continue;
            }
            EuSupplyRisk.compute(snapshot, inputs, governance, TradeVariable.published())
                    .ifPresent(results::add);
        }
        results.sort(Comparator.comparing(r -> r.mineral().value()));
        return new EuRecomputation(
                results,
                stats(results, r -> r.inputs().publishedStageSr().isPresent(), true),
                stats(
                        results,
                        r -> r.inputs().publishedStageSr().isPresent()
                                && !r.inputs().suspect(),
                        true),
                stats(results, r -> r.annexSupplyRisk().isPresent(), false));
    }

    private static Stats stats(List<EuSupplyRisk.Result> results, Predicate<EuSupplyRisk.Result> keep, boolean stage) {
        List<double[]> pairs = new ArrayList<>();
        for (EuSupplyRisk.Result r : results) {
            if (keep.test(r)) {
                double published = stage
                        ? r.inputs().publishedStageSr().getAsDouble()
                        : r.annexSupplyRisk().getAsDouble();
                pairs.add(new double[] {r.supplyRisk(), published});
            }
        }
        return statsOf(
                pairs.stream().mapToDouble(p -> p[0]).toArray(),
                pairs.stream().mapToDouble(p -> p[1]).toArray());
    }

    /**
     * @param recomputed recomputed values
     * @param published published values, in the same order
     * @return the statistics
     */
    public static Stats statsOf(double[] recomputed, double[] published) {
        int n = recomputed.length;
        if (n == 0) {
            return new Stats(0, Double.NaN, Double.NaN, Double.NaN, 0, 0, Double.NaN);
        }
        double[] absolute = new double[n];
        double sum = 0;
        double sumAbs = 0;
        int within005 = 0;
        int within015 = 0;
        for (int i = 0; i < n; i++) {
            double diff = recomputed[i] - published[i];
            sum += diff;
            absolute[i] = Math.abs(diff);
            sumAbs += absolute[i];
            // published values carry one decimal: compare at a tolerance just above the rounding
            within005 += absolute[i] <= 0.05 + 1e-9 ? 1 : 0;
            within015 += absolute[i] <= 0.15 + 1e-9 ? 1 : 0;
        }
        Arrays.sort(absolute);
        double median = n % 2 == 1 ? absolute[n / 2] : (absolute[n / 2 - 1] + absolute[n / 2]) / 2;
        return new Stats(
                n, sumAbs / n, sum / n, median, within005, within015, RankCorrelation.spearman(recomputed, published));
    }

    /** @return the result for a mineral, if recomputed */
    public Optional<EuSupplyRisk.Result> result(MineralId mineral) {
        return results.stream().filter(r -> r.mineral().equals(mineral)).findFirst();
    }
}
