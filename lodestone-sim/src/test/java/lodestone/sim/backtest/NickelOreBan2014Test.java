package lodestone.sim.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import lodestone.sim.engine.PathOutcomes;
import org.junit.jupiter.api.Test;

/**
 * The twelfth ex-ante episode, Indonesia's first nickel ore ban (docs/research/episodes/id-nickel-ore-2014.md, "A
 * twelfth episode from ex-ante evidence"): what its section states of the scenario, and the shape the model gives it.
 */
class NickelOreBan2014Test {
    @Test
    void theBanIsSimulatedFromTheDayItWasMadeFirmFiveWeeksBeforeItTookEffectOnTheTwelfthOfJanuary() {
        // a ban without licences; Indonesia's share of the nickel in outside buyers' seaborne laterite ore
        ExAnteWorld ban = ExAnteWorld.load("id-nickel-ore-2014", "nickel-ore-2014-world", "ID", "nickel", 0.6);
        // parliament's commission refused exceptions on 5 December 2013; Law 4/2009's five years end on 12 January
        // 2014, so 1-11 January trade freely; Regulation 1/2014 gave nickel ore no exemption
        IndonesiasMiningLaw2014.isTheBanOfTheTwelfthOfJanuary(ban);
        // the share: 53 % of China's imports by wet tonnage (2011), at 1.6 % nickel against the Philippines' 1.3 %
        // (an ASSUMPTION) 0.58 of the contained nickel, and Indonesia's exports grew faster since; within 0.55-0.65
        var market = ban.market();
        double byNickel = 0.53 * 1.6 / (0.53 * 1.6 + 0.47 * 1.3);
        assertThat(byNickel).isCloseTo(0.58, within(0.005));
        assertThat(market.shareOf("ID")).isGreaterThan(byNickel).isBetween(0.55, 0.65);
        // the export share: 46.7 Mt of ore exported in 2012 at 30 % moisture and 1.4-1.6 % nickel dry (458,000-523,000
        // t)
        // against about 78,000 t smelted at home (Antam's 18,000 t and Vale Indonesia's about 60,000 t)
        double low = 46.7e6 * 0.7 * 0.014 / 1000;
        double high = 46.7e6 * 0.7 * 0.016 / 1000;
        assertThat(market.trade().issuerExportShare()).isBetween(low / (low + 78), high / (high + 78));
        assertThat(market.trade().coveredShare()).isEqualTo(1);
        assertThat(market.trade().importedFeedShare()).isZero();
        // stocks: 17.33 Mt on China's quays in September 2012 against 5.9-7.3 Mt a month of imports (2.4-2.9 months),
        // raised by 2013's buying ahead of the ban; spread as gallium's
        double allToChina = 17.33 / (46.7 / 0.53 / 12);
        double mostToChina = 17.33 / (46.7 * 0.8 / 0.53 / 12);
        assertThat(List.of(allToChina, mostToChina))
                .satisfiesExactly(
                        c -> assertThat(c).isCloseTo(2.36, within(0.01)),
                        c -> assertThat(c).isCloseTo(2.95, within(0.01)));
        assertThat(market.stocksMonths().median()).isGreaterThan(mostToChina).isCloseTo(3.0, within(1e-9));
        assertThat(market.stocksMonths().quantile(0.9)).isCloseTo(3.0 * 4 / 2.2, within(0.02));

        PathOutcomes paths = ban.paths(400);
        IndonesiasMiningLaw2014.shipsAheadThenNothing(paths);
        // three fifths of the buyers' ore withheld with three months of cover: the outside price is above its level
        // before the announcement from December 2013 and still in December 2014, on most paths
        assertThat(List.of(ExAnteWorld.higherOutside(paths, 0), ExAnteWorld.higherOutside(paths, 12)))
                .allMatch(n -> n > 0.8 * paths.paths());
        ban.scoresOnly("ni14-dec exports 2013-12", "ni14-jun priceOutside 2014-06");
    }
}
