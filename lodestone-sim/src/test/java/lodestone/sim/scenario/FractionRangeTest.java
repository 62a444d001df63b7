package lodestone.sim.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FractionRangeTest {
    @Test
    void aDistributionWithinZeroAndOnePasses() {
        Distribution share = Distribution.uniform(0, 1);

        assertThat(share.requireFraction("share")).isSameAs(share);
        assertThat(new Phase(Distribution.fixed(3), Distribution.fixed(1), Distribution.fixed(0), share)
                        .leakageFactor())
                .isEqualTo(share);
    }

    @Test
    void aPhaseOrLicensingRangeOutsideZeroAndOneIsRefusedByNameAndRange() {
        assertThatThrownBy(() -> new Phase(
                        Distribution.fixed(3),
                        Distribution.fixed(1),
                        Distribution.fixed(0),
                        Distribution.uniform(0, 2)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("phase leakageFactor (uniform(0, 2)) must be within [0, 1].");
        assertThatThrownBy(
                        () -> new Licensing(Distribution.fixed(2), 3, Distribution.fixed(0.5), Distribution.fixed(-1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("licensing perspectivePriority (-1) must be within [0, 1].");
    }
}
