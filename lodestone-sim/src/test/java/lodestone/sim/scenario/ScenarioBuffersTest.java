package lodestone.sim.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import lodestone.model.agreement.Party;
import lodestone.model.buffer.BufferState;
import lodestone.model.buffer.BuffersInForce;
import lodestone.model.buffer.FloorKind;
import lodestone.model.buffer.Milestone;
import lodestone.model.buffer.MineralScope;
import lodestone.model.buffer.Price;
import lodestone.model.buffer.PriceFloor;
import lodestone.model.buffer.StockTarget;
import lodestone.model.buffer.Stockpile;
import lodestone.model.buffer.Timeline;
import lodestone.model.geo.CountryCode;
import lodestone.model.mineral.Mineral;
import lodestone.model.mineral.MineralCatalogue;
import lodestone.model.mineral.MineralId;
import lodestone.model.provenance.SourceId;
import lodestone.model.quantity.Unit;
import lodestone.sim.engine.Band;
import lodestone.sim.engine.MonteCarloEngine;
import lodestone.sim.engine.Progress;
import lodestone.sim.engine.RunOptions;
import org.junit.jupiter.api.Test;

/** Stockpiles in force as added stock cover, floors listed as not modelled, switches that restore the baseline. */
class ScenarioBuffersTest {
    private static final SourceId S = SourceId.of("s");
    private static final CountryCode US = CountryCode.of("US");
    private static final MineralId DY = MineralId.of("dysprosium");
    private static final MineralCatalogue CATALOGUE = MineralCatalogue.of(
            List.of(new Mineral(DY, "Dysprosium", Optional.empty(), Set.of(), List.of(), Set.of())));

    private static Milestone at(String date) {
        return new Milestone(LocalDate.parse(date), S, "");
    }

    private static Stockpile reserve(String effective, StockTarget target) {
        return new Stockpile(
                "us-reserve",
                "reserve",
                "Reserve",
                new Party(Optional.of(US), Optional.empty()),
                List.of(US),
                MineralScope.of(List.of(DY)),
                Optional.ofNullable(target),
                List.of(),
                new Timeline(
                        at("2026-02-02"),
                        Optional.of(at("2026-02-02")),
                        Optional.ofNullable(effective).map(ScenarioBuffersTest::at),
                        Optional.empty()),
                List.of(S),
                "");
    }

    private static StockTarget days(double days) {
        return new StockTarget(
                days, StockTarget.Measure.DAYS_OF_SUPPLY, "consumption", Optional.empty(), Optional.of(S), false, "");
    }

    private static PriceFloor floor() {
        return new PriceFloor(
                "us-floor",
                "floor",
                "Floor",
                FloorKind.CONTRACT_PRICE_FLOOR,
                MineralScope.of(List.of(DY)),
                Optional.of(new Price(110, "USD", Unit.KILOGRAM, "oxide", Optional.of(S), false)),
                Optional.empty(),
                Optional.empty(),
                new Party(Optional.of(US), Optional.empty()),
                Optional.empty(),
                List.of(US),
                Optional.empty(),
                new Timeline(at("2025-07-09"), Optional.empty(), Optional.of(at("2025-07-09")), Optional.empty()),
                List.of(S),
                "");
    }

    private static BuffersInForce buffers(Stockpile stockpile) {
        return new BuffersInForce(List.of(stockpile), List.of(floor()), CATALOGUE, List.of());
    }

    private static ScenarioSpec spec() {
        Market market = Market.bare(DY, Map.of("CN", 0.9, "US", 0.1))
                .withStocks(Distribution.logNormal(1, 2), StockRelease.WHEN_SHORT);
        return ScenarioSpec.of(
                "ban",
                YearMonth.of(2026, 11),
                12,
                "CN",
                List.of(new Phase(Distribution.fixed(12), Distribution.fixed(1))),
                market);
    }

    private static Band cumulative(ScenarioSpec spec) {
        try (MonteCarloEngine engine = new MonteCarloEngine(1)) {
            return engine.simulate(spec, RunOptions.of(1_000, 5), Progress.NONE)
                    .markets()
                    .get(0)
                    .cumulativeShortfall();
        }
    }

    @Test
    void aReserveInForceAddsItsDaysOverTheMeanMonthAndLowersTheTail() {
        ScenarioBuffers.Applied applied =
                ScenarioBuffers.apply(spec(), buffers(reserve("2026-03-01", days(60))), BufferSwitches.NONE);
        assertThat(applied.on()).isEqualTo(LocalDate.of(2026, 11, 1));
        BufferUse use = applied.uses().get(0);
        assertThat(use.use()).isEqualTo(BufferUse.Use.IN_FORCE);
        assertThat(use.stocksMonthsAdded()).isCloseTo(60 / 30.4375, within(1e-15));
        Distribution stocks = applied.spec().markets().get(0).stocksMonths();
        assertThat(stocks.median()).isCloseTo(1 + 60 / 30.4375, within(1e-12));
        assertThat(applied.spec().assumptions()).singleElement().satisfies(a -> {
            assertThat(a.isAssumption()).isTrue();
            assertThat(a.parameter()).isEqualTo("markets[dysprosium].stocksMonths");
        });
        assertThat(applied.uses().get(1).use()).isEqualTo(BufferUse.Use.NOT_MODELLED);

        Band with = cumulative(applied.spec());
        Band without = cumulative(spec());
        assertThat(with.p95()).isLessThan(without.p95());
        assertThat(with.p50()).isLessThan(without.p50());
    }

    @Test
    void switchingTheReserveOffRestoresTheBaselineExactly() {
        ScenarioBuffers.Applied off = ScenarioBuffers.apply(
                spec(), buffers(reserve("2026-03-01", days(60))), new BufferSwitches(Set.of("reserve"), Set.of()));
        assertThat(off.spec()).isEqualTo(spec());
        assertThat(off.uses().get(0).use()).isEqualTo(BufferUse.Use.SWITCHED_OFF);
        assertThat(cumulative(off.spec())).isEqualTo(cumulative(spec()));
    }

    @Test
    void aFundedReserveCountsOnlyAsAnExplicitAssumption() {
        BuffersInForce funded = buffers(reserve(null, days(60)));
        ScenarioBuffers.Applied plain = ScenarioBuffers.apply(spec(), funded, BufferSwitches.NONE);
        assertThat(plain.spec()).isEqualTo(spec());
        assertThat(plain.uses().get(0).state()).isEqualTo(BufferState.FUNDED);
        assertThat(plain.uses().get(0).use()).isEqualTo(BufferUse.Use.NOT_IN_FORCE);

        ScenarioBuffers.Applied assumed =
                ScenarioBuffers.apply(spec(), funded, new BufferSwitches(Set.of(), Set.of("reserve")));
        assertThat(assumed.uses().get(0).use()).isEqualTo(BufferUse.Use.ASSUMED_IN_FORCE);
        assertThat(assumed.uses().get(0).basis()).contains("ASSUMED");
        assertThat(assumed.credited()).isTrue();

        assertThatThrownBy(() -> ScenarioBuffers.apply(spec(), funded, new BufferSwitches(Set.of(), Set.of("vualt"))))
                .hasMessageContaining("vualt")
                .hasMessageContaining("Maybe one of:")
                .hasMessageContaining("reserve");
        assertThatThrownBy(() -> new BufferSwitches(Set.of("reserve"), Set.of("reserve")))
                .hasMessageContaining("both");
    }

    @Test
    void aTargetInTonnesOrNoTargetIsListedButNotCredited() {
        StockTarget tonnes = new StockTarget(
                500, StockTarget.Measure.TONNES, "t contained", Optional.empty(), Optional.of(S), false, "");
        ScenarioBuffers.Applied inTonnes =
                ScenarioBuffers.apply(spec(), buffers(reserve("2026-03-01", tonnes)), BufferSwitches.NONE);
        assertThat(inTonnes.uses().get(0).use()).isEqualTo(BufferUse.Use.NOT_CREDITED);
        assertThat(inTonnes.spec()).isEqualTo(spec());
        ScenarioBuffers.Applied none =
                ScenarioBuffers.apply(spec(), buffers(reserve("2026-03-01", null)), BufferSwitches.NONE);
        assertThat(none.uses().get(0).basis()).contains("no target");
    }

    @Test
    void aShiftMovesEveryQuantileByTheSameAmount() {
        List<Distribution> families = List.of(
                Distribution.fixed(0.5),
                Distribution.uniform(0.2, 1.4),
                Distribution.triangular(0, 1, 3),
                Distribution.logNormal(2, 3.5),
                Distribution.logNormal(2, 3.5).plus(0.7));
        qt().forAll(doubles().between(0, 0.999_999), doubles().between(-5, 5)).checkAssert((u, by) -> {
            for (Distribution d : families) {
                Distribution shifted = d.plus(by);
                assertThat(shifted.quantile(u)).isCloseTo(d.quantile(u) + by, within(1e-9));
                assertThat(shifted.min()).isCloseTo(d.min() + by, within(1e-9));
            }
        });
        assertThat(Distribution.logNormal(2, 3.5).plus(0)).isEqualTo(Distribution.logNormal(2, 3.5));
    }
}
