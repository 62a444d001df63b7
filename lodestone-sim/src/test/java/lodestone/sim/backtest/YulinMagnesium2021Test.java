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
import lodestone.sim.scenario.Distribution;
import lodestone.sim.scenario.Instrument;
import lodestone.sim.scenario.IssuerStocks;
import lodestone.sim.scenario.Market;
import lodestone.sim.scenario.ScenarioSpec;
import org.junit.jupiter.api.Test;

/**
 * The twenty-second ex-ante episode, the curbs on Yulin's magnesium smelters of 13 September 2021
 * (docs/research/episodes/cn-magnesium-2021.md, "A twenty-second episode from ex-ante evidence"): what its section
 * states of the scenario, the ex-ante rule as the file writes its dates, and the shape the model gives the cut of the
 * issuer's output it declares (in sample, since record 27 was read: {@code instrument: output}).
 */
class YulinMagnesium2021Test {
    @Test
    void theNoticeOfTheThirteenthCutsChinasSupplyByAShareToTheEndOfTheYearAndIsReviewedThen() {
        // an output cut without licences; China's share of the outside buyers' supply from its exports and the output
        // elsewhere
        ExAnteWorld curbs = ExAnteWorld.load("cn-magnesium-2021", "magnesium-2021-world", "CN", "magnesium", 0.66);
        ScenarioSpec world = curbs.world();
        Market market = curbs.market();

        // in force from the notice's day, 13 September, with no lead: 1-12 September trade freely (δ = 12/30), twelve
        // months from September 2021
        var disruption = world.disruption();
        assertThat(disruption.announced()).isEmpty();
        assertThat(disruption.effective()).contains(LocalDate.of(2021, 9, 13));
        assertThat(world.leadMonths()).isZero();
        assertThat(world.effectiveOffset()).isEqualTo(12 / 30.0);
        curbs.simulates(YearMonth.of(2021, 9), YearMonth.of(2021, 9), 0, 12);
        // a cut of output with a term: declared in sample as an output cut (built ex ante as a tonnage quota with its
        // year ending with the cut's term, the nearest the engine could then state), no quota year, no licences
        assertThat(List.of(disruption.instrument(), disruption.targetsEveryone(), disruption.licensing()))
                .containsExactly(Instrument.OUTPUT, true, Optional.empty());
        assertThat(disruption.quotaYearEnds()).isEmpty();
        assertThat(market.trade().coveredShare()).isEqualTo(1);
        assertThat(market.leakage().max()).isZero();

        // the share of China's output cut: Yulin's share of it (Fugu's 370.1 of 695.6 kt in 2018; Shaanxi's 514.7 of
        // 770.7 kt in January-November 2020 and 344.2 of 494.1 kt in January-July 2021) times the cut within Yulin
        // (half, or about 15 plants stopped and 30 halved of 45)
        double fugu = 370.1 / 695.6;
        double shaanxi2020 = 514.7 / 770.7;
        double shaanxi2021 = 344.2 / 494.1;
        assertThat(List.of(fugu, shaanxi2020, shaanxi2021))
                .satisfiesExactly(
                        f -> assertThat(f).isCloseTo(0.532, within(0.0005)),
                        f -> assertThat(f).isCloseTo(0.668, within(0.0005)),
                        f -> assertThat(f).isCloseTo(0.697, within(0.0005)));
        double stopped = (15 + 0.5 * 30) / 45;
        assertThat(stopped).isCloseTo(0.667, within(0.0005));
        double low = 0.53 * 0.5;
        double high = 0.70 * 0.667;
        // the four months the notice gave: from the 13th (18 of September's 30 days) to the end of the year, then a
        // review extending them with the rule of succession's chance with no decisions, by the same four months
        double q = (0 + 1) / (0 + 2.0);
        assertThat(disruption.phases()).hasSize(2).allSatisfy(phase -> {
            assertThat(phase.severity().min()).isCloseTo(low, within(0.005));
            assertThat(phase.severity().max()).isCloseTo(high, within(0.005));
            assertThat(phase.extension()).hasValue(q);
        });
        assertThat(disruption.phases().get(0).months().median()).isCloseTo(18 / 30.0 + 3, within(1e-9));
        assertThat(disruption.phases().get(1).months().median()).isEqualTo(4);

        // an output cut: what is withheld is not made, so none of it lands on the home market; no change of output is
        // declared (issuerOutput has no term) and the issuer keeps no stocks
        assertThat(market.behaviour().issuerAbsorption()).isEqualTo(Distribution.fixed(1));
        assertThat(market.behaviour().flexibility()).isEqualTo(Behaviour.CALIBRATED.flexibility());
        assertThat(market.trade().issuerOutput()).isEmpty();
        assertThat(market.issuerStocks()).isEqualTo(IssuerStocks.NONE);
        assertThat(market.trade().directAtOutsidePrice()).isZero();
        assertThat(market.trade().importedFeedShare()).isZero();

        // the share of outside supply: China's exports (375 kt at 2020's pace of January-September, 452 kt in 2019)
        // against them plus the output elsewhere (18 / 82 of China's 969 kt); the export share from 2019 and 2020
        double pace2020 = 281.1 * 12 / 9;
        double elsewhere = 18.0 / 82 * 969;
        assertThat(elsewhere).isCloseTo(213, within(0.5));
        assertThat(market.shareOf("CN")).isBetween(pace2020 / (pace2020 + elsewhere), 452 / (452 + elsewhere));
        assertThat(market.trade().issuerExportShare()).isBetween(pace2020 / 858.3, 452 / 969.0);
        // the usual two months of cover, spread as gallium's
        assertThat(market.stocksMonths().median()).isEqualTo(2);
        assertThat(market.stocksMonths().quantile(0.9)).isCloseTo(2 * 1.82, within(0.01));

        // the ex-ante rule as the file writes it: no basis but the window's names a month after September 2021 or a
        // later year, and the window's names the notice's day
        curbs.citesNothingAfterButTheWindow(YearMonth.of(2021, 9), "13 September 2021");

        PathOutcomes paths = curbs.paths(400);
        PathOutcomes none = curbs.refusing(0, 400);
        // in October-December (in force on every path) China ships less than with nothing cut, but never nothing: a
        // cut of a share, not a stop
        double cut = ExAnteWorld.mean(paths, Series.EXPORTS, 1, 4);
        assertThat(cut).isLessThan(ExAnteWorld.mean(none, Series.EXPORTS, 1, 4)).isGreaterThan(0);
        // and, a cap on what is made, never above the pace less the exports' part of the cut: ℓ = s / (x + (1 − x) ρ),
        // s at least 0.27, ρ the outside price against China's (its direct shipments leave at its home price) the
        // month before
        double x = market.trade().issuerExportShare();
        for (int p = 0; p < paths.paths(); p++) {
            assertThat(paths.value(Series.EXPORTS, p, 2)).isPositive();
            for (int t = 1; t <= 2; t++) {
                double rho = paths.value(Series.PRICE_OUTSIDE, p, t - 1) / paths.value(Series.PRICE_INSIDE, p, t - 1);
                assertThat(paths.value(Series.EXPORTS, p, t)).isLessThanOrEqualTo(1 - low / (x + (1 - x) * rho) + 1e-6);
            }
        }
        // the outside price is higher there than with nothing cut, and so is the home price: the home market loses its
        // share of the cut (as a quota it had no term from it and stayed at the price with nothing cut)
        assertThat(ExAnteWorld.mean(paths, Series.PRICE_OUTSIDE, 1, 4))
                .isGreaterThan(ExAnteWorld.mean(none, Series.PRICE_OUTSIDE, 1, 4));
        assertThat(ExAnteWorld.mean(paths, Series.PRICE_INSIDE, 1, 4))
                .isGreaterThan(ExAnteWorld.mean(none, Series.PRICE_INSIDE, 1, 4) * 1.1);
        // after the review at the end of the year the cut stands on about half the paths, so less is withheld in
        // February 2022 than in November 2021, when it stood on every path
        double november = ExAnteWorld.mean(none, Series.EXPORTS, 2) - ExAnteWorld.mean(paths, Series.EXPORTS, 2);
        double february = ExAnteWorld.mean(none, Series.EXPORTS, 5) - ExAnteWorld.mean(paths, Series.EXPORTS, 5);
        assertThat(february).isLessThan(november);
        curbs.scoresOnly("mg21-oct exports 2021-10", "mg21-aug priceOutside 2022-08");
    }
}
