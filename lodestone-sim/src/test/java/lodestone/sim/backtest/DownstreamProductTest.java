package lodestone.sim.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import lodestone.sim.Fixtures;
import lodestone.sim.engine.MonteCarloEngine;
import lodestone.sim.engine.PathOutcomes;
import lodestone.sim.engine.RunOptions;
import lodestone.sim.engine.ScenarioResult;
import lodestone.sim.engine.Series;
import lodestone.sim.scenario.Behaviour;
import lodestone.sim.scenario.ScenarioSpec;
import org.junit.jupiter.api.Test;

/**
 * A downstream product's price ({@link DownstreamProduct}), worked by hand on the hand episode's first gallium market:
 * its stocks are uniform(0.5, 3), median 1.75 months, and the first look's forward window is 6 months, so a product with
 * a feed share of 0.5 and 1 month of stocks carries π = 0.5 × (1.75 + 6) / (1 + 6) = 3.875 / 7 of the market's log
 * price move: a market price of 2 in a month is a downstream price of 2^(3.875 / 7) = 1.46771 in that month.
 */
class DownstreamProductTest {
    private static final double PI = 3.875 / 7;

    private static final String ROWS = """
            - {id: ore-mar, market: gallium, series: priceOutside, from: 2024-03, value: 1.2, source: hand}
            - {id: metal-mar, market: gallium, series: priceOutside, from: 2024-03, value: 1.2, source: hand,
               stage: downstream}
            - {id: metal-old, market: gallium, series: priceOutside, from: 2024-03, value: 1.2, source: hand}
            - {id: ore-q2, market: gallium, series: priceOutside, from: 2024-04, to: 2024-06, relativeFrom: 2023-12,
               value: 1.2, source: hand}
            - {id: metal-q2, market: gallium, series: priceOutside, from: 2024-04, to: 2024-06, relativeFrom: 2023-12,
               value: 1.2, source: hand, stage: downstream}
            - {id: other-market, market: "gallium#2", series: priceOutside, from: 2024-03, value: 1.2, source: hand,
               stage: downstream}
            - {id: exports-mar, market: gallium, series: exports, from: 2024-03, value: 0.5, source: hand}
            """;

    private static final String DECLARED = """
            downstreamProducts:
              - market: gallium
                product: gallium metal
                feedShare: 0.5
                stocksMonths: 1
                basis: hand
                rows: [metal-old]
                rowsBasis: the record calls it the metal
            """;

    @Test
    void thePassThroughIsTheFeedShareTimesTheMarketsCoverOverTheProductsByHand() {
        Episode episode = HandEpisodes.read(HandEpisodes.yaml("hand", "test", ROWS) + DECLARED);
        ScenarioSpec world = episode.scenario("world").orElseThrow();
        DownstreamProduct metal = episode.downstreamProducts().get(0);
        assertThat(metal)
                .isEqualTo(new DownstreamProduct(
                        "world",
                        "gallium",
                        "gallium metal",
                        0.5,
                        1,
                        "hand",
                        Set.of("metal-old"),
                        "the record calls it the metal"));
        assertThat(metal.passThrough(world.markets().get(0))).isCloseTo(PI, within(1e-15));
        // the second market holds uniform(0.2, 1): median 0.6, so 0.5 × 6.6 / 7
        assertThat(metal.passThrough(world.markets().get(1))).isCloseTo(3.3 / 7, within(1e-15));
        // one month at a market price of 2
        assertThat(DownstreamProduct.apply(2, PI)).isCloseTo(1.4677145674612442, within(1e-12));
        assertThat(DownstreamProduct.apply(0.5, PI)).isCloseTo(Math.pow(0.5, PI), within(1e-15));
        assertThat(DownstreamProduct.apply(1.7, 1)).isEqualTo(1.7);
        assertThat(DownstreamProduct.apply(1, PI)).isEqualTo(1);
        // a product made wholly from the market with no stocks of its own moves as the market (π capped at 1)
        DownstreamProduct whole = new DownstreamProduct("world", "gallium", "p", 1, 0, "b", Set.of(), "");
        assertThat(whole.passThrough(world.markets().get(0))).isEqualTo(1);
        DownstreamProduct none = new DownstreamProduct("world", "gallium", "p", 0, 3, "b", Set.of(), "");
        assertThat(none.passThrough(world.markets().get(0))).isZero();
    }

    @Test
    void aDownstreamRowIsTheMarketsPriceToThePowerPiMonthByMonth() {
        Episode episode = HandEpisodes.read(HandEpisodes.yaml("hand", "test", ROWS) + DECLARED);
        Episode plain = HandEpisodes.read(HandEpisodes.yaml("hand", "test", ROWS));
        ScenarioSpec world = episode.scenario("world").orElseThrow();
        ScenarioResult result = MonteCarloEngine.run(world, RunOptions.of(40, 3).keepingPaths());
        PathOutcomes paths = result.markets().get(0).paths().orElseThrow();
        YearMonth first = result.firstMonth();
        Observation ore = HandEpisodes.row(episode, "ore-mar");
        Observation metal = HandEpisodes.row(episode, "metal-mar");
        Observation q2 = HandEpisodes.row(episode, "metal-q2");
        assertThat(Backtest.passThrough(episode, metal)).isCloseTo(PI, within(1e-15));
        assertThat(Backtest.passThrough(episode, ore)).isEqualTo(1);
        assertThat(Backtest.passThrough(plain, HandEpisodes.row(plain, "metal-mar")))
                .as("a downstream row without facts is scored against the market's price")
                .isEqualTo(1);
        int march = 4; // 2023-11 is month 0
        boolean moved = false;
        for (int p = 0; p < 40; p++) {
            double x = paths.value(Series.PRICE_OUTSIDE, p, march);
            // one month: the market's price to the power π
            assertThat(Backtest.reduce(paths, p, metal, first, metal.from(), metal.to(), PI))
                    .isCloseTo(Math.pow(x, PI), within(1e-12));
            moved |= Math.abs(x - 1) > 0.01;
            // a window: the mean of each month's power, not the power of the mean
            double sum = 0;
            for (int t = 5; t <= 7; t++) {
                sum += Math.pow(paths.value(Series.PRICE_OUTSIDE, p, t), PI);
            }
            assertThat(Backtest.reduce(paths, p, q2, first, q2.from(), q2.to(), PI))
                    .isCloseTo(sum / 3, within(1e-12));
            assertThat(Backtest.reduce(
                            paths,
                            p,
                            q2,
                            first,
                            q2.relativeFrom().orElseThrow(),
                            q2.relativeTo().orElseThrow(),
                            PI))
                    .isCloseTo(Math.pow(paths.value(Series.PRICE_OUTSIDE, p, 1), PI), within(1e-12));
        }
        assertThat(moved).as("the market's price moves in March on some path").isTrue();
        // the quantiles of a monotone transform are the transformed quantiles
        Row oreRow = Backtest.score(episode, ore, result, result.markets().get(0));
        for (String id : List.of("metal-mar", "metal-old")) {
            Row metalRow = HandEpisodes.score(episode, id, result);
            assertThat(metalRow.p10()).isCloseTo(Math.pow(oreRow.p10(), PI), within(1e-12));
            assertThat(metalRow.p50()).isCloseTo(Math.pow(oreRow.p50(), PI), within(1e-12));
            assertThat(metalRow.p90()).isCloseTo(Math.pow(oreRow.p90(), PI), within(1e-12));
            assertThat(metalRow.p90()).isLessThan(oreRow.p90());
            assertThat(metalRow.directionRight()).isEqualTo(oreRow.directionRight());
        }
    }

    @Test
    void theEpisodeRelabelsTheRowsItNamesAndLeavesEveryOtherRowAsItWas() {
        Episode episode = HandEpisodes.read(HandEpisodes.yaml("hand", "test", ROWS) + DECLARED);
        assertThat(HandEpisodes.row(episode, "metal-old").stage()).isEqualTo(Stage.DOWNSTREAM);
        assertThat(HandEpisodes.row(episode, "metal-mar").stage()).isEqualTo(Stage.DOWNSTREAM);
        assertThat(HandEpisodes.row(episode, "ore-mar").stage()).isEqualTo(Stage.MARKET);
        assertThat(episode.downstreamProduct(HandEpisodes.row(episode, "metal-old")))
                .contains(episode.downstreamProducts().get(0));
        assertThat(episode.downstreamProduct(HandEpisodes.row(episode, "ore-mar")))
                .isEmpty();
        // a declaration is for its market only: the second market's downstream row has no facts
        assertThat(episode.downstreamProduct(HandEpisodes.row(episode, "other-market")))
                .isEmpty();
        // rows joined later (a development record) are relabelled as they join
        Observation late = BacktestTest.observation("late", Series.PRICE_OUTSIDE, 1.1);
        Episode declared = HandEpisodes.read(HandEpisodes.yaml("hand", "test", ROWS)
                + DECLARED.replace("rows: [metal-old]", "rows: [metal-old, late]"));
        assertThat(declared.withMoreObservations(List.of(late)).observations())
                .filteredOn(o -> o.id().equals("late"))
                .singleElement()
                .extracting(Observation::stage)
                .isEqualTo(Stage.DOWNSTREAM);
        // without a declaration every row scores as before, bit for bit
        Episode plain = HandEpisodes.read(HandEpisodes.yaml("hand", "test", ROWS));
        try (MonteCarloEngine engine = new MonteCarloEngine(1)) {
            List<Row> before =
                    Backtest.run(List.of(plain), engine, 100, 7, "plain").rows();
            List<Row> after =
                    Backtest.run(List.of(episode), engine, 100, 7, "declared").rows();
            for (int i = 0; i < before.size(); i++) {
                String id = before.get(i).observation().id();
                if (id.startsWith("metal")) {
                    assertThat(after.get(i).p90())
                            .as(id)
                            .isLessThan(before.get(i).p90());
                } else {
                    assertThat(after.get(i).p10())
                            .as(id)
                            .isEqualTo(before.get(i).p10());
                    assertThat(after.get(i).p50())
                            .as(id)
                            .isEqualTo(before.get(i).p50());
                    assertThat(after.get(i).p90())
                            .as(id)
                            .isEqualTo(before.get(i).p90());
                }
            }
        }
    }

    @Test
    void noShippedEpisodeDeclaresADownstreamProduct() throws java.io.IOException {
        // measured on the two nickel ore episodes on 6 December 2026 and not shipped
        // (docs/research/backtest-studies/with-the-downstream-term.md, "With the downstream term: measured, not
        // shipped"): their declarations are commented out in the episode files, so every development row is scored
        // against its market's own price. Record 19's researcher marked its LME rows `stage: downstream` (the refined
        // metal, where the market is the ore); with no product declared they are scored against the ore's outside price
        // too, as are record 21's ten alumina rows (spot index and futures, a product of the bauxite the market
        // prices), record 23's three lithium carbonate rows (the converters' product of the lithium ore the market
        // prices), record 24's three alumina rows (China's refiners' product of the bauxite the market prices) and
        // record 25's two alumina rows (north China's domestic price and Australian alumina landed in China, products
        // of the bauxite the market prices); records 26 to 28 have none; record 30's seven
        // rows of the DRC's export reference price for tin metal (stage reference; the episode declares no reference
        // price, so they are scored as their series says); record 34's twelve rows of the LME's refined copper price
        // and
        // two of Indonesia's export benchmark price (HPE) for copper concentrate (stage reference; the episode declares
        // no reference price, so they are scored as their series says); record 35's twelve rows of the LME's refined
        // copper price (stage reference; pa-copper-2023 declares no reference price either); record 37's five rows of
        // South African semi-carbonate manganese ore CIF China (stage reference; ga-manganese-2023 declares no
        // reference price) and record 38's twelve rows of the LME's refined copper price (stage reference;
        // pe-copper-2023
        // declares none either). They are the only rows not of their market's stage
        List<Episode> development =
                Episodes.withDevelopment(Fixtures::text, Fixtures.catalogue(), Behaviour.CALIBRATED);
        assertThat(development).isNotEmpty();
        assertThat(development.stream()
                        .filter(e -> !e.downstreamProducts().isEmpty()
                                || !e.referencePrices().isEmpty())
                        .map(Episode::id))
                .isEmpty();
        assertThat(development.stream()
                        .flatMap(e -> e.observations().stream())
                        .filter(o -> o.stage() != Stage.MARKET)
                        .map(Observation::id))
                .hasSize(11 + 10 + 3 + 3 + 2 + 7 + 14 + 12 + 5 + 12)
                .allMatch(id -> id.startsWith("pn19-lme-")
                        || id.startsWith("gb21-al")
                        || id.startsWith("zl23-li2co3-")
                        || id.startsWith("ib24-alumina-")
                        || id.startsWith("mb25-alumina-")
                        || id.startsWith("ct30-")
                        || id.startsWith("ic34-lme-")
                        || id.startsWith("ic34-hpe-")
                        || id.startsWith("pc35-lme-")
                        || id.startsWith("gm37-sc-")
                        || id.startsWith("pc38-lme-"));
    }

    @Test
    void theReaderRefusesAStageThatIsNotAnOutsidePriceAndADeclarationWithoutItsFacts() {
        assertThat(HandEpisodes.problems(HandEpisodes.yaml("hand", "test", """
                        - {id: a, market: gallium, series: exports, from: 2024-03, value: 1, source: h, stage: downstream}
                        - {id: b, market: gallium, series: priceOutside, from: 2024-03, value: 1, source: h, stage: metal}
                        - {id: c, market: gallium, series: priceInside, from: 2024-03, value: 1, source: h,
                           stage: downstream}
                        """)))
                .containsExactlyInAnyOrder(
                        "observations[a].stage (downstream) is only read for an outside price (series priceOutside): a"
                                + " downstream product's price is derived from the market's outside price.",
                        "observations[b].stage (metal) must be market, downstream or reference.",
                        "observations[c].stage (downstream) is only read for an outside price (series priceOutside): a"
                                + " downstream product's price is derived from the market's outside price.");
        // a row of the market's own product may say so
        assertThat(HandEpisodes.read(HandEpisodes.yaml(
                                "hand",
                                "test",
                                "- {id: a, market: gallium, series: exports, from: 2024-03, value: 1, source: h,"
                                        + " stage: MARKET}\n"))
                        .observations()
                        .get(0)
                        .stage())
                .isEqualTo(Stage.MARKET);
        String base = HandEpisodes.yaml("hand", "test", ROWS);
        assertThat(HandEpisodes.problems(base
                        + "downstreamProducts:\n  - {market: tin, product: p, feedShare: 1.5, stocksMonths: -1}\n"))
                .anySatisfy(p ->
                        assertThat(p).contains("downstreamProducts[0].market").contains("tin"))
                .anySatisfy(p -> assertThat(p).contains("downstreamProducts[0].feedShare"))
                .anySatisfy(p -> assertThat(p).contains("downstreamProducts[0].stocksMonths"))
                .anySatisfy(p -> assertThat(p).contains("downstreamProducts[0].basis"));
        assertThat(HandEpisodes.problems(base + "downstreamProducts: {market: gallium}\n"))
                .containsExactly("downstreamProducts ({\"market\":\"gallium\"}) must be a list.");
        assertThat(HandEpisodes.problems(base
                        + "downstreamProducts:\n  - {market: gallium, product: p, feedShare: 0.5, stocksMonths: 1,"
                        + " basis: b, rows: [ore-mar]}\n"))
                .singleElement()
                .asString()
                .contains("downstreamProducts[0].rowsBasis");
        assertThat(HandEpisodes.problems(base
                        + "downstreamProducts:\n  - {market: gallium, product: p, feedShare: 0.5, stocksMonths: 1,"
                        + " basis: b, rowsBasis: why}\n"))
                .containsExactly("downstreamProducts[0].rowsBasis (why) is only read with rows to relabel.");
        assertThat(HandEpisodes.problems(base
                        + "downstreamProducts:\n  - {market: gallium, product: p, feedShare: 0.5, stocksMonths: 1,"
                        + " basis: b, rows: ore-mar, rowsBasis: why}\n"))
                .containsExactly("downstreamProducts[0].rows (\"ore-mar\") must be a list of row ids.");
        assertThat(HandEpisodes.problems(base
                        + "downstreamProducts:\n  - {market: gallium, product: p, feedShare: 0.5, stocksMonths: 1,"
                        + " basis: b, rows: [], rowsBasis: why}\n"))
                .containsExactly("downstreamProducts[0].rows ([]) must name at least one row; leave it out to relabel"
                        + " none.");
        assertThat(HandEpisodes.problems(base
                        + "downstreamProducts:\n  - {scenario: nope, market: gallium, product: p, feedShare: 0.5,"
                        + " stocksMonths: 1, basis: b, share: 2}\n"))
                .anySatisfy(p ->
                        assertThat(p).contains("downstreamProducts[0].scenario").contains("nope"))
                .anySatisfy(p -> assertThat(p).contains("downstreamProducts[0]").contains("share"));
        assertThatThrownBy(() -> new DownstreamProduct("w", "m", "p", 1.1, 1, "b", Set.of(), ""))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DownstreamProduct("w", "m", "p", -0.1, 1, "b", Set.of(), ""))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DownstreamProduct("w", "m", "p", 0.5, -1, "b", Set.of(), ""))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DownstreamProduct("w", "m", "p", 0.5, Double.POSITIVE_INFINITY, "b", Set.of(), ""))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DownstreamProduct("w", "m", "p", 0.5, 1, "b", Set.of("r"), " "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("downstream product p: rows it relabels and their basis go together.");
        assertThatThrownBy(() -> new DownstreamProduct("w", "m", "p", 0.5, 1, "b", Set.of(), "why"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("downstream product p: rows it relabels and their basis go together.");
        assertThatThrownBy(
                        () -> BacktestTest.observation("x", Series.EXPORTS, 1).withStage(Stage.DOWNSTREAM))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("only an outside price");
        assertThat(Stage.find("Downstream")).contains(Stage.DOWNSTREAM);
        assertThat(Stage.find("ore")).isEmpty();
        assertThat(Stage.DOWNSTREAM.id()).isEqualTo("downstream");
    }
}
