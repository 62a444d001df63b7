package lodestone.sim.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import lodestone.sim.engine.MonteCarloEngine;
import lodestone.sim.engine.RunOptions;
import lodestone.sim.engine.ScenarioResult;
import lodestone.sim.engine.Series;
import org.junit.jupiter.api.Test;

/**
 * A reference price a government sets from world prices ({@link ReferencePrice}), worked by hand on the hand episode
 * (it simulates 2023-11..2024-06): a benchmark for March 2024 set from February's prices is the model's outside price
 * of February, path by path; one for December 2023 set from prices two months before reads October 2023, before the
 * first simulated month, so it is 1 on every path.
 */
class ReferencePriceTest {
    private static final String ROWS = """
            - {id: ore-feb, market: gallium, series: priceOutside, from: 2024-02, value: 1.1, source: hand}
            - {id: hpe-mar, market: gallium, series: priceRealised, from: 2024-03, value: 1.1, source: hand,
               stage: reference}
            - {id: hpe-old, market: gallium, series: priceRealised, from: 2024-03, value: 1.1, source: hand}
            - {id: realised-mar, market: gallium, series: priceRealised, from: 2024-03, value: 1.1, source: hand}
            - {id: hpe-other, market: "gallium#2", series: priceRealised, from: 2024-03, value: 1.1, source: hand,
               stage: reference}
            """;

    private static final String DECLARED = """
            referencePrices:
              - market: gallium
                product: an export benchmark
                lagMonths: 1
                basis: set from the month before's prices
                rows: [hpe-old]
                rowsBasis: the record calls it a benchmark
            """;

    @Test
    void aReferencePriceIsTheOutsidePriceOfTheMonthsItsRuleReads() {
        Episode episode = HandEpisodes.read(HandEpisodes.yaml("hand", "test", ROWS) + DECLARED);
        ScenarioResult result = MonteCarloEngine.run(
                episode.scenario("world").orElseThrow(), RunOptions.of(40, 3).keepingPaths());
        Row february = HandEpisodes.score(episode, "ore-feb", result);
        Row realised = HandEpisodes.score(episode, "realised-mar", result);
        assertThat(february.p90()).isGreaterThan(february.p10());
        for (String id : List.of("hpe-mar", "hpe-old")) {
            Row hpe = HandEpisodes.score(episode, id, result);
            // March's benchmark is February's outside price, path by path, so its quantiles are February's
            assertThat(hpe.p10()).as(id).isEqualTo(february.p10());
            assertThat(hpe.p50()).as(id).isEqualTo(february.p50());
            assertThat(hpe.p90()).as(id).isEqualTo(february.p90());
            assertThat(hpe.directionRight()).isEqualTo(february.directionRight());
            // the row reported is the record's, its series and stage as read
            assertThat(hpe.observation()).isEqualTo(HandEpisodes.row(episode, id));
            assertThat(hpe.observation().series()).isEqualTo(Series.PRICE_REALISED);
            assertThat(hpe.observation().stage()).isEqualTo(Stage.REFERENCE);
            assertThat(hpe.p90()).isNotEqualTo(realised.p90());
        }
        // without a declaration a reference row is scored as its series says: the realised price of March
        Episode plain = HandEpisodes.read(HandEpisodes.yaml("hand", "test", ROWS));
        Row undeclared = HandEpisodes.score(plain, "hpe-mar", result);
        assertThat(undeclared.p10()).isEqualTo(realised.p10());
        assertThat(undeclared.p90()).isEqualTo(realised.p90());
        // the declaration is for its market only
        assertThat(episode.referencePrice(HandEpisodes.row(episode, "hpe-other")))
                .isEmpty();
        assertThat(episode.referencePrice(HandEpisodes.row(episode, "realised-mar")))
                .isEmpty();
        assertThat(HandEpisodes.row(episode, "hpe-old").stage()).isEqualTo(Stage.REFERENCE);
        assertThat(HandEpisodes.row(episode, "realised-mar").stage()).isEqualTo(Stage.MARKET);
    }

    @Test
    void aBenchmarkSetBeforeTheFirstSimulatedMonthIsOneOnEveryPath() {
        String rows = """
                - {id: hpe-dec, market: gallium, series: priceRealised, from: 2023-12, value: 1.027, source: hand,
                   stage: reference}
                """;
        Episode episode = HandEpisodes.read(HandEpisodes.yaml("hand", "test", rows)
                + DECLARED.replace("lagMonths: 1", "lagMonths: 2").replace("rows: [hpe-old]", "rows: [hpe-dec]"));
        ScenarioResult result = MonteCarloEngine.run(
                episode.scenario("world").orElseThrow(), RunOptions.of(40, 3).keepingPaths());
        Row hpe = HandEpisodes.score(episode, "hpe-dec", result);
        assertThat(List.of(hpe.p10(), hpe.p50(), hpe.p90())).containsOnly(1.0);
        assertThat(hpe.inside()).isFalse();
        // a median of exactly 1 is no move, which a rise is not
        assertThat(hpe.directionRight()).contains(false);
        // the scored form: the outside price, its months read two months back
        ReferencePrice rule = episode.referencePrices().get(0);
        Observation scored = rule.scored(HandEpisodes.row(episode, "hpe-dec"));
        assertThat(scored.series()).isEqualTo(Series.PRICE_OUTSIDE);
        assertThat(scored.transit()).isEqualTo(new Transit(2, 2, "set from the month before's prices"));
        assertThat(scored.stage()).isEqualTo(Stage.MARKET);
        assertThat(scored.value()).isEqualTo(1.027);
        assertThat(scored.from()).isEqualTo(HandEpisodes.row(episode, "hpe-dec").from());
    }

    @Test
    void theReaderRefusesAReferenceThatIsNotAPricesMeanAndARuleWithoutItsLag() {
        assertThat(HandEpisodes.problems(HandEpisodes.yaml("hand", "test", """
                        - {id: a, market: gallium, series: exports, from: 2024-03, value: 1, source: h, stage: reference}
                        - {id: b, market: gallium, series: priceRealised, from: 2024-03, value: 1, source: h,
                           aggregate: volumeWeighted, stage: reference}
                        - {id: c, market: gallium, series: priceOutside, from: 2024-03, value: 1, source: h,
                           recordedAt: destination, transitMonths: 1, transitBasis: t, stage: reference}
                        """)))
                .hasSize(3)
                .allSatisfy(p -> assertThat(p).contains(".stage (reference) is only read for a price's mean"));
        String base = HandEpisodes.yaml("hand", "test", ROWS);
        for (String lag : List.of("0", "13", "1.5")) {
            assertThat(HandEpisodes.problems(base + DECLARED.replace("lagMonths: 1", "lagMonths: " + lag)))
                    .as(lag)
                    .singleElement()
                    .asString()
                    .startsWith("referencePrices[0].lagMonths (" + lag + ")");
        }
        assertThat(HandEpisodes.problems(base + "referencePrices:\n  - {market: tin, product: p}\n"))
                .anySatisfy(
                        p -> assertThat(p).contains("referencePrices[0].market").contains("tin"))
                .anySatisfy(p -> assertThat(p).contains("referencePrices[0].lagMonths"))
                .anySatisfy(p -> assertThat(p).contains("referencePrices[0].basis"));
        assertThat(HandEpisodes.problems(base + "referencePrices: {market: gallium}\n"))
                .containsExactly("referencePrices ({\"market\":\"gallium\"}) must be a list.");
        assertThat(HandEpisodes.problems(
                        base + DECLARED.replace("    rowsBasis: the record calls it a benchmark\n", "")))
                .singleElement()
                .asString()
                .contains("referencePrices[0].rowsBasis");
        assertThat(HandEpisodes.problems(base + DECLARED.replace("lagMonths: 1", "lagMonths: 1\n    colour: red")))
                .singleElement()
                .asString()
                .contains("referencePrices[0].colour");
        assertThatThrownBy(() -> new ReferencePrice("w", "m", "p", 0, "b", Set.of(), ""))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReferencePrice("w", "m", "p", 13, "b", Set.of(), ""))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReferencePrice("w", "m", "p", 1, "b", Set.of("r"), ""))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReferencePrice("w", "m", "p", 1, "b", Set.of(), "why"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new ReferencePrice("w", "m", "p", 12, "b", Set.of("r"), "why").rows())
                .containsExactly("r");
        assertThatThrownBy(
                        () -> BacktestTest.observation("x", Series.EXPORTS, 1).withStage(Stage.REFERENCE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("reference price");
        assertThat(Stage.find("REFERENCE")).contains(Stage.REFERENCE);
    }
}
