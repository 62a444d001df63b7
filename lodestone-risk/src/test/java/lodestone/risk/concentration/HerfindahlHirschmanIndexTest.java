package lodestone.risk.concentration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class HerfindahlHirschmanIndexTest {
    private static final HerfindahlHirschmanIndex HHI = HerfindahlHirschmanIndex.INSTANCE;

    /** Random share vectors: positive weights normalised to a total in (0, 1]. */
    private static Gen<double[]> shares() {
        return lists().of(doubles().between(0.001, 1.0))
                .ofSizeBetween(1, 25)
                .zip(doubles().between(0.05, 1.0), (weights, total) -> {
                    double sum =
                            weights.stream().mapToDouble(Double::doubleValue).sum();
                    return weights.stream().mapToDouble(w -> w / sum * total).toArray();
                });
    }

    @Test
    void staysWithinZeroAndTenThousand() {
        qt().withFixedSeed(20251130L).forAll(shares()).check(shares -> {
            double value = HHI.compute(shares);
            return value >= 0 && value <= 10_000 + 1e-9;
        });
    }

    @Test
    void doesNotDependOnProducerOrder() {
        qt().withFixedSeed(7L).forAll(shares(), integers().all()).check((shares, seed) -> {
            List<Double> list = new ArrayList<>();
            for (double share : shares) {
                list.add(share);
            }
            Collections.shuffle(list, new Random(seed));
            double[] shuffled = list.stream().mapToDouble(Double::doubleValue).toArray();
            return Math.abs(HHI.compute(shares) - HHI.compute(shuffled)) < 1e-6;
        });
    }

    @Test
    void isMaximalForAMonopoly() {
        assertThat(HHI.compute(new double[] {1.0})).isEqualTo(10_000);
        qt().withFixedSeed(11L).forAll(shares()).check(shares -> HHI.compute(shares) <= HHI.compute(new double[] {1}));
    }

    @Test
    void splittingAProducerInTwoNeverRaisesConcentration() {
        qt().withFixedSeed(13L).forAll(shares(), doubles().between(0.0, 1.0)).check((shares, fraction) -> {
            double[] split = java.util.Arrays.copyOf(shares, shares.length + 1);
            split[shares.length] = shares[0] * fraction;
            split[0] = shares[0] * (1 - fraction);
            return HHI.compute(split) <= HHI.compute(shares) + 1e-9;
        });
    }

    @Test
    void matchesAHandComputedValue() {
        assertThat(HHI.compute(new double[] {0.5, 0.3, 0.2})).isCloseTo(3_800, within(1e-9));
        assertThat(new TopNShare(2).compute(new double[] {0.2, 0.5, 0.3})).isCloseTo(0.8, within(1e-12));
    }

    @Test
    void rejectsSharesOutsideTheUnitIntervalOrSummingAboveOne() {
        assertThatThrownBy(() -> HHI.compute(new double[] {1.3}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1.3");
        assertThatThrownBy(() -> HHI.compute(new double[] {0.7, 0.7}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must not exceed 1");
        assertThatThrownBy(() -> new TopNShare(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
