package lodestone.sim.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lodestone.sim.engine.PathOutcomes;
import lodestone.sim.engine.Series;
import lodestone.sim.scenario.Assumption;
import lodestone.sim.scenario.Distribution;
import lodestone.sim.scenario.Instrument;
import lodestone.sim.scenario.IssuerStocks;
import lodestone.sim.scenario.Market;
import lodestone.sim.scenario.Phase;
import lodestone.sim.scenario.ScenarioSpec;

/**
 * An episode built ex ante with its one scenario, one world market of the mineral outside the issuer and no licences
 * (the ex-ante episodes' pages, docs/research/episodes/), and the checks every such episode's test makes: the months it
 * simulates, the dates its assumptions cite, its paths and the rows it is scored on. Each test then states only its own
 * figures.
 *
 * @param episode the episode, loaded and checked as {@link BacktestTest#exAnteEpisode} does
 * @param world its one scenario
 */
record ExAnteWorld(Episode episode, ScenarioSpec world) {
    /** A month named with its year ("March 2024"), or a year of this century standing alone. */
    private static final Pattern DATE = Pattern.compile("\\b(?:([A-Z][a-z]+) )?(20\\d\\d)\\b");

    /**
     * Loads the episode and checks that its scenario is one world market of the mineral without licences, the issuer
     * holding the share given ({@link BacktestTest#isOneWorldMarketWithoutLicences}).
     */
    static ExAnteWorld load(String episode, String scenario, String issuer, String mineral, double issuerShare) {
        ExAnteWorld loaded = of(episode, scenario);
        BacktestTest.isOneWorldMarketWithoutLicences(loaded.world, issuer, mineral, issuerShare);
        return loaded;
    }

    /** Loads the episode, checked as {@link BacktestTest#exAnteEpisode} does, with no check of its markets. */
    static ExAnteWorld of(String episode, String scenario) {
        Episode loaded = BacktestTest.exAnteEpisode(episode, scenario);
        return new ExAnteWorld(loaded, loaded.scenario(scenario).orElseThrow());
    }

    /** @return the scenario's (first) market */
    Market market() {
        return world.markets().get(0);
    }

    /**
     * Checks the months: in force from {@code start}, simulated from {@code first}, with {@code lead} whole months
     * before the start and {@code horizon} months from it.
     */
    void simulates(YearMonth start, YearMonth first, int lead, int horizon) {
        assertThat(List.of(world.start(), world.firstMonth())).containsExactly(start, first);
        assertThat(List.of(world.leadWholeMonths(), world.horizonMonths())).containsExactly(lead, horizon);
    }

    /**
     * Checks a measure in force from {@code day} that was not announced before it (no lead; the days of its month
     * before it trade freely, δ = (day - 1) / the month's length), simulated for {@code horizon} months from that month.
     */
    void inForceUnannouncedFrom(LocalDate day, int horizon) {
        var disruption = world.disruption();
        assertThat(disruption.announced()).isEmpty();
        assertThat(disruption.effective()).contains(day);
        inForceWithoutLeadFrom(day, horizon);
    }

    /**
     * Checks a measure announced and in force on {@code day} (no lead; the days of its month before it trade freely,
     * δ = (day - 1) / the month's length), simulated for {@code horizon} months from that month.
     */
    void announcedAndInForceFrom(LocalDate day, int horizon) {
        var disruption = world.disruption();
        assertThat(List.of(disruption.announced(), disruption.effective())).containsOnly(Optional.of(day));
        inForceWithoutLeadFrom(day, horizon);
    }

    /** No lead, δ = (day - 1) / the month's length, {@code horizon} months simulated from {@code day}'s month. */
    private void inForceWithoutLeadFrom(LocalDate day, int horizon) {
        assertThat(world.leadMonths()).isZero();
        assertThat(world.effectiveOffset()).isEqualTo((day.getDayOfMonth() - 1) / (double) day.lengthOfMonth());
        YearMonth start = YearMonth.from(day);
        simulates(start, start, 0, horizon);
    }

    /**
     * Checks a ban on every buyer without licences, announced and in force on {@code day}, the first day of the
     * window's first month (no lead, δ = 0), simulated for {@code horizon} months from that month.
     */
    void bansEveryoneFromTheWindowsFirstDay(LocalDate day, int horizon) {
        assertThat(day.getDayOfMonth()).isEqualTo(1);
        bansEveryoneWithoutLeadFrom(day, horizon);
    }

    /**
     * Checks a ban on every buyer without licences, announced and in force on {@code day} (no lead; the days of its
     * month before it trade freely, δ = (day - 1) / the month's length), simulated for {@code horizon} months from
     * that month.
     */
    void bansEveryoneWithoutLeadFrom(LocalDate day, int horizon) {
        announcedAndInForceFrom(day, horizon);
        var disruption = world.disruption();
        assertThat(List.of(disruption.instrument(), disruption.targetsEveryone(), disruption.licensing()))
                .containsExactly(Instrument.BAN, true, Optional.empty());
    }

    /**
     * The ex-ante rule as the file writes it: no assumption's value or basis names a month after the cut-off (a month
     * with its year) or a later year, except the window's ({@code disruption.announced}), which names the simulated
     * months.
     */
    void citesNothingAfter(YearMonth cutOff) {
        citesNothingAfterBut(cutOff, "disruption.announced");
    }

    /**
     * The ex-ante rule as {@link #citesNothingAfter} checks it, exempting every assumption whose parameter starts with
     * one of {@code exempt} (the window's, and the terms in force where a regulation after the cut-off set them).
     */
    void citesNothingAfterBut(YearMonth cutOff, String... exempt) {
        for (Assumption a : world.assumptions()) {
            if (Arrays.stream(exempt).anyMatch(a.parameter()::startsWith)) {
                continue;
            }
            Matcher date = DATE.matcher(a.value() + " " + a.basis());
            while (date.find()) {
                int year = Integer.parseInt(date.group(2));
                boolean later = year > cutOff.getYear()
                        || (year == cutOff.getYear() && month(date.group(1)) > cutOff.getMonthValue());
                assertThat(later).as(a.parameter() + ": " + date.group()).isFalse();
            }
        }
    }

    /**
     * Checks two phases: the first refusing a share between {@code first[0]} and {@code first[1]}, the second one
     * between {@code second[0]} and {@code second[1]} for the rest of the window (36 months), neither extended.
     *
     * @return the phases
     */
    List<Phase> twoPhases(double[] first, double[] second) {
        List<Phase> phases = world.disruption().phases();
        assertThat(phases).hasSize(2);
        for (int i = 0; i < 2; i++) {
            Distribution severity = phases.get(i).severity();
            assertThat(new double[] {severity.min(), severity.max()}).containsExactly(i == 0 ? first : second);
        }
        assertThat(phases.get(1).months().median()).isEqualTo(36);
        assertThat(phases).allMatch(p -> p.extension().isEmpty());
        return phases;
    }

    /**
     * Checks a cut of the issuer's output ({@link Instrument#OUTPUT}) on every buyer, without licences, with nothing
     * leaking (what is not made cannot be transshipped).
     *
     * @return the cut's phases
     */
    List<Phase> cutsEveryonesOutputWithoutLeakage() {
        var disruption = world.disruption();
        assertThat(List.of(disruption.instrument(), disruption.targetsEveryone(), disruption.licensing()))
                .containsExactly(Instrument.OUTPUT, true, Optional.empty());
        assertThat(market().leakage().max()).isZero();
        return disruption.phases();
    }

    /**
     * Checks a closed border or port that holds all of the issuer's exports: coveredShare 1, one phase of uniform
     * months from {@code minMonths} to {@code maxMonths} refusing every tonne, its length drawn once (no review), and
     * nothing leaking.
     */
    void closesEveryRouteFor(double minMonths, double maxMonths) {
        assertThat(market().trade().coveredShare()).isEqualTo(1);
        List<Phase> phases = world.disruption().phases();
        assertThat(phases).hasSize(1);
        Phase closure = phases.get(0);
        assertThat(List.of(closure.months().min(), closure.months().max())).containsExactly(minMonths, maxMonths);
        assertThat(List.of(closure.severity().min(), closure.severity().max())).containsOnly(1.0);
        assertThat(closure.extension()).isEmpty();
        assertThat(market().leakage().max()).isZero();
    }

    /**
     * Checks a closed border that holds all of an issuer's exports from the window's first day ({@code day}, no lead,
     * δ = 0, {@code horizon} months) for uniform {@code minMonths} to {@code maxMonths} months
     * ({@link #closesEveryRouteFor}), the issuer selling all it mines at the outside price, its output unchanged while
     * what it makes waits.
     */
    void holdsEveryExportFromTheWindowsFirstDay(LocalDate day, int horizon, double minMonths, double maxMonths) {
        bansEveryoneFromTheWindowsFirstDay(day, horizon);
        assertThat(world.effectiveOffset()).isZero();
        closesEveryRouteFor(minMonths, maxMonths);
        sellsAllItMinesAtTheOutsidePrice();
        assertThat(market().trade().issuerOutput()).isEmpty();
    }

    /**
     * Checks an issuer without a home market of its own: it exports what it mines (the model's ceiling, 0.95) at the
     * outside price, with no imported feed, spare capacity or stocks of its own.
     */
    void sellsAllItMinesAtTheOutsidePrice() {
        Market market = market();
        assertThat(market.trade().issuerExportShare()).isEqualTo(0.95);
        assertThat(market.trade().directAtOutsidePrice()).isEqualTo(1);
        assertThat(market.trade().importedFeedShare()).isZero();
        assertThat(market.spareCapacity().max()).isZero();
        assertThat(market.issuerStocks()).isEqualTo(IssuerStocks.NONE);
    }

    /**
     * Checks an issuer without a home market of its own that holds stocks made before the measure: it exports what it
     * makes (the model's ceiling, 0.95) at the outside price, with no imported feed, spare capacity or change of output,
     * and its stocks, between {@code least} and {@code most} months of its pace, leave from the start at up to {@code
     * perMonth} months of the pace a month.
     *
     * @return the stocks
     */
    IssuerStocks sellsAllItMakesAtTheOutsidePriceAndItsStocks(double least, double most, double perMonth) {
        Market market = market();
        assertThat(market.trade().issuerExportShare()).isEqualTo(0.95);
        assertThat(market.trade().directAtOutsidePrice()).isEqualTo(1);
        assertThat(market.trade().importedFeedShare()).isZero();
        assertThat(market.spareCapacity().max()).isZero();
        assertThat(market.trade().issuerOutput()).isEmpty();
        IssuerStocks stocks = market.issuerStocks();
        assertThat(List.of(stocks.months().min(), stocks.months().max(), stocks.maxPerMonth()))
                .containsExactly(least, most, perMonth);
        assertThat(stocks.from()).isEmpty();
        return stocks;
    }

    /**
     * The ex-ante rule as {@link #citesNothingAfter} checks it, with the window's assumption the first and the only
     * one exempt, its basis naming each of {@code windowStates} (the event's day, the cut-off).
     */
    void citesNothingAfterButTheWindow(YearMonth cutOff, String... windowStates) {
        List<Assumption> assumptions = world.assumptions();
        assertThat(assumptions)
                .filteredOn(a -> a.parameter().startsWith("disruption.announced"))
                .containsExactly(assumptions.get(0));
        citesNothingAfter(cutOff);
        assertThat(assumptions.get(0).basis()).contains(windowStates);
    }

    /**
     * Runs the market for the paths given with its first phase alone (what follows it refuses nothing), on the same
     * seed as {@link #paths}, checking it as {@link #paths} does.
     */
    PathOutcomes firstPhaseAlone(int runs) {
        var disruption = world.disruption();
        ScenarioSpec alone = world.withDisruption(disruption.withPhases(
                List.of(disruption.phases().get(0), new Phase(Distribution.fixed(36), Distribution.fixed(0)))));
        return BacktestTest.oneMarketInRange(
                alone, runs, world.firstMonth(), world.leadWholeMonths() + world.horizonMonths());
    }

    /**
     * Checks that over the months from {@code from} to before {@code to} more leaves, and the outside price stands
     * lower, with the first phase alone ({@link #firstPhaseAlone}) than on the paths given: the later phases are what
     * holds the price there.
     */
    void firstPhaseAloneShipsMoreAndPricesLower(PathOutcomes paths, int from, int to) {
        PathOutcomes alone = firstPhaseAlone(paths.paths());
        assertThat(mean(alone, Series.EXPORTS, from, to)).isGreaterThan(mean(paths, Series.EXPORTS, from, to));
        assertThat(mean(alone, Series.PRICE_OUTSIDE, from, to)).isLessThan(mean(paths, Series.PRICE_OUTSIDE, from, to));
    }

    /**
     * Checks that the measure's first months, to before {@code lessTo}, ship less and price higher than with nothing
     * refused ({@link #shipsLessAndPricesHigherThanUnrefused}), and that its later phases are what holds the price from
     * {@code aloneFrom} to before {@code aloneTo} ({@link #firstPhaseAloneShipsMoreAndPricesLower}).
     */
    void holdsThePriceFromItsFirstMonthAndByItsLaterPhases(PathOutcomes paths, int lessTo, int aloneFrom, int aloneTo) {
        shipsLessAndPricesHigherThanUnrefused(paths, 0, lessTo);
        firstPhaseAloneShipsMoreAndPricesLower(paths, aloneFrom, aloneTo);
    }

    /**
     * Runs the market for the paths given, on the same seed as {@link #paths}, with its disruption one phase refusing
     * the share given of the covered exports for the rest of the window (36 months).
     */
    PathOutcomes refusing(double severity, int runs) {
        return BacktestTest.oneMarketInRange(
                refusingAll(world, severity),
                runs,
                world.firstMonth(),
                world.leadWholeMonths() + world.horizonMonths());
    }

    /**
     * Checks that over the months from {@code from} to before {@code to} less leaves, and the outside price stands
     * higher, than on the same paths with nothing refused ({@link #refusing} 0).
     */
    void shipsLessAndPricesHigherThanUnrefused(PathOutcomes paths, int from, int to) {
        PathOutcomes unrefused = refusing(0, paths.paths());
        assertThat(mean(paths, Series.EXPORTS, from, to)).isLessThan(mean(unrefused, Series.EXPORTS, from, to));
        assertThat(mean(paths, Series.PRICE_OUTSIDE, from, to))
                .isGreaterThan(mean(unrefused, Series.PRICE_OUTSIDE, from, to));
    }

    /** @return the scenario with its disruption one phase refusing the share given of the covered exports, 36 months */
    static ScenarioSpec refusingAll(ScenarioSpec world, double severity) {
        return world.withDisruption(world.disruption()
                .withPhases(List.of(new Phase(Distribution.fixed(36), Distribution.fixed(severity)))));
    }

    /** @return the month's number for an English month's name, 0 for any other word or none */
    private static int month(String word) {
        return Arrays.stream(Month.values())
                .filter(m -> m.getDisplayName(TextStyle.FULL, Locale.ENGLISH).equals(word))
                .mapToInt(Month::getValue)
                .findFirst()
                .orElse(0);
    }

    /**
     * Runs the market for the paths given over every simulated month, checking the first month and the ranges as
     * {@link BacktestTest#oneMarketInRange} does.
     */
    PathOutcomes paths(int runs) {
        return BacktestTest.oneMarketInRange(
                world, runs, world.firstMonth(), world.leadWholeMonths() + world.horizonMonths());
    }

    /** @return the series' mean over the paths in the month (0: the first simulated) */
    static double mean(PathOutcomes paths, Series series, int month) {
        return mean(paths, series, month, month + 1);
    }

    /** @return the mean over the paths of the series' mean over the months from {@code from} to before {@code to} */
    static double mean(PathOutcomes paths, Series series, int from, int to) {
        double sum = 0;
        for (int p = 0; p < paths.paths(); p++) {
            for (int t = from; t < to; t++) {
                sum += paths.value(series, p, t);
            }
        }
        return sum / (to - from) / paths.paths();
    }

    /**
     * Checks the buyers' cover: a median of the months given, spread as the gallium market's (p90 / median 1.82), as
     * the ex-ante episodes without a count of the cover's spread declare it.
     */
    void coversMonthsSpreadAsGalliums(double median) {
        assertThat(market().stocksMonths().median()).isEqualTo(median);
        assertThat(market().stocksMonths().quantile(0.9)).isCloseTo(median * 1.82, within(0.005));
    }

    /** @return the share of the paths whose exports in the month (0: the first simulated) are at most the level given */
    static double shareShippingAtMost(PathOutcomes paths, int month, double level) {
        int low = 0;
        for (int p = 0; p < paths.paths(); p++) {
            if (paths.value(Series.EXPORTS, p, month) <= level) {
                low++;
            }
        }
        return low / (double) paths.paths();
    }

    /** @return how many paths have the outside price in the month above 1, its level before the announcement */
    static int higherOutside(PathOutcomes paths, int month) {
        int higher = 0;
        for (int p = 0; p < paths.paths(); p++) {
            if (paths.value(Series.PRICE_OUTSIDE, p, month) > 1) {
                higher++;
            }
        }
        return higher;
    }

    /**
     * Checks that without rows nothing is scored and that with the rows given, each "id series month" on the (first)
     * market with a placeholder value, exactly those are, in order ({@link BacktestTest#scoresOnlyTheRowsItIsGiven}).
     */
    void scoresOnly(String... rows) {
        String where = episode.id() + ", scenario: " + world.id() + ", market: "
                + market().mineral().value();
        String[] ids = Arrays.stream(rows).map(r -> r.split(" ", -1)[0]).toArray(String[]::new);
        BacktestTest.scoresOnlyTheRowsItIsGiven(episode, BacktestTest.placeholders(where, rows), ids);
    }
}
