package lodestone.sim.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import lodestone.sim.engine.PathOutcomes;
import lodestone.sim.engine.Series;
import lodestone.sim.scenario.Behaviour;
import lodestone.sim.scenario.Instrument;
import lodestone.sim.scenario.IssuerStocks;
import lodestone.sim.scenario.Market;
import lodestone.sim.scenario.ScenarioSpec;
import org.junit.jupiter.api.Test;

/**
 * The twenty-seventh ex-ante episode, Yunnan's dual-control curbs on its silicon metal smelters of 11 September 2021
 * (docs/research/episodes/cn-silicon-2021.md, "A twenty-seventh episode from ex-ante evidence"): what its section
 * states of the scenario, the ex-ante rule as the file writes its dates, and the shape the model gives a cut of the
 * issuer's output with a term ({@code instrument: output}), the first episode built ex ante with it.
 */
class YunnanSilicon2021Test {
    @Test
    void theNoticeOfTheEleventhCutsChinasOutputByAShareToTheEndOfTheYearAndIsReviewedThen() {
        // China's share of the outside buyers' supply from its exports and the output elsewhere
        ExAnteWorld curbs = ExAnteWorld.load("cn-silicon-2021", "silicon-2021-world", "CN", "silicon", 0.48);
        ScenarioSpec world = curbs.world();
        Market market = curbs.market();

        // in force from the notice's day, 11 September, with no lead: 1-10 September trade freely (δ = 10/30), twelve
        // months from September 2021
        curbs.inForceUnannouncedFrom(LocalDate.of(2021, 9, 11), 12);
        assertThat(world.effectiveOffset()).isEqualTo(10 / 30.0);
        // a cut of output with a term: the engine's output cut, on every destination of the smelters' metal, no
        // licences, no quota year, nothing leaking (what is not made cannot be smuggled)
        var disruption = world.disruption();
        assertThat(List.of(
                        disruption.instrument(),
                        disruption.targetsEveryone(),
                        disruption.licensing(),
                        disruption.quotaYearEnds(),
                        disruption.stages()))
                .containsExactly(Instrument.OUTPUT, true, Optional.empty(), Optional.empty(), List.of("metal"));
        assertThat(List.of(market.trade().coveredShare(), market.leakage().max()))
                .containsExactly(1.0, 0.0);

        // the share of China's output cut: Yunnan's output not made (August's 71 kt less the 7 kt a month allowed, or
        // its 2020 average of 576 / 12 kt less the 7 kt) against China's pace (2019's 2.21 Mt, 2018's 2.21 + 0.42)
        double usual = 576.0 / 12 - 7;
        double august = 71 - 7;
        double pace2019 = 2210.0 / 12;
        double pace2018 = (2210.0 + 420) / 12;
        assertThat(List.of(usual, august, pace2019, pace2018))
                .satisfiesExactly(
                        v -> assertThat(v).isEqualTo(41),
                        v -> assertThat(v).isEqualTo(64),
                        v -> assertThat(v).isCloseTo(184.2, within(0.05)),
                        v -> assertThat(v).isCloseTo(219.2, within(0.05)));
        double low = usual / pace2018;
        double high = august / pace2019;
        // the four months the notice gave: from the 11th (20 of September's 30 days) to the end of the year, then a
        // review extending them with the rule of succession's chance with no decisions, by the same four months
        double q = (0 + 1) / (0 + 2.0);
        assertThat(disruption.phases()).hasSize(2).allSatisfy(phase -> {
            assertThat(phase.severity().min()).isCloseTo(low, within(0.005));
            assertThat(phase.severity().max()).isCloseTo(high, within(0.005));
            assertThat(phase.extension()).hasValue(q);
        });
        assertThat(disruption.phases().get(0).months().median()).isCloseTo(20 / 30.0 + 3, within(0.001));
        assertThat(disruption.phases().get(1).months().median()).isEqualTo(4);

        // the calibrated behaviour, with no override (an output cut is not a surplus to absorb); no change of output
        // for good, no stocks of the issuer's, no imported feed; China's exporters price at home
        assertThat(market.behaviour()).isEqualTo(Behaviour.CALIBRATED);
        assertThat(market.trade().issuerOutput()).isEmpty();
        assertThat(market.issuerStocks()).isEqualTo(IssuerStocks.NONE);
        assertThat(market.trade().directAtOutsidePrice()).isZero();
        assertThat(market.trade().importedFeedShare()).isZero();

        // the share of outside supply: China's exports (2019's 2.21 Mt made less 1.6 Mt used at home; 2018's 72 kt a
        // month) against them plus the output elsewhere (24.3 / 75.7 of China's); the export share from the same years
        double exports2019 = 2210 - 1600;
        double exports2018 = 72 * 12;
        double elsewhere2019 = 24.3 / 75.7 * 2210;
        double elsewhere2018 = 24.3 / 75.7 * 2630;
        assertThat(elsewhere2019).isCloseTo(709, within(1.0));
        assertThat(elsewhere2018).isCloseTo(844, within(1.0));
        assertThat(market.shareOf("CN"))
                .isBetween(exports2019 / (exports2019 + elsewhere2019), exports2018 / (exports2018 + elsewhere2018));
        assertThat(market.trade().issuerExportShare()).isBetween(exports2019 / 2210, exports2018 / 2630);
        // the usual two months of cover, spread as gallium's
        assertThat(market.stocksMonths().median()).isEqualTo(2);
        assertThat(market.stocksMonths().quantile(0.9)).isCloseTo(2 * 1.82, within(0.01));

        // the ex-ante rule as the file writes it: no basis but the window's names a month after September 2021 or a
        // later year, and the window's names the notice's day and the cut-off
        curbs.citesNothingAfterButTheWindow(YearMonth.of(2021, 9), "11 September 2021", "13 September 2021");

        PathOutcomes paths = curbs.paths(400);
        PathOutcomes none = curbs.refusing(0, 400);
        // in October-December (in force on every path) China ships less than with nothing cut, but never nothing and
        // never the pace: a cut of a share of output, part of it the home market's
        for (int p = 0; p < paths.paths(); p++) {
            for (int t = 1; t <= 3; t++) {
                assertThat(paths.value(Series.EXPORTS, p, t)).isPositive().isLessThan(1);
            }
        }
        assertThat(ExAnteWorld.mean(paths, Series.EXPORTS, 1, 4))
                .isLessThan(ExAnteWorld.mean(none, Series.EXPORTS, 1, 4));
        // the outside price is higher there than with nothing cut, and so is the home price: the home market loses its
        // part of the cut (the output cut's home term), where a ban's withheld exports would land at home
        assertThat(ExAnteWorld.mean(paths, Series.PRICE_OUTSIDE, 1, 4))
                .isGreaterThan(ExAnteWorld.mean(none, Series.PRICE_OUTSIDE, 1, 4));
        assertThat(ExAnteWorld.mean(paths, Series.PRICE_INSIDE, 1, 4))
                .isGreaterThan(ExAnteWorld.mean(none, Series.PRICE_INSIDE, 1, 4) + 0.05);
        // after the review at the end of the year the cut stands on about half the paths, so less is withheld in
        // February 2022 than in November 2021, when it stood on every path
        double november = ExAnteWorld.mean(none, Series.EXPORTS, 2) - ExAnteWorld.mean(paths, Series.EXPORTS, 2);
        double february = ExAnteWorld.mean(none, Series.EXPORTS, 5) - ExAnteWorld.mean(paths, Series.EXPORTS, 5);
        assertThat(february).isLessThan(november);
        curbs.scoresOnly("si21-oct exports 2021-10", "si21-aug priceOutside 2022-08");
    }
}
