package lodestone.sim.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.YearMonth;
import lodestone.sim.engine.PathOutcomes;
import lodestone.sim.engine.Series;
import org.junit.jupiter.api.Test;

/**
 * The nineteenth ex-ante episode, Indonesia's first bauxite ban (docs/research/episodes/id-bauxite-2014.md, "A
 * nineteenth episode from ex-ante evidence"): what its section states of the scenario, the ex-ante rule as the file
 * writes its dates, and the shape the model gives it.
 */
class BauxiteBan2014Test {
    @Test
    void theBanIsMadeFirmOnTheFifthOfDecemberAndStopsEveryTonneOfOreFromTheTwelfthOfJanuary() {
        // a ban without licences; Indonesia's share of the world's seaborne bauxite at the pace of 2013
        ExAnteWorld ban = ExAnteWorld.load("id-bauxite-2014", "bauxite-2014-world", "ID", "bauxite", 0.43);
        var market = ban.market();
        // the same law and the same days as the nickel ore ban; Regulation 1/2014 let some concentrates out under a
        // tax, bauxite not: every tonne refused, at once
        IndonesiasMiningLaw2014.isTheBanOfTheTwelfthOfJanuary(ban);
        assertThat(market.trade().coveredShare()).isEqualTo(1);
        assertThat(market.leakage().max()).isZero();

        // the share: Clarkson's 82 Mt of seaborne bauxite in 2011, 49 % Indonesia's; China's 44.65 Mt of it (39.61 Mt
        // in 2012, 11.28 % less), so 37.4 Mt bought elsewhere; 2012: 27.9 Mt of 0.95 x 82; 2013: two thirds of China's
        // 60.3 Mt of January-October at a year's pace, of that pace plus the 37.4 Mt
        double china2011 = 39.61 / (1 - 0.1128);
        double elsewhere = 82 - china2011;
        double china2013 = 60.3 * 12 / 10;
        double share2012 = 27.9 / (0.95 * 82);
        double share2013 = 0.66 * china2013 / (china2013 + elsewhere);
        assertThat(share2012).isCloseTo(0.36, within(0.005));
        assertThat(share2013).isCloseTo(0.435, within(0.005));
        assertThat(market.shareOf("ID")).isBetween(share2012, 0.49).isCloseTo(share2013, within(0.01));

        // no refinery at work: Tayan's 0.85 Mt of ore a year against about 48 Mt exported is above the model's ceiling;
        // sold CIF China; the refineries announced are dated capacity, not a change of output under the rule
        assertThat(0.66 * china2013 / (0.66 * china2013 + 0.85)).isGreaterThan(0.95);
        ban.sellsAllItMinesAtTheOutsidePrice();
        assertThat(market.trade().issuerOutput()).isEmpty();
        // the cover: China's refiners 4-6 months (the usual two), the buyers elsewhere two, weighted by 2013's imports
        // (3.98, rounded); spread as gallium's
        double china = china2013 / (china2013 + elsewhere);
        assertThat(china).isCloseTo(0.66, within(0.005));
        assertThat(0.66 * 5 + 0.34 * 2).isCloseTo(3.98, within(1e-9));
        assertThat(market.stocksMonths().median()).isEqualTo(4.0);
        assertThat(market.stocksMonths().quantile(0.9)).isCloseTo(4.0 * 4 / 2.2, within(0.02));

        // the ex-ante rule as the file writes it: no basis names a month after December 2013 or a later year but the
        // window's and the terms in force, which the regulation of 11 January 2014 set
        ban.citesNothingAfterBut(YearMonth.of(2013, 12), "disruption.announced", "disruption.phases");

        PathOutcomes paths = ban.paths(400);
        IndonesiasMiningLaw2014.shipsAheadThenNothing(paths);
        // on the same paths with the ban refusing nothing, the outside price averaged over the months in force is
        // lower than with it, and the ore that cannot leave lowers the value of ore held in Indonesia
        PathOutcomes none = ban.refusing(0, 400);
        assertThat(ExAnteWorld.mean(paths, Series.PRICE_OUTSIDE, 2, 13))
                .isGreaterThan(ExAnteWorld.mean(none, Series.PRICE_OUTSIDE, 2, 13));
        assertThat(ExAnteWorld.mean(paths, Series.PRICE_INSIDE, 2, 13))
                .isLessThan(ExAnteWorld.mean(none, Series.PRICE_INSIDE, 2, 13));
        ban.scoresOnly("bx14-dec exports 2013-12", "bx14-jun priceOutside 2014-06");
    }
}
