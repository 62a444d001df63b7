package lodestone.sim.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import lodestone.sim.engine.Series;
import org.junit.jupiter.api.Test;

/** The direction's probabilistic score on rows whose figures are worked out by hand. */
class DirectionForecastsTest {
    /** A price row of an episode: its probability of a rise, its observed value and whether its median was right. */
    private static Row price(String episode, double probability, double observed, boolean right) {
        Observation o = BacktestTest.observation(episode + probability, Series.PRICE_OUTSIDE, observed);
        return new Row(
                episode,
                Episode.Role.TEST,
                o,
                0.5,
                1,
                2,
                true,
                Optional.of(right),
                OptionalDouble.of(probability),
                1000);
    }

    /**
     * Episode a: 0.9 against a rise, 0.2 against a fall (both right); episode b: 0.6 against a fall (wrong), 0.5 against
     * no move (outcome 1/2; wrong, as the median rule scores a row at exactly 1), and a row of exports (not a price).
     */
    static final List<Row> ROWS = List.of(
            price("a", 0.9, 1.2, true),
            price("a", 0.2, 0.8, true),
            price("b", 0.6, 0.9, false),
            price("b", 0.5, 1, false),
            new Row(
                    "b",
                    Episode.Role.TEST,
                    BacktestTest.exportsObservation("x", 0.7),
                    0.5,
                    1,
                    2,
                    true,
                    Optional.empty(),
                    OptionalDouble.empty(),
                    1000));

    @Test
    void theOutcomeIsARiseAFallOrHalfForNoMove() {
        assertThat(DirectionForecasts.outcome(1.2)).isEqualTo(1);
        assertThat(DirectionForecasts.outcome(0.8)).isEqualTo(0);
        assertThat(DirectionForecasts.outcome(1)).isEqualTo(0.5);
    }

    @Test
    void theBrierScoresAreTheMeanSquaredErrorsOfTheModelClimatologyAndACoin() {
        DirectionForecasts.Score score = DirectionForecasts.score(ROWS, ROWS);
        assertThat(score.rows()).isEqualTo(4);
        // (0.1² + 0.2² + 0.6² + 0²) / 4
        assertThat(score.brier()).isCloseTo(0.41 / 4, within(1e-12));
        // climatology out of fold: a's rows at b's share of rises (0 + 1/2) / 2 = 0.25, b's at a's (1 + 0) / 2 = 0.5:
        // (0.75² + 0.25² + 0.5² + 0²) / 4
        assertThat(score.climatologyBrier()).isCloseTo(0.875 / 4, within(1e-12));
        // a coin: 0.25 on every row but the one at exactly 1
        assertThat(score.coinBrier()).isCloseTo(0.75 / 4, within(1e-12));
        assertThat(score.skillOverClimatology()).isCloseTo(1 - 0.41 / 0.875, within(1e-12));
        assertThat(score.right()).isEqualTo(2);
        // 0.9 and 0.2 are confident (>= 0.7 or <= 0.3), 0.6 and 0.5 are not
        assertThat(score.confident()).isEqualTo(2);
        assertThat(score.confidentRight()).isEqualTo(2);
        // the calls at 1,000 paths (margin 0.031): 0.9 a rise (right), 0.2 a fall (right), 0.6 a rise (observed 0.9,
        // wrong), 0.5 none; the exports row has none
        assertThat(score.calls()).isEqualTo(3);
        assertThat(score.callsRight()).isEqualTo(2);
        assertThat(score.unresolved()).isEqualTo(1);
        // one episode's rows alone: climatology is still the other episode's share
        DirectionForecasts.Score b = DirectionForecasts.score(ROWS.subList(2, 5), ROWS);
        assertThat(b.rows()).isEqualTo(2);
        assertThat(b.climatologyBrier()).isCloseTo(0.25 / 2, within(1e-12));
        assertThat(DirectionForecasts.score(ROWS.subList(2, 5), ROWS.subList(2, 5))
                        .climatologyBrier())
                .as("no other episode: no climatology")
                .isNaN();
        assertThat(DirectionForecasts.score(List.of(), ROWS).brier()).isNaN();
    }

    @Test
    void theReliabilityTableBinsTheProbabilityByTenths() {
        List<Row> rows = List.of(
                price("a", 0.95, 1.2, true),
                price("a", 0.91, 0.8, false),
                price("b", 1, 1, false),
                price("b", 0.3, 0.9, true),
                price("b", 0.35, 1.1, false),
                price("c", 0.05, 1.3, false));
        List<DirectionForecasts.Bin> bins = DirectionForecasts.score(rows, rows).reliability();
        assertThat(bins).hasSize(10);
        assertThat(bins)
                .extracting(DirectionForecasts.Bin::rows)
                .containsExactly(1L, 0L, 0L, 2L, 0L, 0L, 0L, 0L, 0L, 3L);
        DirectionForecasts.Bin top = bins.get(9);
        assertThat(top.lower()).isEqualTo(0.9);
        assertThat(top.upper()).isEqualTo(1);
        // 0.95, 0.91 and 1 forecast; a rise, a fall and no move observed
        assertThat(top.meanForecast()).isCloseTo(2.86 / 3, within(1e-12));
        assertThat(top.observedShare()).isCloseTo(0.5, within(1e-12));
        assertThat(bins.get(3).meanForecast()).isCloseTo(0.325, within(1e-12));
        assertThat(bins.get(3).observedShare()).isCloseTo(0.5, within(1e-12));
        assertThat(bins.get(0).observedShare()).isEqualTo(1);
        assertThat(bins.get(1).meanForecast()).isNaN();
        // the bins' edges: 0.3 and 0.7 open their tenths, 1 is in the last
        assertThat(DirectionForecasts.bin(0.3)).isEqualTo(3);
        assertThat(DirectionForecasts.bin(0.7)).isEqualTo(7);
        assertThat(DirectionForecasts.bin(0.6999)).isEqualTo(6);
        assertThat(DirectionForecasts.bin(1)).isEqualTo(9);
        assertThat(DirectionForecasts.bin(0)).isEqualTo(0);
        assertThat(DirectionForecasts.isConfident(0.7)).isTrue();
        assertThat(DirectionForecasts.isConfident(0.3)).isTrue();
        assertThat(DirectionForecasts.isConfident(0.31)).isFalse();
        assertThat(DirectionForecasts.isConfident(0.69)).isFalse();
    }

    @Test
    void aReportScoresItsRowsWithClimatologyFromItsOtherEpisodes() {
        Report report = new Report("hand", ROWS);
        assertThat(report.directions(Report.episode("a")).climatologyBrier())
                .isCloseTo((0.75 * 0.75 + 0.25 * 0.25) / 2, within(1e-12));
        assertThat(report.directions(row -> true)).isEqualTo(DirectionForecasts.score(ROWS, ROWS));
    }

    @Test
    void plattsRecalibrationIsTheIdentityAtAZeroInterceptAndAUnitSlope() {
        PlattRecalibration identity = new PlattRecalibration(0, 1, 0);
        assertThat(identity.apply(0.8)).isCloseTo(0.8, within(1e-12));
        // the clip: 0 and 1 are read as 0.001 and 0.999
        assertThat(identity.apply(0)).isCloseTo(0.001, within(1e-12));
        assertThat(identity.apply(1)).isCloseTo(0.999, within(1e-12));
        // a halved slope draws a probability towards 1/2: logit 0.8 = ln 4, halved ln 2, so 2/3
        assertThat(new PlattRecalibration(0, 0.5, 0).apply(0.8)).isCloseTo(2.0 / 3, within(1e-12));
        // fitted where the outcomes are the forecasts' own odds: a share 0.8 of rows rising at 0.8, 0.2 at 0.2
        List<Row> rows = new java.util.ArrayList<>();
        for (int i = 0; i < 10; i++) {
            rows.add(price("a", 0.8, i < 8 ? 1.1 : 0.9, i < 8));
            rows.add(price("b", 0.2, i < 2 ? 1.1 : 0.9, i >= 2));
        }
        PlattRecalibration fitted = PlattRecalibration.fit(rows);
        assertThat(fitted.intercept()).isCloseTo(0, within(1e-9));
        assertThat(fitted.slope()).isCloseTo(1, within(1e-9));
        assertThat(fitted.rows()).isEqualTo(20);
    }
}
