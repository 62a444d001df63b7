package lodestone.report.scenario;

import java.util.ArrayList;
import java.util.List;
import lodestone.report.table.Column;
import lodestone.report.table.Format;
import lodestone.report.table.Table;
import lodestone.report.table.Tabular;
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
            List<String> sources)
            implements Tabular {

        /**
         * One month of one mineral, a row of the CSV form.
         *
         * @param mineral the mineral id
         * @param month the month
         */
        public record MonthRow(String mineral, MonthView month) {}

        /** The columns of a month: the shortfall (fraction of demand) and price index bands. */
        public static final List<Column<MonthRow>> COLUMNS = List.of(
                Column.of("mineral", null, MonthRow::mineral),
                Column.<MonthRow>of("month", "MONTH", r -> r.month().month()),
                Column.<MonthRow>percent(
                        "shortfall_p5", "SHORT P5", r -> r.month().shortfall().p5()),
                Column.<MonthRow>percent(
                        "shortfall_p50", "SHORT P50", r -> r.month().shortfall().p50()),
                Column.<MonthRow>percent(
                        "shortfall_p95", "SHORT P95", r -> r.month().shortfall().p95()),
                Column.<MonthRow>of(
                        "shortfall_mean", null, r -> r.month().shortfall().mean()),
                Column.<MonthRow>of(
                                "price_p5", "PRICE P5", r -> r.month().price().p5())
                        .shownAs(r -> Format.fixed(r.month().price().p5(), 2)),
                Column.<MonthRow>of(
                                "price_p50", "PRICE P50", r -> r.month().price().p50())
                        .shownAs(r -> Format.fixed(r.month().price().p50(), 2)),
                Column.<MonthRow>of(
                                "price_p95", "PRICE P95", r -> r.month().price().p95())
                        .shownAs(r -> Format.fixed(r.month().price().p95(), 2)),
                Column.<MonthRow>percent(
                        "probability_above_threshold", "P(>T)", r -> r.month().probabilityAboveThreshold()));

        /** @return every month of every mineral */
        @Override
        public Table<MonthRow> table() {
            List<MonthRow> rows = new ArrayList<>();
            markets.forEach(m -> m.months().forEach(month -> rows.add(new MonthRow(m.mineral(), month))));
            return Table.of(COLUMNS, rows).width(20);
        }

        /**
         * @param market one mineral
         * @return its months as a table
         */
        public Table<MonthRow> table(MarketView market) {
            List<Column<MonthRow>> columns = new ArrayList<>(COLUMNS);
            Column<MonthRow> last = columns.remove(columns.size() - 1);
            columns.add(new Column<>(
                    last.id(), "P(>" + Format.percent(threshold).replace(" ", "") + ")", last.csv(), last.text()));
            return Table.of(
                            columns,
                            market.months().stream()
                                    .map(month -> new MonthRow(market.mineral(), month))
                                    .toList())
                    .width(20);
        }

        /**
         * @param spec the resolved scenario
         * @param result the engine's result
         * @return the view
         */
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
