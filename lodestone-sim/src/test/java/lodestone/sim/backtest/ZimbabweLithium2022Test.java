package lodestone.sim.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import lodestone.sim.engine.PathOutcomes;
import lodestone.sim.engine.Series;
import lodestone.sim.scenario.IssuerOutput;
import lodestone.sim.scenario.Market;
import lodestone.sim.scenario.Phase;
import lodestone.sim.scenario.ScenarioSpec;
import lodestone.sim.scenario.Trade;
import org.junit.jupiter.api.Test;

/**
 * The eighteenth ex-ante episode, Zimbabwe's ban on exports of unprocessed lithium ore of 20 December 2022
 * (docs/research/episodes/zw-lithium-2022.md, "An eighteenth episode from ex-ante evidence"): what its section states
 * of the scenario, the ex-ante rule as the file writes its dates, and the shape the model gives it.
 */
class ZimbabweLithium2022Test {
    @Test
    void theBanOnUnbeneficiatedOreWithConcentratesExempt() {
        ExAnteWorld ban = ExAnteWorld.load("zw-lithium-2022", "li-zimbabwe-2022", "ZW", "lithium", 0.02);
        ScenarioSpec world = ban.world();
        var market = ban.market();
        // Zimbabwe's mine output in 2021, 1,200 t of lithium against the world's 100,000 t outside the United States
        // (USGS), rounded up for 2022; below the share Australia left to every other origin of China's imported
        // concentrate in the first quarter of 2022 (about 95 % Australian)
        assertThat(market.shareOf("ZW")).isGreaterThan(1_200.0 / 100_000).isLessThan(1 - 0.95);

        // in force from the first day of the window the task set: no lead, January to December 2023
        ban.bansEveryoneFromTheWindowsFirstDay(LocalDate.of(2023, 1, 1), 12);
        var disruption = world.disruption();

        // the ore among Zimbabwe's exports is covered, the concentrate not: half (ASSUMPTION); of the ore, from half
        // (permits, plant-builders exempt) to all refused, for the rest of the window; up to a fifth of the refused
        // ore still reaches China through neighbouring countries
        assertThat(market.trade().coveredShare()).isEqualTo(0.5);
        assertThat(disruption.phases()).hasSize(1);
        Phase phase = disruption.phases().get(0);
        assertThat(new double[] {phase.severity().min(), phase.severity().max()})
                .containsExactly(0.5, 1);
        assertThat(phase.months().median()).isEqualTo(36);
        assertThat(phase.extension()).isEmpty();
        assertThat(new double[] {market.leakage().min(), market.leakage().max()})
                .containsExactly(0, 0.2);

        // Zimbabwe converts none of its lithium; sold on SC6 terms; the plants announced before the cut-off are
        // declared as a change of its output under their own rule (below)
        ban.sellsAllItMinesAtTheOutsidePrice();
        assertThat(market.trade().issuerOutput()).isPresent();
        // the cover: the gallium market's 2.2 months and spread (no tonnage found)
        assertThat(market.stocksMonths().median()).isEqualTo(2.2);
        assertThat(market.stocksMonths().quantile(0.9)).isCloseTo(2.2 * 4 / 2.2, within(0.01));

        // the ex-ante rule as the file writes it: no basis but the window's names a month after December 2022 or a
        // later year; the window's states the order's day and the cut-off
        ban.citesNothingAfterButTheWindow(YearMonth.of(2022, 12), "20 December 2022", "immediate effect", "cut-off");

        // the ban's own shape, without the concentrators' output (declared and checked below)
        ScenarioSpec ore = withOutput(world, Optional.empty());
        PathOutcomes paths = run(ore);
        // the same paths with the ore ban refusing nothing, and refusing all the covered ore
        PathOutcomes none = run(ExAnteWorld.refusingAll(ore, 0));
        PathOutcomes all = run(ExAnteWorld.refusingAll(ore, 1));
        double january = ExAnteWorld.mean(paths, Series.EXPORTS, 0);
        // January: half the exports are covered and three quarters of them refused on average, so an unchanged order
        // book would ship 1 - 0.5 x 0.75 = 0.625 of the pace; what is refused is refused on every path (at least a
        // quarter of the exports), and refusing all the ore ships less on the same paths
        assertThat(january)
                .isLessThan(ExAnteWorld.mean(none, Series.EXPORTS, 0))
                .isGreaterThan(ExAnteWorld.mean(all, Series.EXPORTS, 0));
        assertThat(january).isGreaterThan(1 - 0.5).isLessThan(1);
        // a ban that holds all year keeps the year's last three months below the pace as well
        assertThat(ExAnteWorld.mean(paths, Series.EXPORTS, 9, 12)).isLessThan(1);
        // Zimbabwe is a fiftieth of the supply: the ore it holds back lifts the outside price on average, by little
        double price = ExAnteWorld.mean(paths, Series.PRICE_OUTSIDE, 0, 12);
        double without = ExAnteWorld.mean(none, Series.PRICE_OUTSIDE, 0, 12);
        assertThat(price).isGreaterThan(without);
        assertThat(price - without).isLessThan(0.05);
        // scored only on the rows a record gives it: January's exports and June's price here
        ban.scoresOnly("zw-jan exports 2023-01", "zw-jun priceOutside 2023-06");
    }

    /**
     * The rule of "The issuer's exempt output: plants announced before the cut-off"
     * (docs/research/backtest-studies/the-issuers-exempt-output-plants-announced-before-the-cut-off.md), worked from
     * the plants' facts as printed before the cut-off: a plant starts at the end of its announced period plus 30 % of
     * its schedule (rounded up to whole months) and ramps linearly to its capacity over 30 months, adding m / 60 of its
     * capacity over the m months of the window from its start, as a share of the issuer's output before the measure.
     */
    @Test
    void theExemptConcentratorsFollowTheRuleForPlantsAnnouncedBeforeTheCutOff() {
        ExAnteWorld ban = ExAnteWorld.load("zw-lithium-2022", "li-zimbabwe-2022", "ZW", "lithium", 0.02);
        YearMonth last = YearMonth.of(2023, 12);
        // lithium in a tonne of Li2O: 2 x 6.941 / 29.881
        double lithium = 0.4646;
        // Arcadia: 400,000 t of concentrate a year at 4 % Li2O (no grade printed; the lowest the file states), first
        // source with its capacity and a start May 2022, production in the first quarter of the next year; Zulu:
        // 50,000 t of SC6 (6 % Li2O) a year, first source June 2022, first shipment by the end of the next March
        double[] capacity = {400_000 * 0.04 * lithium, 50_000 * 0.06 * lithium};
        YearMonth[] firstSource = {YearMonth.of(2022, 5), YearMonth.of(2022, 6)};
        YearMonth[] announced = {YearMonth.of(2023, 3), YearMonth.of(2023, 3)};
        // the issuer's output before the measure: the file's share of the 100,000 t it is a share of
        double before = ban.market().shareOf("ZW") * 100_000;
        assertThat(before).isEqualTo(2_000);
        YearMonth first = last;
        double tonnesInWindow = 0;
        for (int j = 0; j < capacity.length; j++) {
            long schedule = ChronoUnit.MONTHS.between(firstSource[j], announced[j]);
            // 30 % of the schedule, rounded up, in whole months (integer arithmetic: 0.3 x 10 is not 3 in binary)
            YearMonth start = announced[j].plusMonths((3 * schedule + 9) / 10);
            assertThat(start).isEqualTo(YearMonth.of(2023, 6));
            long months = ChronoUnit.MONTHS.between(start, last) + 1;
            // the ramp's mean over those months, m / 60 of capacity: the share s_j of the issuer's output
            double share = months / 60.0 * capacity[j] / before;
            assertThat(share).isCloseTo(j == 0 ? 0.434 : 0.081, within(0.0005));
            tonnesInWindow += share * months;
            first = start.isBefore(first) ? start : first;
        }
        double change = tonnesInWindow / (ChronoUnit.MONTHS.between(first, last) + 1);
        IssuerOutput declared = ban.market().trade().issuerOutput().orElseThrow();
        assertThat(declared.from()).isEqualTo(first);
        assertThat(declared.change()).isCloseTo(change, within(0.0005));
        // concentrate is exempt from the order: the change is of a product the measure does not cover
        assertThat(declared.covered()).isFalse();

        // it reaches the engine: on the same paths, the months before the sixth are as without it, bit for bit, and
        // from the sixth on the exports carry the whole change beside what the ban leaves (ω_O = 1, none refused)
        ScenarioSpec world = ban.world();
        PathOutcomes with = ban.paths(400);
        PathOutcomes without = run(withOutput(world, Optional.empty()));
        PathOutcomes covered = run(withOutput(world, Optional.of(new IssuerOutput(first, declared.change(), true))));
        int from = (int) ChronoUnit.MONTHS.between(world.start(), first);
        assertThat(from).isEqualTo(5);
        for (int t = 0; t < from; t++) {
            assertThat(ExAnteWorld.mean(with, Series.EXPORTS, t))
                    .isEqualTo(ExAnteWorld.mean(without, Series.EXPORTS, t));
        }
        double lift =
                ExAnteWorld.mean(with, Series.EXPORTS, from, 12) - ExAnteWorld.mean(without, Series.EXPORTS, from, 12);
        assertThat(lift).isCloseTo(declared.change(), within(0.01));
        // declared as the covered product it would be refused as the ore is (the covered half, half to all of it)
        double coveredLift = ExAnteWorld.mean(covered, Series.EXPORTS, from, 12)
                - ExAnteWorld.mean(without, Series.EXPORTS, from, 12);
        assertThat(coveredLift).isLessThan(0.9 * lift).isGreaterThan(0.5 * lift);
        // and the outside price is lower with the concentrators than without them
        assertThat(ExAnteWorld.mean(with, Series.PRICE_OUTSIDE, from, 12))
                .isLessThan(ExAnteWorld.mean(without, Series.PRICE_OUTSIDE, from, 12));
    }

    /** @return the scenario with its one market's change of the issuer's output replaced by the one given */
    private static ScenarioSpec withOutput(ScenarioSpec world, Optional<IssuerOutput> output) {
        Market market = world.markets().get(0);
        Trade t = market.trade();
        Trade trade = new Trade(
                t.product(),
                t.coveredShare(),
                t.outsideIssuerShare(),
                t.perspectiveShareOfExports(),
                t.issuerExportShare(),
                t.licencesPerMonth(),
                t.demandGrowth(),
                t.enforcementMonths(),
                t.indirectShare(),
                t.importedFeedShare(),
                t.directAtOutsidePrice(),
                output,
                t.homeImports());
        return world.withMarkets(List.of(market.withTrade(trade)));
    }

    /** Runs the scenario given for 400 paths on the seed {@link ExAnteWorld#paths} uses, checked as it checks them. */
    private static PathOutcomes run(ScenarioSpec world) {
        return BacktestTest.oneMarketInRange(
                world, 400, world.firstMonth(), world.leadWholeMonths() + world.horizonMonths());
    }
}
