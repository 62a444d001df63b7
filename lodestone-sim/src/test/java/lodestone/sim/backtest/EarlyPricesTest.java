package lodestone.sim.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import lodestone.sim.engine.Series;
import org.junit.jupiter.api.Test;

class EarlyPricesTest {
    private static Row price(String id, double observed, double p10, double p50, double p90, Boolean right) {
        Observation o = BacktestTest.observation(id, Series.PRICE_OUTSIDE, observed);
        boolean inside = observed >= p10 && observed <= p90;
        return new Row(
                "e", Episode.Role.TEST, o, p10, p50, p90, inside, Optional.of(right), OptionalDouble.empty(), 1000);
    }

    @Test
    void windowsCountFromTheMeasuresFirstMonth() {
        assertThat(EarlyPrices.window(-1)).isEqualTo("before");
        assertThat(EarlyPrices.window(0)).isEqualTo("1-3");
        assertThat(EarlyPrices.window(2)).isEqualTo("1-3");
        assertThat(EarlyPrices.window(3)).isEqualTo("4-6");
        assertThat(EarlyPrices.window(5)).isEqualTo("4-6");
        assertThat(EarlyPrices.window(6)).isEqualTo("7+");
    }

    @Test
    void aWindowsLineComparesTheMedianWithTheObservedByHand() {
        // a: median 2.95 against 1.95, both up, the model further: ln(3.0 / 2.0) = 0.405465
        // b: median 1.95 against 3.95, above P90, the model less far: ln(2.0 / 4.0) = -0.693147
        // c: median 1.15 against 0.95, below P10, opposite ways (direction wrong): ln(1.2 / 1.0) = 0.182322
        Row a = price("a", 1.95, 1.0, 2.95, 3.5, true);
        Row b = price("b", 3.95, 1.0, 1.95, 2.5, true);
        Row c = price("c", 0.95, 1.1, 1.15, 1.3, false);
        // d and e before the measure and after month 6; x is not a price and is left out
        Row d = price("d", 1.0, 0.9, 1.2, 1.3, true);
        Row e = price("e", 1.0, 0.9, 1.2, 1.3, true);
        Row f = price("f", 2.95, 1.0, 1.95, 3.0, true);
        Row x = new Row(
                "e",
                Episode.Role.TEST,
                BacktestTest.exportsObservation("x", 1),
                0,
                1,
                2,
                true,
                Optional.empty(),
                OptionalDouble.empty(),
                1000);
        Map<String, Long> month = Map.of("a", 0L, "b", 2L, "c", 2L, "d", -1L, "e", 6L, "f", 6L, "x", 1L);
        List<EarlyPrices.Line> lines = EarlyPrices.table(
                List.of(x, e, a, b, d, c, f), r -> month.get(r.observation().id()), r -> "all");
        assertThat(lines).extracting(EarlyPrices.Line::window).containsExactly("before", "1-3", "7+");
        EarlyPrices.Line early = lines.get(1);
        assertThat(early.rows()).isEqualTo(3);
        assertThat(early.medianLogRatio()).isCloseTo(0.182322, within(1e-6));
        assertThat(early.meanLogRatio()).isCloseTo((0.405465 - 0.693147 + 0.182322) / 3, within(1e-6));
        assertThat(List.of(early.below(), early.above(), early.larger(), early.smaller(), early.wrong()))
                .containsExactly(1, 1, 1, 1, 1);
        // two rows: the median is the mean of the middle pair, ln(1.25 / 1.05) and ln(2.0 / 3.0)
        EarlyPrices.Line late = lines.get(2);
        assertThat(late.rows()).isEqualTo(2);
        assertThat(late.medianLogRatio()).isCloseTo((Math.log(1.25 / 1.05) + Math.log(2.0 / 3.0)) / 2, within(1e-12));
        // e: 1.2 against 1.0, the observed unmoved (ln 1 = 0): neither further nor less far
        assertThat(late.larger() + late.smaller()).isEqualTo(1);
        assertThat(late.smaller()).isEqualTo(1);
        assertThat(late.format()).startsWith("all | 7+ | 2 | ");
    }

    @Test
    void aRowOnItsBandsEdgeIsInsideAndAMedianOnTheObservedValueNeitherFurtherNorLessFar() {
        // on P10, on P90 and within the band's tolerance of 1e-9: inside; every median equals its observed value
        Row onLow = price("low", 1.2, 1.2, 1.2, 1.5, true);
        Row onHigh = price("high", 1.5, 1.2, 1.5, 1.5, true);
        Row withinTolerance = price("tolerance", 1.2 - 5e-10, 1.2, 1.2 - 5e-10, 1.5, true);
        // exactly the tolerance away, as the model band's own test (ModelError.apply) counts it: inside
        Row lowEdge = price("low edge", 1.2 - 1e-9, 1.2, 1.2 - 1e-9, 1.5, true);
        Row highEdge = price("high edge", 1.5 + 1e-9, 1.2, 1.5 + 1e-9, 1.5, true);
        EarlyPrices.Line line = EarlyPrices.table(
                        List.of(onLow, onHigh, withinTolerance, lowEdge, highEdge), r -> 0L, r -> "edges")
                .get(0);
        assertThat(List.of(line.rows(), line.below(), line.above(), line.larger(), line.smaller(), line.wrong()))
                .containsExactly(5, 0, 0, 0, 0, 0);
        assertThat(line.medianLogRatio()).isZero();
        // just past the tolerance on either side: outside
        Row under = price("under", 1.2 - 2e-9, 1.2, 1.3, 1.5, true);
        Row over = price("over", 1.5 + 2e-9, 1.2, 1.3, 1.5, true);
        EarlyPrices.Line outside =
                EarlyPrices.table(List.of(under, over), r -> 0L, r -> "out").get(0);
        assertThat(List.of(outside.below(), outside.above())).containsExactly(1, 1);
    }
}
