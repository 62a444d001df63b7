package lodestone.sim.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lodestone.model.mineral.MineralId;
import lodestone.sim.Fixtures;
import lodestone.sim.scenario.Behaviour;
import lodestone.sim.scenario.Distribution;
import lodestone.sim.scenario.Licensing;
import lodestone.sim.scenario.Market;
import lodestone.sim.scenario.Phase;
import lodestone.sim.scenario.ScenarioSpec;
import lodestone.sim.scenario.StandardNormal;
import lodestone.sim.scenario.Trade;
import org.junit.jupiter.api.Test;

/**
 * Closed forms of a measure taking effect inside its first month: the share δ of the month before the effective day
 * is ordered and shipped as a month before the deadline (for δ of a month: buyers close their gap by the deadline, up
 * to δ times the order ceiling), the rest as a month in force counting what the first part delivered; the first
 * month's applications are made over its in-force part, so the licensing clock starts at the effective day. Monthly
 * values are stored as {@code float}, hence the 1e-6 tolerance.
 */
class EffectiveDayTest {
    private static final MineralId NI = MineralId.of("nickel");
    private static final double EPS = 1e-6;
    /** 16 January 2026: 15 of January's 31 days trade freely. */
    private static final LocalDate SIXTEENTH = LocalDate.of(2026, 1, 16);

    /** China cuts every destination in one phase, for the US (half of demand) from January 2026. */
    static ScenarioSpec spec(
            Market market,
            Phase phase,
            Optional<LocalDate> announced,
            Optional<Licensing> licensing,
            Optional<LocalDate> effective,
            int horizon) {
        return Fixtures.scenario(market, s -> {
            s.phases = List.of(phase);
            s.announced = announced;
            s.licensing = licensing;
            s.effective = effective;
            s.horizon = horizon;
        });
    }

    /**
     * Everyone depends on China with two months of cover, no precaution, restocking in a month, orders up to two months
     * of use, a six-month window; a ban announced on 2 November 2025 (2.46 months ahead) taking effect on the given day.
     */
    private static double[] bannedExports(double stocking, Optional<LocalDate> effective) {
        Market market = twoMonthsCover(Fixtures.behaviour()
                .restock(1)
                .maxOrder(2)
                .forward(6)
                .stocking(stocking)
                .build());
        ScenarioSpec spec = spec(
                market,
                new Phase(Distribution.fixed(6), Distribution.fixed(1)),
                Optional.of(LocalDate.of(2025, 11, 2)),
                Optional.empty(),
                effective,
                3);
        ScenarioResult result = MonteCarloEngine.run(spec, RunOptions.of(8, 1).withThreads(1));
        assertThat(result.leadMonths()).isEqualTo(2);
        return exports(result);
    }

    /**
     * @return the median exports month by month (8 paths) of a two-month horizon from January 2026 in which a ban
     *     announced on the day given refuses every export for six months from 16 January
     */
    private static double[] banFromTheSixteenth(Market market, LocalDate announced) {
        ScenarioSpec spec = spec(
                market,
                new Phase(Distribution.fixed(6), Distribution.fixed(1)),
                Optional.of(announced),
                Optional.empty(),
                Optional.of(SIXTEENTH),
                2);
        return exports(MonteCarloEngine.run(spec, RunOptions.of(8, 1).withThreads(1)));
    }

    /** Everyone depends on China and holds two months of cover. */
    private static Market twoMonthsCover(Behaviour behaviour) {
        return Fixtures.twoMonthsCover(NI, behaviour);
    }

    private static double[] exports(ScenarioResult result) {
        return Fixtures.medianExports(result);
    }

    @Test
    void theDaysBeforeADeadlineInsideTheMonthShipWhatBuyersStillWantByIt() {
        // buyers want 2 + 0.5 x 6 = 5 months by the deadline: 2 at the ceiling in November and December (stock 4);
        // in January the 15 free days close the gap of 1 at the rate 31/15 but at most 15/31 x 2 months of use: 30/31
        // ships, and the part in force (refused) wants nothing more. A month wholly in force would ship nothing.
        assertThat(bannedExports(0.5, Optional.of(SIXTEENTH)))
                .containsExactly(new double[] {2, 2, 30.0 / 31, 0, 0}, within(EPS));
        assertThat(bannedExports(0.5, Optional.empty())).containsExactly(new double[] {2, 2, 0, 0, 0}, within(EPS));
    }

    @Test
    void theFreeDaysCloseWhatIsLeftOfTheGapByTheDeadline() {
        // restocking over four months and a high ceiling: buyers wanting 5 months by the deadline close their gap at
        // 1/(months left) before it: November 1 + 0.4 x (2 + 3 x 0.980 - 2) = 2.184 (stock 3.184), December
        // 1 + (5 - 3.184) / 1.484 = 2.224 (stock 4.408); the 15 free days of January order their use and the whole
        // gap left, 15/31 + (5 - 4.408) = 1.076, which ships; the days in force want nothing more
        Market market = twoMonthsCover(Fixtures.behaviour()
                .restock(4)
                .maxOrder(10)
                .forward(6)
                .stocking(0.5)
                .build());
        double[] exports = banFromTheSixteenth(market, LocalDate.of(2025, 11, 2));
        assertThat(exports).containsExactly(new double[] {2.183872, 2.223913, 1.076087, 0}, within(EPS));
    }

    @Test
    void withoutAGapToCloseTheSplitMonthShipsItsFreeShareOfTheUsualOrder() {
        // no deadline stocking: buyers hold their cover and order their use; the free 15/31 of January ships, as the
        // month's share not in force did before the split
        assertThat(bannedExports(0, Optional.of(SIXTEENTH)))
                .containsExactly(new double[] {1, 1, 15.0 / 31, 0, 0}, within(EPS));
    }

    @Test
    void aMeasureTakingEffectOnTheFirstIsTheMonthlyModelBitForBit() {
        assertThat(bannedExports(0.5, Optional.of(LocalDate.of(2026, 1, 1))))
                .containsExactly(bannedExports(0.5, Optional.empty()));
    }

    @Test
    void theFreeDaysBeforeAnUnannouncedMeasureAreOrderedAsUsual() {
        // announced on the effective day: the 15 free days know of no deadline, so no buyer hurries; with deadline
        // stocking and precaution the free share is still 15/31 of the usual order, and the part in force orders the
        // precautionary gap (refused under the ban)
        Market market = twoMonthsCover(Fixtures.behaviour()
                .precaution(1)
                .restock(1)
                .maxOrder(3)
                .stocking(1)
                .build());
        double[] exports = banFromTheSixteenth(market, SIXTEENTH);
        assertThat(exports).containsExactly(new double[] {15.0 / 31, 0}, within(EPS));
    }

    @Test
    void theLicensingClockStartsAtTheEffectiveDay() {
        // every application decided 1.4 months after it is made (spread 1), all granted, no stock, buyers ordering
        // their use. From 16 January the first applications are made over [15/31, 1) of the month, centred at
        // 0.74: decided in March (0.74 + 1.4 = 2.14), where a whole month's (centred at 0.5) would be in February.
        // January ships its free 15/31; February nothing (its own applications are decided in March too); March
        // both months' applications, 16/31 + 1; April and May the month before's, 1.
        Trade trade = Fixtures.trade(t -> t.licencesPerMonth = 1e6);
        Market market = Market.bare(NI, Map.of("CN", 1.0)).withTrade(trade);
        Licensing licensing = new Licensing(Distribution.fixed(1.4), 1, Distribution.fixed(1));
        ScenarioSpec spec = spec(
                market,
                new Phase(Distribution.fixed(24), Distribution.fixed(0)),
                Optional.empty(),
                Optional.of(licensing),
                Optional.of(SIXTEENTH),
                5);
        double[] exports =
                exports(MonteCarloEngine.run(spec, RunOptions.of(200, 3).withThreads(1)));
        assertThat(exports[0]).isCloseTo(15.0 / 31, within(EPS));
        assertThat(exports[1]).isCloseTo(0, within(EPS));
        assertThat(exports[2]).isCloseTo(16.0 / 31 + 1, within(0.005));
        assertThat(exports[3]).isCloseTo(1, within(0.005));
        assertThat(exports[4]).isCloseTo(1, within(0.005));
        // on the 1st the first month's applications are a whole month's: decided in February
        ScenarioSpec first = spec(
                market,
                new Phase(Distribution.fixed(24), Distribution.fixed(0)),
                Optional.empty(),
                Optional.of(licensing),
                Optional.of(LocalDate.of(2026, 1, 1)),
                3);
        double[] whole =
                exports(MonteCarloEngine.run(first, RunOptions.of(200, 3).withThreads(1)));
        assertThat(whole[0]).isCloseTo(0, within(EPS));
        assertThat(whole[1]).isCloseTo(1, within(0.005));
        assertThat(whole[2]).isCloseTo(1, within(0.005));
    }

    @Test
    void aBuyerNeverCutOffKeepsNoRaisedTargetInTheFreeDays() {
        // the unannounced measure above with lasting precaution: only a buyer that was cut off keeps μ Δ = 1 month as
        // a raised target, and none can be before the measure takes effect, so the free days still order their use
        Market market = twoMonthsCover(Fixtures.behaviour()
                .precaution(1)
                .lasting(1)
                .restock(1)
                .maxOrder(3)
                .build());
        double[] exports = banFromTheSixteenth(market, SIXTEENTH);
        assertThat(exports).containsExactly(new double[] {15.0 / 31, 0}, within(EPS));
    }

    @Test
    void buyersWhoDoNotRestockOrderTheirUseInTheFreeDaysToo() {
        // no restocking at all: announced on 2 November, buyers wanting one more month of cover by the deadline order
        // their use in November and December and in the 15 free days of January (the deadline's rate 1/δ applies only
        // to buyers who restock)
        Market market =
                twoMonthsCover(Fixtures.behaviour().precaution(1).maxOrder(2).build());
        double[] exports = banFromTheSixteenth(market, LocalDate.of(2025, 11, 2));
        assertThat(exports).containsExactly(new double[] {1, 1, 15.0 / 31, 0}, within(EPS));
    }

    /** Every application decided after the given lag (spread 1: all at once), all granted, buyers ordering their use. */
    private static double[] licensedExports(double lag, double spread, int months, int horizon) {
        Trade trade = Fixtures.trade(t -> t.licencesPerMonth = 1e6);
        Market market = Market.bare(NI, Map.of("CN", 1.0)).withTrade(trade);
        Licensing licensing = new Licensing(Distribution.fixed(lag), spread, Distribution.fixed(1));
        ScenarioSpec spec = spec(
                market,
                new Phase(Distribution.fixed(months), Distribution.fixed(0)),
                Optional.empty(),
                Optional.of(licensing),
                Optional.of(SIXTEENTH),
                horizon);
        return exports(MonteCarloEngine.run(spec, RunOptions.of(200, 3).withThreads(1)));
    }

    @Test
    void theFirstApplicationsAreCentredHalfTheirDaysAfterTheEffectiveDay() {
        // a lag of two months: the first applications, centred at 0.5 + δ/2 = 0.74 of January, are decided in March
        // (d + 0.5 − δ/2 reaches 2 at d = 2), with none in February; applications centred later than 1 January + 1
        // month (0.5 + 2δ = 1.47, say) would wait until April, together with February's
        double[] exports = licensedExports(2, 1, 24, 5);
        assertThat(exports[0]).isCloseTo(15.0 / 31, within(EPS));
        assertThat(exports[1]).isCloseTo(0, within(EPS));
        assertThat(exports[2]).isCloseTo(16.0 / 31, within(0.005));
        assertThat(exports[3]).isCloseTo(1, within(0.005));
        assertThat(exports[4]).isCloseTo(1, within(0.005));
    }

    @Test
    void theFirstApplicationsStillPendingAfter24MonthsAreDecidedThen() {
        // a log-normal lag (median 20 months, spread 2) and 25 months: in month 24 the first month's applications
        // (16/31 of a month) still pending, 1 − G(23.5 − δ/2), are decided, with each later month's share due then;
        // those sum (month j's kernel at 24 − j) to G(23.5). G(x) = Φ(ln(x / 20) / σ), σ = ln 2 / 1.2816.
        double sigma = Math.log(2) / 1.2815515655446004;
        double delta = 15.0 / 31;
        double firstDecided = StandardNormal.cdf(Math.log((23.5 - delta / 2) / 20) / sigma);
        double laterDecided = StandardNormal.cdf(Math.log(23.5 / 20) / sigma);
        double[] exports = licensedExports(20, 2, 36, 25);
        assertThat(exports).hasSize(25);
        assertThat(exports[24]).isCloseTo(16.0 / 31 * (1 - firstDecided) + laterDecided, within(0.005));
    }

    @Test
    void buyersWhoLearnOfTheDeadlineInsideTheFreeDaysWantTheShareOfTheirCoverAfterTheAnnouncement() {
        // announced on 9 January for the 16th: 7 of the 15 free days follow the announcement, a = (7 / 30.4375) / δ of
        // them, so buyers want a months of precautionary cover by the deadline, close it at 1/δ (all of it) and order
        // δ + a, below the free days' ceiling 3δ
        Market market = twoMonthsCover(
                Fixtures.behaviour().precaution(1).restock(1).maxOrder(3).build());
        double delta = 15.0 / 31;
        double a = 7 / (365.25 / 12) / delta;
        double[] exports = banFromTheSixteenth(market, LocalDate.of(2026, 1, 9));
        assertThat(exports).containsExactly(new double[] {delta + a, 0}, within(EPS));
    }

    @Test
    void underAnEnforcementRampTheSplitMonthShipsWhatCustomsDoNotYetHold() {
        // customs reach full holding two months after 16 January: of the 16/31 in force they hold e = (16/31)² / 4
        // months. Every application decided at once, half granted; buyers with no stock see a refusal risk of 0.5 and
        // want precaution 2 × 0.5 = 1 month, restocking within a month. The free days order their use, 15/31; the
        // days in force order 2 (16/31), at the pace 2: 2e is applied for and e granted, and 2 (16/31 − e) ships
        // unheld: 15/31 + 32/31 − e in all
        Trade trade = Fixtures.trade(t -> {
            t.licencesPerMonth = 1e6;
            t.enforcementMonths = 2;
        });
        Market market = Market.bare(NI, Map.of("CN", 1.0))
                .withTrade(trade)
                .withBehaviour(Fixtures.behaviour()
                        .precaution(2)
                        .restock(1)
                        .maxOrder(10)
                        .build());
        ScenarioSpec spec = spec(
                market,
                new Phase(Distribution.fixed(24), Distribution.fixed(0.5)),
                Optional.empty(),
                Optional.of(new Licensing(Distribution.fixed(0), 1, Distribution.fixed(1))),
                Optional.of(SIXTEENTH),
                1);
        double e = (16.0 / 31) * (16.0 / 31) / 4;
        double[] exports =
                exports(MonteCarloEngine.run(spec, RunOptions.of(200, 3).withThreads(1)));
        assertThat(exports[0]).isCloseTo(47.0 / 31 - e, within(0.001));
    }
}
