package lodestone.sim.scenario;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A disruption scenario as data: what the issuer does, the perspective country's markets, their mitigations, the
 * horizon, and the written assumptions and sources. Read one with {@link ScenarioReader}; run it with
 * {@code lodestone.sim.engine.MonteCarloEngine}.
 *
 * @param id stable id (lower-case words joined by hyphens)
 * @param title one line
 * @param description what the scenario represents
 * @param start the first simulated month (month 0 is the month the disruption starts)
 * @param horizonMonths default number of months simulated (1..600)
 * @param perspective ISO alpha-2 code of the country whose supply is simulated
 * @param threshold shortfall level whose exceedance probability is reported, a fraction in (0, 1]
 * @param recoveryLevel a month counts as recovered when its shortfall is at or below this fraction
 * @param disruption what the issuer does
 * @param markets one per mineral
 * @param assumptions written notes on parameters
 * @param sources the sources the notes cite (URLs or references)
 */
public record ScenarioSpec(
        String id,
        String title,
        String description,
        YearMonth start,
        int horizonMonths,
        String perspective,
        double threshold,
        double recoveryLevel,
        Disruption disruption,
        List<Market> markets,
        List<Assumption> assumptions,
        List<String> sources) {
    /** Longest announcement lead represented (months). */
    public static final int MAX_LEAD_MONTHS = 24;

    private static final double DAYS_PER_MONTH = 365.25 / 12;

    public ScenarioSpec {
        markets = List.copyOf(markets);
        assumptions = List.copyOf(assumptions);
        sources = List.copyOf(sources);
        if (horizonMonths < 1 || horizonMonths > 600) {
            throw new IllegalArgumentException("horizonMonths (" + horizonMonths + ") must be within [1, 600].");
        }
        if (!(threshold > 0 && threshold <= 1) || !(recoveryLevel >= 0 && recoveryLevel < 1)) {
            throw new IllegalArgumentException("threshold (" + threshold + ") must be within (0, 1] and recoveryLevel ("
                    + recoveryLevel + ") within [0, 1).");
        }
        if (markets.isEmpty()) {
            throw new IllegalArgumentException("scenario " + id + " must have at least one market.");
        }
    }

    /**
     * A minimal scenario around one market, for tests, sweeps and the API.
     *
     * @param id the id
     * @param start the first month
     * @param horizonMonths months simulated
     * @param issuer the issuer's code
     * @param phases the severity profile
     * @param market the market
     * @return the scenario
     */
    public static ScenarioSpec of(
            String id, YearMonth start, int horizonMonths, String issuer, List<Phase> phases, Market market) {
        return new ScenarioSpec(
                id,
                id,
                "",
                start,
                horizonMonths,
                "US",
                0.2,
                0.01,
                new Disruption(issuer, java.util.Optional.empty(), List.of("ALL"), List.of(), phases),
                List.of(market),
                List.of(),
                List.of());
    }

    /** @return a copy with another default horizon */
    public ScenarioSpec withHorizon(int months) {
        return with(months, disruption, markets, assumptions);
    }

    /** @return a copy with another disruption */
    public ScenarioSpec withDisruption(Disruption other) {
        return with(horizonMonths, other, markets, assumptions);
    }

    /** @return a copy with other markets */
    public ScenarioSpec withMarkets(List<Market> other) {
        return with(horizonMonths, disruption, other, assumptions);
    }

    /** @return a copy with other written notes */
    public ScenarioSpec withAssumptions(List<Assumption> other) {
        return with(horizonMonths, disruption, markets, other);
    }

    /** @return a copy with the same id, texts, start, perspective, levels and sources and these parts */
    private ScenarioSpec with(
            int newHorizonMonths, Disruption newDisruption, List<Market> newMarkets, List<Assumption> newAssumptions) {
        return new ScenarioSpec(
                id,
                title,
                description,
                start,
                newHorizonMonths,
                perspective,
                threshold,
                recoveryLevel,
                newDisruption,
                newMarkets,
                newAssumptions,
                sources);
    }

    /** @return a copy with every market changed by {@code change} */
    public ScenarioSpec mapMarkets(UnaryOperator<Market> change) {
        List<Market> changed = new ArrayList<>();
        markets.forEach(market -> changed.add(change.apply(market)));
        return withMarkets(changed);
    }

    /**
     * @return the part of the start month before the measure takes effect, a fraction in [0, 1) (0 unless the
     *     disruption names a later effective day in that month)
     */
    public double effectiveOffset() {
        return disruption
                .effective()
                .map(day -> (day.getDayOfMonth() - 1) / (double) day.lengthOfMonth())
                .orElse(0.0);
    }

    /**
     * @return months between the announcement and the day the measure takes effect (0 if not announced earlier), at
     *     most {@value #MAX_LEAD_MONTHS}: buyers front-load during them
     */
    public double leadMonths() {
        LocalDate effective = disruption.effective().orElse(start.atDay(1));
        return disruption
                .announced()
                .map(day -> ChronoUnit.DAYS.between(day, effective) / DAYS_PER_MONTH)
                .map(months -> Math.max(0, Math.min(MAX_LEAD_MONTHS, months)))
                .orElse(0.0);
    }

    /** @return whole months simulated before the start month, from the announcement's month */
    public int leadWholeMonths() {
        return (int) Math.max(0, Math.ceil(leadMonths() - effectiveOffset() - 1e-9));
    }

    /** @return the first simulated month: the announcement's month, or the start */
    public YearMonth firstMonth() {
        return start.minusMonths(leadWholeMonths());
    }

    /** @return whether every market's supply mix is known */
    public boolean isResolved() {
        return markets.stream().allMatch(Market::isResolved);
    }
}
