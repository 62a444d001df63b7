package lodestone.app.view;

import java.util.ArrayList;
import java.util.List;
import lodestone.sim.engine.Band;
import lodestone.sim.engine.MarketResult;
import lodestone.sim.engine.MonthStatistics;
import lodestone.sim.engine.ScenarioResult;
import lodestone.sim.engine.Series;
import lodestone.sim.scenario.Assumption;
import lodestone.sim.scenario.ScenarioSpec;

/** A simulation result for output, shared by `lodestone simulate` and the server. */
public final class SimulationView {
    /** What every number means, as stated in the JSON output. */
    public static final String UNITS =
            "shortfall: fraction of the perspective's baseline monthly demand; exports: index,"
                    + " 1 = the issuer's baseline monthly exports of the product; exportsToPerspective: index, 1 = the baseline"
                    + " direct exports to the perspective; receipts: index, 1 = the perspective's baseline monthly supply;"
                    + " priceInside: the issuer's home price, index, 1 before the announcement; priceOutside and price: the"
                    + " marginal (spot) price outside the issuer, index, 1 before the announcement; priceRealised: the average"
                    + " price the perspective pays, weighted by volume, index, 1 before the announcement; stoppedShare: share of"
                    + " the perspective's demand held by buyers that had to stop; cumulativeShortfall: months of demand;"
                    + " monthsToRecovery and monthsToFirstStop: months from the start, censored at the horizon";

    private SimulationView() {}

    /**
     * The JSON form.
     *
     * @param scenario id
     * @param title title
     * @param perspective perspective country
     * @param issuer issuing country
     * @param start the month the measure takes effect
     * @param firstMonth the first simulated month (earlier than the start when announced before)
     * @param horizonMonths months simulated from the start
     * @param paths paths
     * @param seed seed
     * @param threshold shortfall threshold (fraction)
     * @param units what the numbers mean
     * @param markets per market
     * @param assumptions written notes
     * @param sources sources
     */
    public record View(
            String scenario,
            String title,
            String perspective,
            String issuer,
            String start,
            String firstMonth,
            int horizonMonths,
            int paths,
            long seed,
            double threshold,
            String units,
            List<MarketView> markets,
            List<Assumption> assumptions,
            List<String> sources) {
        public static View of(ScenarioSpec spec, ScenarioResult result) {
            List<MarketView> markets = new ArrayList<>();
            for (MarketResult m : result.markets()) {
                List<MonthView> months = new ArrayList<>();
                for (MonthStatistics s : m.months()) {
                    months.add(new MonthView(
                            s.month().toString(),
                            s.band(Series.SHORTFALL),
                            s.band(Series.PRICE_OUTSIDE),
                            s.probabilityAboveThreshold(),
                            s.band(Series.EXPORTS),
                            s.band(Series.EXPORTS_TO_PERSPECTIVE),
                            s.band(Series.RECEIPTS),
                            s.band(Series.PRICE_INSIDE),
                            s.band(Series.PRICE_OUTSIDE),
                            s.band(Series.PRICE_REALISED),
                            s.stoppedShare()));
                }
                markets.add(new MarketView(
                        m.mineral().value(),
                        m.product().orElse(""),
                        m.issuerShare(),
                        months,
                        m.cumulativeShortfall(),
                        m.probabilityAboveThreshold(),
                        m.monthsToRecovery(),
                        m.notRecovered(),
                        m.probabilityOfStop(),
                        m.monthsToFirstStop()));
            }
            return new View(
                    spec.id(),
                    spec.title(),
                    spec.perspective(),
                    spec.disruption().issuer(),
                    result.start().toString(),
                    result.firstMonth().toString(),
                    result.horizonMonths(),
                    result.paths(),
                    result.seed(),
                    result.threshold(),
                    UNITS,
                    markets,
                    spec.assumptions(),
                    spec.sources());
        }
    }

    /** One market in the JSON form. */
    public record MarketView(
            String mineral,
            String product,
            double issuerShare,
            List<MonthView> months,
            Band cumulativeShortfall,
            double probabilityAboveThreshold,
            Band monthsToRecovery,
            double notRecovered,
            double probabilityOfStop,
            Band monthsToFirstStop) {}

    /**
     * One month in the JSON form: every series as P5/P10/P50/P90/P95 and mean; {@code price} repeats
     * {@code priceOutside} for readers of the earlier format.
     */
    public record MonthView(
            String month,
            Band shortfall,
            Band price,
            double probabilityAboveThreshold,
            Band exports,
            Band exportsToPerspective,
            Band receipts,
            Band priceInside,
            Band priceOutside,
            Band priceRealised,
            double stoppedShare) {}
}
