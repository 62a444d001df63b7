package lodestone.sim.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import lodestone.sim.engine.MarketResult;
import lodestone.sim.engine.MonteCarloEngine;
import lodestone.sim.engine.PathOutcomes;
import lodestone.sim.engine.RunOptions;
import lodestone.sim.engine.ScenarioResult;
import lodestone.sim.engine.Series;
import lodestone.sim.scenario.Behaviour;
import lodestone.sim.scenario.ScenarioSpec;
import org.junit.jupiter.api.Test;

/**
 * How one observation becomes a row, checked against a reduction written out here from the paths' monthly values:
 * each aggregate over its window, the ratio to a reference window, the paths a ratio cannot use, the nearest-rank
 * P10/P50/P90 of 40 paths, the band's edges and the direction of a price move. The hand episode runs once, 40 paths.
 */
class ScoringTest {
    private static final int PATHS = 40;
    private static final long SEED = 3;
    private static final Episode EPISODE = HandEpisodes.episode("hand", Behaviour.PRIOR);
    private static final ScenarioSpec WORLD = EPISODE.scenario("world").orElseThrow();
    private static final ScenarioResult RESULT =
            MonteCarloEngine.run(WORLD, RunOptions.of(PATHS, SEED).keepingPaths());

    private static Observation observation(String id) {
        return EPISODE.observations().stream()
                .filter(o -> o.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    private static PathOutcomes paths(int market) {
        return RESULT.markets().get(market).paths().orElseThrow();
    }

    private static int month(YearMonth month) {
        return (int) ChronoUnit.MONTHS.between(HandEpisodes.FIRST, month);
    }

    /** The reduction written out: weighted sum over the window, weights 1, receipts, or receipts and home use. */
    private static double byHand(PathOutcomes paths, int p, Observation o, YearMonth from, YearMonth to) {
        if (o.aggregate() == Aggregate.FIRST_STOP) {
            return paths.monthsToFirstStop(p);
        }
        double sum = 0;
        double weights = 0;
        for (int t = month(from); t <= month(to); t++) {
            double w = o.aggregate() == Aggregate.MEAN ? 1 : paths.value(Series.RECEIPTS, p, t);
            sum += w * paths.value(o.series(), p, t);
            weights += w;
            if (o.aggregate() == Aggregate.WORLD_VOLUME_WEIGHTED) {
                sum += paths.issuerHomeUse() * paths.value(Series.PRICE_INSIDE, p, t);
                weights += paths.issuerHomeUse();
            }
        }
        return sum / weights;
    }

    /** @return every path's value for the observation, the paths a ratio cannot use left out */
    private static double[] values(PathOutcomes paths, Observation o) {
        List<Double> out = new ArrayList<>();
        for (int p = 0; p < paths.paths(); p++) {
            double value = byHand(paths, p, o, o.from(), o.to());
            if (o.relativeFrom().isPresent()) {
                double base = byHand(
                        paths,
                        p,
                        o,
                        o.relativeFrom().orElseThrow(),
                        o.relativeTo().orElseThrow());
                if (base == 0) {
                    continue;
                }
                value /= base;
            }
            out.add(value);
        }
        return out.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    }

    /**
     * A row written by hand on the hand episode's world scenario and gallium market: the mean over the window (relative
     * to the month given, if any), at the market's stage, sourced "hand" with no baseline, tier or note.
     */
    private static Observation handRow(
            String id,
            Series series,
            YearMonth from,
            YearMonth to,
            Optional<YearMonth> relativeTo,
            double value,
            Transit transit) {
        return new Observation(
                id,
                "world",
                "gallium",
                series,
                from,
                to,
                Aggregate.MEAN,
                relativeTo,
                relativeTo,
                value,
                "",
                "hand",
                "",
                "",
                transit,
                Stage.MARKET);
    }

    private static Observation withValue(Observation o, double value) {
        return ObservationFields.copy(o, f -> f.value = value);
    }

    private static Row score(Observation o) {
        int market = Markets.find(WORLD, o.market()).orElseThrow();
        return Backtest.score(EPISODE, o, RESULT, RESULT.markets().get(market));
    }

    @Test
    void theHandScenarioStartsAtItsAnnouncementAndItsPathsDiffer() {
        assertThat(RESULT.firstMonth()).isEqualTo(HandEpisodes.FIRST);
        assertThat(Markets.firstMonth(WORLD)).isEqualTo(HandEpisodes.FIRST);
        assertThat(paths(0).months()).isEqualTo(month(HandEpisodes.LAST) + 1);
        // the checks below need spread across paths and receipts that are not all equal
        assertThat(Arrays.stream(values(paths(0), observation("exports-jan"))).distinct())
                .hasSizeGreaterThan(10);
        assertThat(Arrays.stream(values(paths(0), observation("realised-q1"))).distinct())
                .hasSizeGreaterThan(10);
        assertThat(paths(0).issuerHomeUse()).isPositive();
    }

    @Test
    void eachAggregateReducesItsWindowPathByPath() {
        for (String id : List.of("exports-jan", "receipts-q1", "realised-q1", "world-q1", "stop")) {
            Observation o = observation(id);
            PathOutcomes paths = paths(Markets.find(WORLD, o.market()).orElseThrow());
            for (int p = 0; p < PATHS; p++) {
                assertThat(Backtest.reduce(paths, p, o, HandEpisodes.FIRST, o.from(), o.to()))
                        .as(id + " path " + p)
                        .isCloseTo(byHand(paths, p, o, o.from(), o.to()), within(1e-12));
            }
        }
        // the weighted means differ from the plain mean of the same window
        Observation realised = observation("realised-q1");
        Observation plain = handRow(
                "plain", Series.PRICE_REALISED, realised.from(), realised.to(), Optional.empty(), 1, Transit.AT_ISSUER);
        double[] weighted = values(paths(0), realised);
        double[] world = values(paths(0), observation("world-q1"));
        double[] mean = values(paths(0), plain);
        assertThat(weighted).isNotEqualTo(mean);
        assertThat(world).isNotEqualTo(weighted);
    }

    @Test
    void aRatioDividesByTheReferenceWindow() {
        Observation ratio = observation("outside-ratio");
        PathOutcomes paths = paths(0);
        for (int p = 0; p < PATHS; p++) {
            double value = byHand(paths, p, ratio, ratio.from(), ratio.to())
                    / byHand(paths, p, ratio, YearMonth.of(2023, 11), YearMonth.of(2023, 12));
            assertThat(value).isNotEqualTo(byHand(paths, p, ratio, ratio.from(), ratio.to()));
        }
        for (String id : List.of("outside-ratio", "exports-ratio")) {
            Observation o = observation(id);
            double[] sorted = values(paths(Markets.find(WORLD, o.market()).orElseThrow()), o);
            assertThat(sorted).as(id).hasSize(PATHS);
            Row row = score(o);
            assertThat(row.p10()).as(id).isCloseTo(sorted[3], within(1e-12));
            assertThat(row.p50()).as(id).isCloseTo(sorted[19], within(1e-12));
            assertThat(row.p90()).as(id).isCloseTo(sorted[35], within(1e-12));
        }
    }

    @Test
    void aPathWhoseReferenceIsZeroIsLeftOutAndNoPathLeavesNoBand() {
        // nobody is short in the month of the announcement: every path's reference is 0, so no path has a ratio
        YearMonth month = YearMonth.of(2024, 3);
        Observation o = handRow(
                "short-ratio", Series.SHORTFALL, month, month, Optional.of(HandEpisodes.FIRST), 0.5, Transit.AT_ISSUER);
        for (int p = 0; p < PATHS; p++) {
            assertThat(paths(0).value(Series.SHORTFALL, p, 0)).isZero();
        }
        assertThat(values(paths(0), o)).isEmpty();
        Row row = score(o);
        assertThat(row.p10()).isNaN();
        assertThat(row.p50()).isNaN();
        assertThat(row.p90()).isNaN();
        assertThat(row.inside()).isFalse();
        assertThat(row.directionRight()).isEmpty();
    }

    @Test
    void theBandIsTheNearestRankP10P50P90OfThePaths() {
        for (Observation o : EPISODE.observations()) {
            double[] sorted = values(paths(Markets.find(WORLD, o.market()).orElseThrow()), o);
            assertThat(sorted).hasSize(PATHS);
            Row row = score(o);
            // 40 paths: ranks ceil(4) = 4, ceil(20) = 20 and ceil(36) = 36, 1-based
            assertThat(row.p10()).as(o.id()).isCloseTo(sorted[3], within(1e-12));
            assertThat(row.p50()).as(o.id()).isCloseTo(sorted[19], within(1e-12));
            assertThat(row.p90()).as(o.id()).isCloseTo(sorted[35], within(1e-12));
            assertThat(row.episode()).isEqualTo("hand");
            assertThat(row.role()).isEqualTo(Episode.Role.TEST);
            assertThat(row.observation()).isEqualTo(o);
        }
    }

    @Test
    void theBandsEdgesAreInsideWithinATolerance() {
        Observation o = observation("receipts-q1");
        Row band = score(o);
        assertThat(band.p90()).isGreaterThan(band.p10());
        assertThat(score(withValue(o, band.p10())).inside()).isTrue();
        assertThat(score(withValue(o, band.p90())).inside()).isTrue();
        assertThat(score(withValue(o, band.p10() - 1e-10)).inside()).isTrue();
        assertThat(score(withValue(o, band.p90() + 1e-10)).inside()).isTrue();
        assertThat(score(withValue(o, band.p10() - 1e-6)).inside()).isFalse();
        assertThat(score(withValue(o, band.p90() + 1e-6)).inside()).isFalse();
        assertThat(score(withValue(o, (band.p10() + band.p90()) / 2)).inside()).isTrue();
        // the tolerance's own edges are inside
        assertThat(band.p10()).isGreaterThan(1e-9);
        assertThat(score(withValue(o, band.p10() - 1e-9)).inside()).isTrue();
        assertThat(score(withValue(o, band.p90() + 1e-9)).inside()).isTrue();
    }

    @Test
    void aPricesDirectionIsRightWhenTheMedianMovesTheSameWay() {
        Observation o = observation("realised-q1");
        double p50 = score(o).p50();
        assertThat(p50).isNotEqualTo(1.0);
        int model = (int) Math.signum(p50 - 1);
        assertThat(score(withValue(o, 1 + model * 0.5)).directionRight()).contains(true);
        assertThat(score(withValue(o, 1 - model * 0.5)).directionRight()).contains(false);
        // no move observed: right only if the median does not move either
        assertThat(score(withValue(o, 1)).directionRight()).contains(false);
        assertThat(score(observation("receipts-q1")).directionRight()).isEmpty();
        assertThat(score(observation("stop")).directionRight()).isEmpty();
    }

    @Test
    void aPricesProbabilityOfARiseIsTheShareOfPathsAboveOneATieCountedHalf() {
        for (String id : List.of("realised-q1", "outside-ratio")) {
            Observation o = observation(id);
            double[] values = values(paths(Markets.find(WORLD, o.market()).orElseThrow()), o);
            long above = Arrays.stream(values).filter(v -> v > 1).count();
            long at = Arrays.stream(values).filter(v -> v == 1).count();
            assertThat(score(o).riseProbability())
                    .as(id)
                    .hasValueCloseTo((above + 0.5 * at) / values.length, within(1e-12));
        }
        // the probability is the model's: the observed value does not change it
        Observation o = observation("realised-q1");
        assertThat(score(withValue(o, 0.5)).riseProbability())
                .isEqualTo(score(withValue(o, 2)).riseProbability());
        assertThat(score(observation("receipts-q1")).riseProbability()).isEmpty();
        assertThat(score(observation("stop")).riseProbability()).isEmpty();
        // paths known: two falls, a tie, five rises of eight
        assertThat(Backtest.riseProbability(new double[] {0.8, 1.2, 0.9, 1, 1.01, 1.5, 3, 1.1}))
                .isEqualTo(5.5 / 8);
        assertThat(Backtest.riseProbability(new double[] {1, 1})).isEqualTo(0.5);
        assertThat(Backtest.riseProbability(new double[0])).isNaN();
    }

    @Test
    void aRunScoresEveryObservationInOrderOnItsOwnMarket() {
        Episode calibration = EpisodeReader.read(
                HandEpisodes.yaml("hand-calibration", "calibration", HandEpisodes.OBSERVATIONS),
                "hand-calibration.yaml",
                lodestone.sim.Fixtures.catalogue(),
                Behaviour.PRIOR);
        try (MonteCarloEngine engine = new MonteCarloEngine(1)) {
            Report report = Backtest.run(List.of(EPISODE, calibration), engine, PATHS, SEED, "hand run");
            assertThat(report.label()).isEqualTo("hand run");
            assertThat(report.rows()).hasSize(2 * EPISODE.observations().size());
            List<Row> own = report.rows().subList(0, EPISODE.observations().size());
            assertThat(own).extracting(Row::observation).isEqualTo(EPISODE.observations());
            for (Row row : own) {
                assertThat(row).isEqualTo(score(row.observation()));
            }
            assertThat(report.rows()
                            .subList(
                                    EPISODE.observations().size(), report.rows().size()))
                    .allMatch(r -> r.episode().equals("hand-calibration") && r.role() == Episode.Role.CALIBRATION);
        }
        // "gallium#2" is the second market, not the first
        Observation receipts = observation("receipts-q1");
        MarketResult first = RESULT.markets().get(0);
        assertThat(Markets.find(WORLD, "gallium#2")).contains(1);
        assertThat(Markets.find(WORLD, "gallium#1")).contains(0);
        assertThat(Markets.find(WORLD, "gallium")).contains(0);
        assertThat(Markets.find(WORLD, "gallium#3")).isEmpty();
        assertThat(Markets.find(WORLD, "gallium#0")).isEmpty();
        assertThat(Markets.find(WORLD, "gallium#two")).isEmpty();
        assertThat(Markets.find(WORLD, "germanium")).isEmpty();
        assertThat(score(receipts)).isNotEqualTo(Backtest.score(EPISODE, receipts, RESULT, first));
    }

    @Test
    void aRowRecordedAtTheDestinationIsComparedWithTheMonthsItsCargoLeftIn() {
        Observation march = observation("exports-jan");
        PathOutcomes paths = paths(0);
        YearMonth jan = YearMonth.of(2024, 1);
        YearMonth mar = YearMonth.of(2024, 3);
        // January and March 2024 are months 2 and 4 of the hand scenario (November 2023 is month 0)
        assertThat(month(jan)).isEqualTo(2);
        assertThat(month(mar)).isEqualTo(4);
        Observation oneToTwo = recordedAt(march, mar, mar, new Transit(1, 2, "hand"));
        Observation three = recordedAt(march, mar, mar, new Transit(3, 3, "hand"));
        Observation janTwoToFour = recordedAt(march, jan, jan, new Transit(2, 4, "hand"));
        Observation q1OneToTwo = recordedAt(march, jan, mar, new Transit(1, 2, "hand"));
        for (int p = 0; p < PATHS; p++) {
            double dec = paths.value(Series.EXPORTS, p, 1);
            double jan2 = paths.value(Series.EXPORTS, p, 2);
            double feb = paths.value(Series.EXPORTS, p, 3);
            double nov = paths.value(Series.EXPORTS, p, 0);
            // arrivals in March: half left in February, half in January
            assertThat(Backtest.reduce(paths, p, oneToTwo, HandEpisodes.FIRST, mar, mar))
                    .isCloseTo((feb + jan2) / 2, within(1e-12));
            // one transit time: the month three before, December
            assertThat(Backtest.reduce(paths, p, three, HandEpisodes.FIRST, mar, mar))
                    .isCloseTo(dec, within(1e-12));
            // arrivals in January left in November (simulated), October and September (before the first month: 1)
            assertThat(Backtest.reduce(paths, p, janTwoToFour, HandEpisodes.FIRST, jan, jan))
                    .isCloseTo((nov + 1 + 1) / 3, within(1e-12));
            // a window: the mean over January-March of each month's mean over its departures
            assertThat(Backtest.reduce(paths, p, q1OneToTwo, HandEpisodes.FIRST, jan, mar))
                    .isCloseTo(((dec + nov) / 2 + (jan2 + dec) / 2 + (feb + jan2) / 2) / 3, within(1e-12));
        }
        // the announcement's month is simulated, the months before it are not: a price moved by the month's shock
        Observation priceJan =
                handRow("price-jan", Series.PRICE_OUTSIDE, jan, jan, Optional.empty(), 1, new Transit(2, 4, "hand"));
        int moved = 0;
        for (int p = 0; p < PATHS; p++) {
            double nov = paths.value(Series.PRICE_OUTSIDE, p, 0);
            assertThat(Backtest.reduce(paths, p, priceJan, HandEpisodes.FIRST, jan, jan))
                    .isCloseTo((nov + 1 + 1) / 3, within(1e-12));
            if (nov != 1) {
                moved++;
            }
        }
        assertThat(moved).isPositive();
        // the level before the measure: every index at 1, no shortfall
        assertThat(Backtest.beforeTheMeasure(Series.EXPORTS)).isEqualTo(1);
        assertThat(Backtest.beforeTheMeasure(Series.PRICE_OUTSIDE)).isEqualTo(1);
        assertThat(Backtest.beforeTheMeasure(Series.SHORTFALL)).isZero();
        // the band follows: a row recorded three months after departure has the band of December's departures
        Row shifted = score(three);
        Row december = score(recordedAt(march, YearMonth.of(2023, 12), YearMonth.of(2023, 12), Transit.AT_ISSUER));
        assertThat(shifted.p10()).isEqualTo(december.p10());
        assertThat(shifted.p50()).isEqualTo(december.p50());
        assertThat(shifted.p90()).isEqualTo(december.p90());
    }

    private static Observation recordedAt(Observation o, YearMonth from, YearMonth to, Transit transit) {
        return ObservationFields.copy(o, f -> {
            f.from = from;
            f.to = to;
            f.transit = transit;
            f.stage = Stage.MARKET;
        });
    }
}
