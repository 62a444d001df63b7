package lodestone.app.view;

import java.util.ArrayList;
import java.util.List;
import lodestone.sim.engine.MarketResult;
import lodestone.sim.engine.MonthStatistics;
import lodestone.sim.engine.ScenarioResult;
import lodestone.sim.engine.Summary;
import lodestone.sim.scenario.Assumption;
import lodestone.sim.scenario.ScenarioSpec;

/** A simulation result for output, shared by `lodestone simulate` and the server. */
public final class SimulationView {
    private SimulationView() {}

    /**
     * The JSON form.
     *
     * @param scenario id
     * @param title title
     * @param perspective perspective country
     * @param issuer issuing country
     * @param start first month
     * @param horizonMonths months simulated
     * @param paths paths
     * @param seed seed
     * @param threshold shortfall threshold (fraction)
     * @param units what the numbers mean
     * @param markets per mineral
     * @param assumptions written notes
     * @param sources sources
     */
    public record View(
            String scenario,
            String title,
            String perspective,
            String issuer,
            String start,
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
                            new Summary(s.shortfallP5(), s.shortfallP50(), s.shortfallP95(), s.shortfallMean()),
                            new Band(s.priceP5(), s.priceP50(), s.priceP95()),
                            s.probabilityAboveThreshold()));
                }
                markets.add(new MarketView(
                        m.mineral().value(),
                        m.issuerShare(),
                        months,
                        m.cumulativeShortfall(),
                        m.probabilityAboveThreshold(),
                        m.monthsToRecovery(),
                        m.notRecovered()));
            }
            return new View(
                    spec.id(),
                    spec.title(),
                    spec.perspective(),
                    spec.disruption().issuer(),
                    result.start().toString(),
                    result.horizonMonths(),
                    result.paths(),
                    result.seed(),
                    result.threshold(),
                    "shortfall: fraction of baseline monthly demand; price: index, 1 before the disruption;"
                            + " cumulativeShortfall: months of demand; monthsToRecovery: months from the start",
                    markets,
                    spec.assumptions(),
                    spec.sources());
        }
    }

    /** One mineral in the JSON form. */
    public record MarketView(
            String mineral,
            double issuerShare,
            List<MonthView> months,
            Summary cumulativeShortfall,
            double probabilityAboveThreshold,
            Summary monthsToRecovery,
            double notRecovered) {}

    /** One month in the JSON form. */
    public record MonthView(String month, Summary shortfall, Band price, double probabilityAboveThreshold) {}

    /** P5, P50 and P95 of the price index. */
    public record Band(double p5, double p50, double p95) {}
}
