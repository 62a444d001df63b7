package lodestone.sim.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import lodestone.sim.engine.Series;
import org.junit.jupiter.api.Test;

/**
 * The counting behind every coverage figure, on rows built by hand: shares inside the band and of right directions by
 * role and episode, the interval score on each side of the band, and the checks of observations, aggregates and
 * episodes.
 */
class ReportTest {
    private static Row row(
            String episode, Episode.Role role, Series series, double y, double p10, double p90, Boolean direction) {
        return new Row(
                episode,
                role,
                BacktestTest.observation(episode + "-" + series.id(), series, y),
                p10,
                (p10 + p90) / 2,
                p90,
                y >= p10 && y <= p90,
                Optional.ofNullable(direction),
                OptionalDouble.empty(),
                1000);
    }

    /** Five rows: a has two calibration rows (1 inside, 1 price right), b three test rows (2 inside, prices 1 of 2). */
    private static Report report() {
        return new Report(
                "hand",
                List.of(
                        row("a", Episode.Role.CALIBRATION, Series.EXPORTS, 1, 0.5, 2, null),
                        row("a", Episode.Role.CALIBRATION, Series.PRICE_OUTSIDE, 3, 1, 2, true),
                        row("b", Episode.Role.TEST, Series.PRICE_INSIDE, 1, 0.5, 2, false),
                        row("b", Episode.Role.TEST, Series.RECEIPTS, 0.1, 0.5, 2, null),
                        row("b", Episode.Role.TEST, Series.PRICE_REALISED, 1.5, 1, 2, true)));
    }

    @Test
    void coverageIsTheShareOfTheChosenRowsInsideTheirBand() {
        Report report = report();
        assertThat(report.coverage(r -> true)).isEqualTo(3 / 5.0);
        assertThat(report.coverage(Report.role(Episode.Role.CALIBRATION))).isEqualTo(1 / 2.0);
        assertThat(report.coverage(Report.role(Episode.Role.TEST))).isEqualTo(2 / 3.0);
        assertThat(report.coverage(Report.episode("b"))).isEqualTo(2 / 3.0);
        assertThat(report.coverage(Report.episode("nothing"))).isNaN();
        assertThat(report.count(r -> true)).isEqualTo(5);
        assertThat(report.count(Report.episode("a"))).isEqualTo(2);
        assertThat(report.count(Report.role(Episode.Role.TEST))).isEqualTo(3);
        assertThat(report.count(Report.episode("nothing"))).isZero();
    }

    @Test
    void directionsCountOnlyThePriceRows() {
        Report report = report();
        assertThat(report.directionRight(r -> true)).isEqualTo(2 / 3.0);
        assertThat(report.directionRight(Report.episode("a"))).isEqualTo(1.0);
        assertThat(report.directionRight(Report.role(Episode.Role.TEST))).isEqualTo(1 / 2.0);
        assertThat(report.directionRight(r -> !r.observation().series().isPrice()))
                .isNaN();
    }

    @Test
    void theMeanIntervalScoreAveragesTheChosenRows() {
        Report report = report();
        // row 1: inside, width ln(2.05 / 0.55); row 2: above, width ln(2.05 / 1.05) + 10 ln(3.05 / 2.05)
        double first = Math.log(2.05) - Math.log(0.55);
        double second = Math.log(2.05) - Math.log(1.05) + 10 * (Math.log(3.05) - Math.log(2.05));
        assertThat(report.rows().get(1).intervalScore()).isCloseTo(second, within(1e-12));
        assertThat(report.meanIntervalScore(Report.episode("a"))).isCloseTo((first + second) / 2, within(1e-12));
        assertThat(report.meanIntervalScore(Report.episode("nothing"))).isNaN();
    }

    @Test
    void belowTheBandTheScoreAddsTenTimesTheMissToTheWidth() {
        // receipts of 0.1 under [0.5, 2]: ln(2.05 / 0.55) + 10 ln(0.55 / 0.15)
        Row below = report().rows().get(3);
        assertThat(below.intervalScore())
                .isCloseTo(Math.log(2.05) - Math.log(0.55) + 10 * (Math.log(0.55) - Math.log(0.15)), within(1e-12));
    }

    @Test
    void theIntervalScoreFloorsNegativeValuesAtZeroOnTheLogScale() {
        // months to a first stop can be negative (a stop before the start): ln(max(0, -2) + 0.05) = ln 0.05
        Row early = row("a", Episode.Role.TEST, Series.SHORTFALL, 1, -2, 3, null);
        assertThat(early.intervalScore()).isCloseTo(Math.log(3.05) - Math.log(0.05), within(1e-12));
        Row onTheEdge = row("a", Episode.Role.TEST, Series.SHORTFALL, 3, 1, 3, null);
        assertThat(onTheEdge.intervalScore()).isCloseTo(Math.log(3.05) - Math.log(1.05), within(1e-12));
    }

    @Test
    void theReportKeepsACopyOfItsRows() {
        List<Row> rows = new java.util.ArrayList<>(report().rows());
        Report report = new Report("copy", rows);
        rows.clear();
        assertThat(report.rows()).hasSize(5);
        assertThat(report.label()).isEqualTo("copy");
    }

    @Test
    void everyAggregateParsesInEitherSpellingAndOthersAreRefused() {
        assertThat(Aggregate.parse("MEAN")).isEqualTo(Aggregate.MEAN);
        assertThat(Aggregate.parse("volumeWeighted")).isEqualTo(Aggregate.VOLUME_WEIGHTED);
        assertThat(Aggregate.parse("volume-weighted")).isEqualTo(Aggregate.VOLUME_WEIGHTED);
        assertThat(Aggregate.parse("worldVolumeWeighted")).isEqualTo(Aggregate.WORLD_VOLUME_WEIGHTED);
        assertThat(Aggregate.parse("world-volume-weighted")).isEqualTo(Aggregate.WORLD_VOLUME_WEIGHTED);
        assertThat(Aggregate.parse("firstStop")).isEqualTo(Aggregate.FIRST_STOP);
        assertThat(Aggregate.parse("first-stop")).isEqualTo(Aggregate.FIRST_STOP);
        assertThatThrownBy(() -> Aggregate.parse("median"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("aggregate (median) must be one of mean, volumeWeighted, worldVolumeWeighted, firstStop.");
    }

    private static Observation observation(
            Series series,
            Aggregate aggregate,
            YearMonth from,
            YearMonth to,
            Optional<YearMonth> relativeFrom,
            Optional<YearMonth> relativeTo,
            double value) {
        return ObservationFields.copy(BacktestTest.observation("o", series, value), f -> {
            f.aggregate = aggregate;
            f.from = from;
            f.to = to;
            f.relativeFrom = relativeFrom;
            f.relativeTo = relativeTo;
            f.tier = "low";
        });
    }

    @Test
    void anObservationsWindowAndValueAreChecked() {
        YearMonth jan = YearMonth.of(2024, 1);
        YearMonth feb = YearMonth.of(2024, 2);
        Optional<YearMonth> none = Optional.empty();
        assertThat(observation(Series.EXPORTS, Aggregate.MEAN, jan, jan, none, none, 0)
                        .value())
                .isZero();
        assertThatThrownBy(() -> observation(Series.EXPORTS, Aggregate.MEAN, feb, jan, none, none, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("observation o (window 2024-02..2024-01")
                .hasMessageContaining("must have from <= to and both or neither relative month");
        assertThatThrownBy(() -> observation(Series.EXPORTS, Aggregate.MEAN, jan, feb, Optional.of(jan), none, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("both or neither relative month");
        assertThatThrownBy(() -> observation(Series.EXPORTS, Aggregate.MEAN, jan, feb, none, Optional.of(jan), 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("both or neither relative month");
        assertThat(observation(Series.EXPORTS, Aggregate.MEAN, jan, feb, Optional.of(jan), Optional.of(jan), 1)
                        .relativeTo())
                .contains(jan);
        assertThatThrownBy(() -> observation(Series.EXPORTS, Aggregate.MEAN, jan, jan, none, none, -0.5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("observation o value (-0.5) must be finite and >= 0.");
        assertThatThrownBy(() -> observation(Series.EXPORTS, Aggregate.MEAN, jan, jan, none, none, Double.NaN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("value (NaN)");
        assertThatThrownBy(() ->
                        observation(Series.EXPORTS, Aggregate.MEAN, jan, jan, none, none, Double.POSITIVE_INFINITY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("value (Infinity)");
    }

    @Test
    void onlyAPricesMoveIsScoredForDirection() {
        YearMonth jan = YearMonth.of(2024, 1);
        Optional<YearMonth> none = Optional.empty();
        assertThat(observation(Series.PRICE_OUTSIDE, Aggregate.MEAN, jan, jan, none, none, 1)
                        .isPriceMove())
                .isTrue();
        assertThat(observation(Series.PRICE_REALISED, Aggregate.VOLUME_WEIGHTED, jan, jan, none, none, 1)
                        .isPriceMove())
                .isTrue();
        assertThat(observation(Series.PRICE_INSIDE, Aggregate.FIRST_STOP, jan, jan, none, none, 1)
                        .isPriceMove())
                .isFalse();
        assertThat(observation(Series.EXPORTS, Aggregate.MEAN, jan, jan, none, none, 1)
                        .isPriceMove())
                .isFalse();
    }

    @Test
    void anEpisodeFindsItsScenariosAndTakesMoreRowsAfterItsOwn() {
        Episode episode = HandEpisodes.episode("hand", lodestone.sim.scenario.Behaviour.PRIOR);
        assertThat(episode.scenario("world")).map(s -> s.id()).contains("world");
        assertThat(episode.scenario("elsewhere")).isEmpty();
        Observation extra = BacktestTest.exportsObservation("extra", 1);
        Episode more = episode.withMoreObservations(List.of(extra));
        assertThat(more.observations()).hasSize(episode.observations().size() + 1);
        assertThat(more.observations().subList(0, episode.observations().size()))
                .isEqualTo(episode.observations());
        assertThat(more.observations().get(episode.observations().size())).isEqualTo(extra);
        assertThat(more)
                .usingRecursiveComparison()
                .ignoringFields("observations")
                .isEqualTo(episode);
    }

    @Test
    void theShippedEpisodesAreNamedAndAnUnknownOneIsRefused() {
        assertThat(Episodes.resource("cn-graphite-2023")).isEqualTo("lodestone/sim/backtest/cn-graphite-2023.yaml");
        assertThat(Episodes.developmentResource("backtest-blind5"))
                .isEqualTo("lodestone/sim/backtest/development/backtest-blind5.yaml");
        assertThatThrownBy(() -> Episodes.resource("cn-nothing"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("episode (cn-nothing) is not known; episodes: cn-ga-ge-2023, ");
    }
}
