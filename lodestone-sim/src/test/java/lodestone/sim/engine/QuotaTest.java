package lodestone.sim.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import lodestone.model.mineral.MineralId;
import lodestone.sim.Fixtures;
import lodestone.sim.scenario.Behaviour;
import lodestone.sim.scenario.Disruption;
import lodestone.sim.scenario.Distribution;
import lodestone.sim.scenario.Instrument;
import lodestone.sim.scenario.Licensing;
import lodestone.sim.scenario.Market;
import lodestone.sim.scenario.Phase;
import lodestone.sim.scenario.Response;
import lodestone.sim.scenario.ScenarioSpec;
import org.junit.jupiter.api.Test;

/**
 * Closed forms of a tonnage quota against a ban of the same severity, one buyer class per group: the quota releases
 * (1 − sev) of the pre-measure pace (1) into an allowance each month in force, the orders ship against it, what is not
 * shipped carries forward, and in the quota year's last month the holders ship what is left up to the buyers' order
 * ceiling before it lapses; what ships under it is priced at the outside price. Monthly values are stored as
 * {@code float}, hence the 1e-6 tolerance.
 */
class QuotaTest {
    private static final MineralId NI = MineralId.of("nickel");
    private static final double EPS = 1e-6;
    private static final YearMonth START = YearMonth.of(2026, 1);

    /** China cuts every destination in one phase of a year from January 2026; the US is half of its exports. */
    private static ScenarioSpec spec(
            Market market,
            double severity,
            Instrument instrument,
            Optional<YearMonth> yearEnds,
            Optional<LocalDate> announced,
            Optional<LocalDate> effective,
            int horizon) {
        return Fixtures.scenario(market, s -> {
            s.phases = List.of(new Phase(Distribution.fixed(12), Distribution.fixed(severity)));
            s.instrument = Optional.of(instrument);
            s.quotaYearEnds = yearEnds;
            s.announced = announced;
            s.effective = effective;
            s.horizon = horizon;
        });
    }

    /** Everyone depends on China and holds two months of cover, released when short. */
    private static Market twoMonthsCover(Behaviour behaviour) {
        return Fixtures.twoMonthsCover(NI, behaviour);
    }

    private static double[] exports(ScenarioSpec spec) {
        return Fixtures.medianExports(spec, 8);
    }

    @Test
    void aQuotaShipsItsAllowanceWhateverBuyersOrderWhereABanShipsAShareOfTheirOrders() {
        // restocking in a month, orders up to two months of use, no precaution. A quota of half the earlier pace:
        // month 0 orders 1 and ships 0.5 (stock 2 → 1.5); month 1 orders 1 + 0.5 and still ships 0.5 (stock 1); month 2
        // orders 2, the ceiling, and ships 0.5 (the year ends with it, nothing is left to ship); month 3 starts the
        // next
        // year's allowance, 0.5 again. A ban refusing half of the orders ships 0.5, 0.75, 0.875, 0.9375 as they rise.
        Market market =
                twoMonthsCover(Fixtures.behaviour().restock(1).maxOrder(2).build());
        Optional<YearMonth> yearEnds = Optional.of(START.plusMonths(2));
        assertThat(exports(spec(market, 0.5, Instrument.QUOTA, yearEnds, Optional.empty(), Optional.empty(), 4)))
                .containsExactly(new double[] {0.5, 0.5, 0.5, 0.5}, within(EPS));
        assertThat(exports(spec(market, 0.5, Instrument.BAN, Optional.empty(), Optional.empty(), Optional.empty(), 4)))
                .containsExactly(new double[] {0.5, 0.75, 0.875, 0.9375}, within(EPS));
    }

    @Test
    void theAllowanceNotShippedCarriesForwardAndTheHoldersShipWhatIsLeftBeforeTheYearEnds() {
        // announced 30 days ahead (a = 30 / 30.4375 of month −1 announced) with deadline stocking 0.5 of a six-month
        // window at the refusal risk 0.25: month −1 orders 1 + 0.75 a (stock 2 + 0.75 a); in force the addition ends,
        // so month 0 orders 1 − 0.75 a against an allowance of 0.75 and 0.75 a − 0.25 is left (stock 2); month 1
        // releases 0.75 more (0.5 + 0.75 a) and orders 1. If the quota year ends with month 1 the holders ship all of
        // it (the ceiling is 2; stock 1.5 + 0.75 a) and month 2 starts afresh: 0.75 released against 1.5 − 0.75 a
        // ordered. If it ends later, month 1 ships the 1 ordered and carries 0.75 a − 0.5, and month 2 ships that
        // plus 0.75 against the 1 ordered.
        Market market = twoMonthsCover(Fixtures.behaviour()
                .restock(1)
                .maxOrder(2)
                .forward(6)
                .stocking(0.5)
                .build());
        Optional<LocalDate> announced = Optional.of(LocalDate.of(2025, 12, 2));
        double a = 30 / (365.25 / 12);
        double early = 0.75 * a;
        assertThat(exports(spec(
                        market,
                        0.25,
                        Instrument.QUOTA,
                        Optional.of(START.plusMonths(1)),
                        announced,
                        Optional.empty(),
                        3)))
                .containsExactly(new double[] {1 + early, 1 - early, 0.5 + early, 0.75}, within(EPS));
        double[] later = {1 + early, 1 - early, 1, early + 0.25};
        assertThat(exports(spec(
                        market,
                        0.25,
                        Instrument.QUOTA,
                        Optional.of(START.plusMonths(11)),
                        announced,
                        Optional.empty(),
                        3)))
                .containsExactly(later, within(EPS));
        // the calendar year by default: December 2026, past the horizon
        assertThat(exports(spec(market, 0.25, Instrument.QUOTA, Optional.empty(), announced, Optional.empty(), 3)))
                .containsExactly(later, within(EPS));
    }

    @Test
    void stockHeldAtHomeLiftsTheHomePriceButNotWhatTheQuotaShipsAtTheOutsidePrice() {
        // the case below with a measure of one month, after which the withheld exports leave and the home price rises,
        // and the home market holding stock at no cost (homeCarry 0): month 0's home price is lifted to the highest
        // later one, but under a quota what the covered buyers receive still leaves at the outside price, so the
        // realised price stays the outside price; under a ban it is the home price, lifted with it
        Market market = directBuyers();
        for (Instrument instrument : List.of(Instrument.QUOTA, Instrument.BAN)) {
            PathOutcomes held = paths(oneMonth(market.withHomeCarry(OptionalDouble.of(0)), instrument));
            PathOutcomes own = paths(oneMonth(market, instrument));
            double highest = Math.max(own.value(Series.PRICE_INSIDE, 0, 1), own.value(Series.PRICE_INSIDE, 0, 2));
            assertThat(highest).isGreaterThan(own.value(Series.PRICE_INSIDE, 0, 0) + 0.01);
            double home = held.value(Series.PRICE_INSIDE, 0, 0);
            assertThat(home).isCloseTo(highest, within(EPS));
            assertThat(held.value(Series.PRICE_REALISED, 0, 0))
                    .isCloseTo(
                            instrument == Instrument.QUOTA ? held.value(Series.PRICE_OUTSIDE, 0, 0) : home,
                            within(EPS));
        }
    }

    /**
     * The market of the two tests on the realised price: two months of cover, nothing absorbed at home (absorption 0)
     * and contracts that follow the spot within the month (contractMonths 1).
     */
    private static Market directBuyers() {
        return twoMonthsCover(Fixtures.behaviour()
                .precaution(1)
                .restock(1)
                .maxOrder(2)
                .flexibility(1)
                .issuerFlexibility(1)
                .absorption(0)
                .contractMonths(1)
                .build());
    }

    /** China cuts half of every destination's orders in January 2026 only; three months. */
    private static ScenarioSpec oneMonth(Market market, Instrument instrument) {
        return Fixtures.scenario(market, s -> {
            s.phases = List.of(new Phase(Distribution.fixed(1), Distribution.fixed(0.5)));
            s.instrument = Optional.of(instrument);
            s.horizon = 3;
        });
    }

    @Test
    void whatShipsUnderAQuotaIsPricedAtTheOutsidePriceAndUnderABanAtTheHomePrice() {
        // China is every buyer's only source and contracts follow the spot within the month, so the realised price is
        // the direct shipments' price: the outside price under a quota, the home price under a ban; in the month
        // split at the 16th the 15 free days' exports leave at the home price and the rest at the outside price
        Market market = directBuyers();
        Optional<LocalDate> sixteenth = Optional.of(LocalDate.of(2026, 1, 16));
        for (Instrument instrument : List.of(Instrument.QUOTA, Instrument.BAN)) {
            PathOutcomes whole =
                    paths(spec(market, 0.5, instrument, Optional.empty(), Optional.empty(), Optional.empty(), 3));
            for (int t = 0; t < 3; t++) {
                double outside = whole.value(Series.PRICE_OUTSIDE, 0, t);
                double home = whole.value(Series.PRICE_INSIDE, 0, t);
                assertThat(Math.abs(outside - home)).isGreaterThan(0.05);
                assertThat(whole.value(Series.PRICE_REALISED, 0, t))
                        .isCloseTo(instrument == Instrument.QUOTA ? outside : home, within(EPS));
            }
            PathOutcomes split = paths(spec(market, 0.5, instrument, Optional.empty(), Optional.empty(), sixteenth, 2));
            double outside = split.value(Series.PRICE_OUTSIDE, 0, 0);
            double home = split.value(Series.PRICE_INSIDE, 0, 0);
            // the free days order 15/31 of a month's use at the home price; the 16 days in force release 16/31 x 0.5
            // of the pace, all of it shipped under the quota at the outside price
            double free = 15.0 / 31;
            double under = 16.0 / 31 * 0.5;
            double shipped = split.value(Series.EXPORTS, 0, 0);
            assertThat(split.value(Series.PRICE_REALISED, 0, 0))
                    .isCloseTo(
                            instrument == Instrument.QUOTA ? (free * home + under * outside) / (free + under) : home,
                            within(EPS));
            // the days in force order 1.5 a month (use 1 and precaution 1 at the risk 0.5): the ban ships half of it
            assertThat(shipped)
                    .isCloseTo(
                            instrument == Instrument.QUOTA ? free + under : free + 1.5 * 16.0 / 31 * 0.5, within(EPS));
        }
    }

    @Test
    void whatAQuotaRefusesLeaksAtTheMarketsLeakageAndTheHoldersOfferAtTheYearsEndIsNotRefused() {
        // the first test's quota of half the pace, with a fifth of what is refused arriving through third countries
        // (not recorded as the issuer's exports, received by the buyers). Month 0 orders 1, ships 0.5, refuses 0.5 and
        // 0.1 leaks: 0.6 received (stock 2 → 1.6). Month 1 orders 1 + 0.4 and ships 0.5: 0.9 refused, 0.18 leaks, 0.68
        // received (stock 1.28). Month 2 ends the quota year: the holders offer up to the ceiling of 2, the buyers
        // want 1 + 0.72 and get the 0.5 left; what is refused is what they wanted and did not get, 1.22, so 0.244
        // leaks (0.744 received, stock 1.024). Month 3 starts the next year: 1.976 ordered, 0.5 shipped, 1.476 refused,
        // 0.2952 leaks.
        Market market = twoMonthsCover(
                        Fixtures.behaviour().restock(1).maxOrder(2).build())
                .withMitigations(Distribution.fixed(0), 0, Distribution.fixed(0.2), Response.NONE, Response.NONE);
        ScenarioSpec quota = spec(
                market, 0.5, Instrument.QUOTA, Optional.of(START.plusMonths(2)), Optional.empty(), Optional.empty(), 4);
        PathOutcomes paths = paths(quota);
        double[] exports = new double[4];
        double[] receipts = new double[4];
        for (int t = 0; t < 4; t++) {
            exports[t] = paths.value(Series.EXPORTS, 0, t);
            receipts[t] = paths.value(Series.RECEIPTS, 0, t);
        }
        assertThat(exports).containsExactly(new double[] {0.5, 0.5, 0.5, 0.5}, within(EPS));
        assertThat(receipts).containsExactly(new double[] {0.6, 0.68, 0.744, 0.7952}, within(EPS));
    }

    @Test
    void aQuotaSpanningTwoQuotaYearsLapsesAtEachYearsEndAndTheNextYearStartsFresh() {
        // a quarter of the pace withheld (0.75 released a month), restocking in a month, orders up to 2, and recycling
        // of half the use from the start, so buyers order less than the allowance once their stock is above target:
        // month 0 orders 1 and ships 0.75 (received 1.25, stock 2.25); month 1 orders and ships 0.75 (stock 2.5); from
        // month 2 they order and ship 0.5 and 0.25 of the allowance a month is left, 2.25 after month 10. December
        // (month 11) ends the calendar quota year: 3 are left and the holders ship up to the ceiling, 2 (received 2.5,
        // stock 4); the last 1 lapses. The second year starts with nothing carried.
        Market market = twoMonthsCover(
                        Fixtures.behaviour().restock(1).maxOrder(2).build())
                .withMitigations(
                        Distribution.fixed(0), 0, Distribution.fixed(0), Response.NONE, new Response(0.5, 0, 0));
        double[] firstYear = {0.75, 0.75, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 2};
        // (a) the quota stands at a quarter withheld for 24 months: months 12-14 order nothing (stock 4 → 3.5 → 3 →
        // 2.5) while 2.25 accumulate, month 15 orders 0.5 and ships it (2.5 left), months 16-22 add 0.25 a month (4.25
        // left), and December of the second year (month 23) ends it: 5 left, 2 shipped
        double[] twoYears = concat(firstYear, new double[] {0, 0, 0, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 2});
        assertThat(exports(quotaPhases(market, List.of(phase(24, 0.25)), 24))).containsExactly(twoYears, within(EPS));
        // (b) three quarters withheld from the second year (0.25 released a month): months 12-14 order nothing, month
        // 15 orders 0.5 against the 1 released since month 12 (0.5 left), months 16 and 17 ship 0.5 each (0.25 left,
        // then 0), and month 18 ships only the month's 0.25 of the 0.5 ordered: the 1 that lapsed in December is not
        // there to ship
        double[] tighter = concat(firstYear, new double[] {0, 0, 0, 0.5, 0.5, 0.5, 0.25});
        assertThat(exports(quotaPhases(market, List.of(phase(12, 0.25), phase(12, 0.75)), 19)))
                .containsExactly(tighter, within(EPS));
    }

    private static Phase phase(int months, double severity) {
        return new Phase(Distribution.fixed(months), Distribution.fixed(severity));
    }

    /** A quota on every destination from January 2026 in the given phases, its quota year the calendar year. */
    private static ScenarioSpec quotaPhases(Market market, List<Phase> phases, int horizon) {
        ScenarioSpec one =
                spec(market, 0.25, Instrument.QUOTA, Optional.empty(), Optional.empty(), Optional.empty(), horizon);
        return new ScenarioSpec(
                one.id(),
                one.title(),
                one.description(),
                one.start(),
                horizon,
                one.perspective(),
                one.threshold(),
                one.recoveryLevel(),
                one.disruption().withPhases(phases),
                one.markets(),
                one.assumptions(),
                one.sources());
    }

    private static double[] concat(double[] a, double[] b) {
        double[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static PathOutcomes paths(ScenarioSpec spec) {
        return MonteCarloEngine.run(spec, RunOptions.of(1, 1).withThreads(1).keepingPaths())
                .markets()
                .get(0)
                .paths()
                .orElseThrow();
    }

    @Test
    void aLicenceNeedsItsProcessAndOnlyAQuotaHasAQuotaYear() {
        Licensing process = new Licensing(Distribution.fixed(1), 1.6, Distribution.fixed(0.5));
        assertThatThrownBy(() -> disruption(Optional.of(process), Instrument.QUOTA, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is a quota: must not have a licensing block");
        assertThatThrownBy(() -> disruption(Optional.empty(), Instrument.LICENCE, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("a licence needs a licensing block");
        assertThatThrownBy(() -> disruption(Optional.empty(), Instrument.BAN, Optional.of(START)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("only a quota has a quota year");
        Disruption ban = new Disruption(
                "CN",
                Optional.empty(),
                List.of("ALL"),
                List.of(),
                List.of(new Phase(Distribution.fixed(6), Distribution.fixed(1))));
        assertThat(ban.instrument()).isEqualTo(Instrument.BAN);
        assertThat(ban.withLicensing(process).instrument()).isEqualTo(Instrument.LICENCE);
        assertThat(disruption(Optional.empty(), Instrument.QUOTA, Optional.of(START))
                        .withPhases(ban.phases())
                        .quotaYearEnds())
                .contains(START);
        assertThat(Instrument.find("Quota")).contains(Instrument.QUOTA);
        assertThat(Instrument.find("tariff")).isEmpty();
        assertThat(Instrument.ids()).isEqualTo("licence, ban, quota, output");
    }

    private static Disruption disruption(
            Optional<Licensing> licensing, Instrument instrument, Optional<YearMonth> yearEnds) {
        return new Disruption(
                "CN",
                Optional.empty(),
                List.of("ALL"),
                List.of(),
                List.of(new Phase(Distribution.fixed(6), Distribution.fixed(1))),
                Optional.empty(),
                licensing,
                Optional.empty(),
                instrument,
                yearEnds);
    }
}
