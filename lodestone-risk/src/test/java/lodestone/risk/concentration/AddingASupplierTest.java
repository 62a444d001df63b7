package lodestone.risk.concentration;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.Arrays;
import lodestone.risk.index.LodestoneRiskIndex;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Adding a supplier never raises concentration: a new supplier that takes part of an incumbent's volume (the total
 * unchanged), or that adds volume no larger than the smallest incumbent's, never raises the HHI, the top-1 or top-3
 * share, or (when governed no worse than the incumbent it takes from) the governance-weighted HHI.
 */
class AddingASupplierTest {
    private static final HerfindahlHirschmanIndex HHI = HerfindahlHirschmanIndex.INSTANCE;
    private static final double EPSILON = 1e-9;

    private static Gen<double[]> quantities() {
        return lists().of(doubles().between(0.001, 1000.0))
                .ofSizeBetween(1, 20)
                .map(list -> list.stream().mapToDouble(Double::doubleValue).toArray());
    }

    private static double[] shares(double[] quantities) {
        double total = Arrays.stream(quantities).sum();
        return Arrays.stream(quantities).map(q -> q / total).toArray();
    }

    private static double top(int n, double[] shares) {
        return new TopNShare(n).compute(shares);
    }

    @Test
    void aNewSupplierNoLargerThanTheSmallestIncumbentNeverRaisesConcentration() {
        qt().withFixedSeed(20261130L)
                .forAll(quantities(), doubles().between(0.0, 1.0))
                .check((quantities, fraction) -> {
                    double smallest = Arrays.stream(quantities).min().orElseThrow();
                    double[] more = Arrays.copyOf(quantities, quantities.length + 1);
                    more[quantities.length] = smallest * fraction;
                    double[] before = shares(quantities);
                    double[] after = shares(more);
                    return HHI.compute(after) <= HHI.compute(before) + EPSILON
                            && top(1, after) <= top(1, before) + EPSILON
                            && top(3, after) <= top(3, before) + EPSILON;
                });
    }

    @Test
    void aNewSupplierTakingVolumeFromAnIncumbentNeverRaisesConcentration() {
        qt().withFixedSeed(31L)
                .forAll(quantities(), doubles().between(0.0, 1.0), doubles().between(0.0, 1.0))
                .check((quantities, fraction, governance) -> {
                    double[] before = shares(quantities);
                    double[] after = Arrays.copyOf(before, before.length + 1);
                    after[before.length] = before[0] * fraction;
                    after[0] = before[0] * (1 - fraction);
                    double[] g = new double[before.length];
                    Arrays.fill(g, governance);
                    double[] gAfter = Arrays.copyOf(g, g.length + 1);
                    gAfter[g.length] = governance * fraction; // governed no worse than the incumbent
                    return HHI.compute(after) <= HHI.compute(before) + EPSILON
                            && top(1, after) <= top(1, before) + EPSILON
                            && top(3, after) <= top(3, before) + EPSILON
                            && LodestoneRiskIndex.governanceWeightedHhi(after, gAfter)
                                    <= LodestoneRiskIndex.governanceWeightedHhi(before, g) + EPSILON;
                });
    }
}
