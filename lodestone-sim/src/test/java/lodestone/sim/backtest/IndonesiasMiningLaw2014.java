package lodestone.sim.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import lodestone.sim.engine.PathOutcomes;
import lodestone.sim.engine.Series;
import lodestone.sim.scenario.Instrument;
import lodestone.sim.scenario.ScenarioSpec;

/**
 * What the two ex-ante episodes of Indonesia's mining law of 2009 share (nickel ore and bauxite, {@code
 * NickelOreBan2014Test} and {@code BauxiteBan2014Test}): the same law and the same days. Parliament's Commission VII
 * refused exceptions on 5 December 2013; the law's five years ended on 12 January 2014, and Regulation 1/2014 gave
 * neither ore an exemption; December 2013 is the lead, thirteen months simulated.
 */
final class IndonesiasMiningLaw2014 {
    private IndonesiasMiningLaw2014() {}

    /**
     * Checks the episode's ban: made firm on 5 December 2013, in force from 12 January 2014 (38 days, a lead of 1.25
     * months), simulated December 2013 to December 2014, every export to every destination refused at once for the
     * three years the exempted concentrates were given.
     */
    static void isTheBanOfTheTwelfthOfJanuary(ExAnteWorld ban) {
        ScenarioSpec world = ban.world();
        LocalDate announced = LocalDate.of(2013, 12, 5);
        LocalDate effective = LocalDate.of(2014, 1, 12);
        assertThat(ChronoUnit.DAYS.between(announced, effective)).isEqualTo(38);
        assertThat(world.leadMonths()).isCloseTo(1.25, within(0.05));
        ban.simulates(YearMonth.of(2014, 1), YearMonth.of(2013, 12), 1, 12);
        assertThat(world.disruption().instrument()).isEqualTo(Instrument.BAN);
        BacktestTest.isOneBanOnEveryoneAtOnce(world, announced, effective, 36);
    }

    /**
     * Checks the exports such a ban gives without licences or leakage: announced and not in force, buyers order ahead,
     * so December ships above the pace; January only before the 12th, less than a whole month at the pace; nothing
     * leaves Indonesia from February 2014 on any path.
     */
    static void shipsAheadThenNothing(PathOutcomes paths) {
        for (int p = 0; p < paths.paths(); p++) {
            for (int t = 2; t < 13; t++) {
                assertThat(paths.value(Series.EXPORTS, p, t)).isZero();
            }
        }
        assertThat(ExAnteWorld.mean(paths, Series.EXPORTS, 0)).isGreaterThan(1);
        assertThat(ExAnteWorld.mean(paths, Series.EXPORTS, 1)).isGreaterThan(0).isLessThan(1);
    }
}
