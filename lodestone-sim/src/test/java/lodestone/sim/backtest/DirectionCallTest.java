package lodestone.sim.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalDouble;
import lodestone.sim.engine.Series;
import org.junit.jupiter.api.Test;

/**
 * The rule of "Direction calls the Monte Carlo can resolve": a side of 1 is called where the share of paths above 1 lies
 * more than 1.96 standard errors (0.5 / √k under no move) from 1/2.
 */
class DirectionCallTest {
    /** @return k path values of which {@code above} lie above 1, {@code at} exactly at 1 and the rest below */
    private static double[] paths(int k, int above, int at) {
        double[] values = new double[k];
        Arrays.fill(values, 0, above, 1.2);
        Arrays.fill(values, above, above + at, 1);
        Arrays.fill(values, above + at, k, 0.9);
        return values;
    }

    private static DirectionCall call(int k, int above, int at) {
        return DirectionCall.of(Backtest.riseProbability(paths(k, above, at)), k);
    }

    /**
     * Path counts, paths above 1, paths at exactly 1 (counted half) and the call. The margin is 1.96 x 0.5 / √k:
     * 0.03099 at 1,000 paths (531 of 1,000 above 1 rise, 530 do not; 469 fall), 0.015495 at 4,000, 0.0077475 at 16,000,
     * 0.098 at 100. 52 % above 1 is noise at 1,000 paths and a rise at 4,000 and 16,000.
     */
    private static final String[] CASES = {
        "1000 531 0 RISE",
        "1000 530 0 NONE",
        "1000 500 0 NONE",
        "1000 470 0 NONE",
        "1000 469 0 FALL",
        "1000 1000 0 RISE",
        "1000 0 0 FALL",
        "1000 520 0 NONE",
        "4000 2080 0 RISE",
        "4000 2060 0 NONE",
        "16000 8320 0 RISE",
        "16000 8130 0 RISE",
        "16000 8120 0 NONE",
        "16000 7877 0 NONE",
        "16000 7876 0 FALL",
        "100 59 0 NONE",
        "100 41 0 NONE",
        "100 60 0 RISE",
        "100 40 0 FALL",
        // 2,500 paths: the margin is exactly 0.0196, and a share exactly at it (1,299 or 1,201 of 2,500) is not beyond
        // it
        "2500 1299 0 NONE",
        "2500 1300 0 RISE",
        "2500 1201 0 NONE",
        "2500 1200 0 FALL",
        // ties: 500 above and 80 at 1 of 1,000 is P(RISE) 0.54, a rise; 500 and 50 is 0.525, noise; all at 1, no move
        "1000 500 80 RISE",
        "1000 500 50 NONE",
        "1000 0 1000 NONE",
    };

    @Test
    void aSideIsCalledOnlyBeyondTheNoiseOfTheRowsPathCount() {
        for (String c : CASES) {
            String[] f = c.split(" ", -1);
            assertThat(call(Integer.parseInt(f[0]), Integer.parseInt(f[1]), Integer.parseInt(f[2])))
                    .as(c)
                    .isEqualTo(DirectionCall.valueOf(f[3]));
        }
    }

    @Test
    void aCallIsRightOnlyOnItsOwnSideOfOne() {
        assertThat(DirectionCall.RISE.rightFor(1.01)).isTrue();
        assertThat(DirectionCall.RISE.rightFor(0.99)).isFalse();
        assertThat(DirectionCall.RISE.rightFor(1)).isFalse();
        assertThat(DirectionCall.FALL.rightFor(0.99)).isTrue();
        assertThat(DirectionCall.FALL.rightFor(1.01)).isFalse();
        assertThat(DirectionCall.FALL.rightFor(1)).isFalse();
        assertThat(DirectionCall.NONE.rightFor(1.5)).isFalse();
        assertThat(DirectionCall.NONE.rightFor(0.5)).isFalse();
        assertThat(DirectionCall.NONE.rightFor(1)).isFalse();
    }

    @Test
    void refusesWhatIsNotAProbabilityFromPaths() {
        assertThatThrownBy(() -> DirectionCall.of(0.5, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DirectionCall.of(Double.NaN, 1000)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DirectionCall.of(1.01, 1000)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DirectionCall.of(-0.01, 1000)).isInstanceOf(IllegalArgumentException.class);
        assertThat(DirectionCall.of(1, 1)).isEqualTo(DirectionCall.NONE);
        assertThat(DirectionCall.of(0, 1)).isEqualTo(DirectionCall.NONE);
        assertThat(DirectionCall.of(1, 4)).isEqualTo(DirectionCall.RISE);
        assertThat(DirectionCall.of(0, 4)).isEqualTo(DirectionCall.FALL);
    }

    /** @return a price row observed at 1.1 with a median of 1.01 and the given probability of a rise and paths */
    private static Row price(double riseProbability, int paths) {
        return new Row(
                "e",
                Episode.Role.TEST,
                BacktestTest.observation("p", Series.PRICE_OUTSIDE, 1.1),
                0.9,
                1.01,
                1.2,
                true,
                Optional.of(true),
                OptionalDouble.of(riseProbability),
                paths);
    }

    @Test
    void aRowCarriesTheCallOfItsPathsAndNoneForOtherSeries() {
        assertThat(price(0.52, 1000).call()).contains(DirectionCall.NONE);
        assertThat(price(0.52, 16000).call()).contains(DirectionCall.RISE);
        assertThat(price(0.45, 1000).call()).contains(DirectionCall.FALL);
        // no path could be read: nothing resolved
        assertThat(price(Double.NaN, 0).call()).contains(DirectionCall.NONE);
        // a row of exports (DirectionForecastsTest's fifth row)
        Row exports = DirectionForecastsTest.ROWS.get(4);
        assertThat(exports.riseProbability()).isEmpty();
        assertThat(exports.call()).isEmpty();
    }
}
