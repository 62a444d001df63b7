package lodestone.report.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleFunction;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import lodestone.report.table.Column;
import lodestone.report.table.Format;
import lodestone.report.table.Table;
import lodestone.report.table.Tabular;
import lodestone.report.table.Unit;
import lodestone.sim.backtest.ModelError;
import lodestone.sim.engine.Band;
import lodestone.sim.engine.MarketResult;
import lodestone.sim.engine.MonthStatistics;
import lodestone.sim.engine.ScenarioResult;
import lodestone.sim.engine.Series;
import lodestone.sim.scenario.Assumption;
import lodestone.sim.scenario.BufferUse;
import lodestone.sim.scenario.ScenarioBuffers;
import lodestone.sim.scenario.ScenarioSpec;
import org.jspecify.annotations.Nullable;

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
     * @param buffersOn the date the buffers on record were read on (the day the measure takes effect), or null if the
     *     run did not read them
     * @param buffers what the run did with each stockpile and price floor on record that covers a market and serves
     *     the perspective: credited (in force or assumed), switched off, not in force, or not modelled, with sources
     * @param bufferEffects per market, the cumulative shortfall with the credited buffers and without them (same seed),
     *     empty if no buffer is credited
     * @param modelError the model's error the months' predictive bands add
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
            List<String> sources,
            @Nullable String buffersOn,
            List<BufferView> buffers,
            List<BufferEffect> bufferEffects,
            ModelErrorView modelError)
            implements Tabular {

        /**
         * One month of one mineral, a row of the CSV form.
         *
         * @param mineral the mineral id
         * @param month the month
         */
        public record MonthRow(String mineral, MonthView month) {}

        /** A statistic of a band, by the suffix of its CSV column. */
        private record Statistic(String id, ToDoubleFunction<Band> value) {}

        private static final Statistic P5 = new Statistic("p5", Band::p5);
        private static final Statistic P10 = new Statistic("p10", Band::p10);
        private static final Statistic P50 = new Statistic("p50", Band::p50);
        private static final Statistic P90 = new Statistic("p90", Band::p90);
        private static final Statistic P95 = new Statistic("p95", Band::p95);
        private static final Statistic MEAN = new Statistic("mean", Band::mean);

        /** The series the CSV gives as P10/P50/P90 and then as predictive P10/P90, in this order. */
        private static final List<IndexSeries> CSV_SERIES = List.of(
                new IndexSeries("exports", MonthView::exports, Predictive::exports),
                new IndexSeries(
                        "exportsToPerspective", MonthView::exportsToPerspective, Predictive::exportsToPerspective),
                new IndexSeries("receipts", MonthView::receipts, Predictive::receipts),
                new IndexSeries("priceInside", MonthView::priceInside, Predictive::priceInside),
                new IndexSeries("priceOutside", MonthView::priceOutside, Predictive::priceOutside),
                new IndexSeries("priceRealised", MonthView::priceRealised, Predictive::priceRealised));

        /**
         * The columns of a month. CSV: the earlier columns first ({@code price} is the outside spot price), then every
         * series as P10/P50/P90 with its unit in the name ({@code index} is 1 before the announcement; {@code share} a
         * fraction of the perspective's demand), then the stopped share. The table: the shortfall and outside price
         * bands, the stopped share and the medians of exports, home and realised prices.
         */
        public static final List<Column<MonthRow>> COLUMNS = columns();

        private static List<Column<MonthRow>> columns() {
            Unit month = Unit.dimensionless("the month of the scenario, 1 the month of the announcement");
            List<Column<MonthRow>> columns = new ArrayList<>(List.of(
                    Column.of("mineral", null, MonthRow::mineral),
                    Column.<MonthRow>of("month", "MONTH", r -> r.month().month())
                            .in(month)));
            columns.addAll(statistics("shortfall_", MonthView::shortfall, Unit.FRACTION, P5, P50, P95, MEAN));
            columns.addAll(statistics("price_", MonthView::price, Unit.PRE_SHOCK, P5, P50, P95));
            columns.add(Column.<MonthRow>of(
                            "probability_above_threshold", null, r -> r.month().probabilityAboveThreshold())
                    .in(Unit.FRACTION));
            columns.addAll(statistics("shortfall_share_", MonthView::shortfall, Unit.FRACTION, P10, P90));
            for (IndexSeries series : CSV_SERIES) {
                columns.addAll(
                        statistics(snake(series.id()) + "_index_", series.band(), Unit.PRE_SHOCK, P10, P50, P90));
            }
            columns.add(
                    Column.<MonthRow>of("stopped_share", null, r -> r.month().stoppedShare())
                            .in(Unit.FRACTION));
            for (IndexSeries series : CSV_SERIES) {
                String id = snake(series.id()) + "_predictive_";
                Function<MonthRow, Interval> interval =
                        r -> series.predictive().apply(r.month().predictive());
                columns.add(Column.<MonthRow>of(
                                id + "p10", null, r -> interval.apply(r).p10())
                        .in(Unit.PRE_SHOCK));
                columns.add(Column.<MonthRow>of(
                                id + "p90", null, r -> interval.apply(r).p90())
                        .in(Unit.PRE_SHOCK));
            }
            columns.add(band("SHORTFALL P10/P50/P90", MonthView::shortfall, Unit.PERCENT, Format::percent));
            columns.add(Column.<MonthRow>percent(null, "STOPPED", r -> r.month().stoppedShare()));
            columns.add(Column.<MonthRow>fixed(
                    null, "EXPORTS P50", r -> r.month().exports().p50(), 2, Unit.PRE_SHOCK));
            columns.add(Column.<MonthRow>fixed(
                    null, "INSIDE P50", r -> r.month().priceInside().p50(), 2, Unit.PRE_SHOCK));
            columns.add(band("OUTSIDE P10/P50/P90", MonthView::priceOutside, Unit.PRE_SHOCK, v -> Format.fixed(v, 2)));
            columns.add(new Column<>(
                    null,
                    "OUTSIDE PREDICTIVE P10-P90",
                    r -> r.month().predictive().priceOutside(),
                    r -> Format.fixed(r.month().predictive().priceOutside().p10(), 2) + " - "
                            + Format.fixed(r.month().predictive().priceOutside().p90(), 2),
                    Unit.PRE_SHOCK));
            columns.add(Column.<MonthRow>fixed(
                    null, "REALISED P50", r -> r.month().priceRealised().p50(), 2, Unit.PRE_SHOCK));
            columns.add(Column.<MonthRow>percent(null, "P(>T)", r -> r.month().probabilityAboveThreshold()));
            return List.copyOf(columns);
        }

        /**
         * A price or volume index in the CSV: its JSON name, its model band and its predictive band.
         *
         * @param id the JSON name
         * @param band the model's band
         * @param predictive the predictive band
         */
        private record IndexSeries(
                String id, Function<MonthView, Band> band, Function<Predictive, Interval> predictive) {}

        /** @return a JSON name in the CSV's snake case */
        private static String snake(String id) {
            return id.replaceAll("([A-Z])", "_$1").toLowerCase(Locale.ROOT);
        }

        /**
         * @return one CSV column per statistic of a month's band, named {@code prefix + statistic}, in the unit given
         */
        private static List<Column<MonthRow>> statistics(
                String prefix, Function<MonthView, Band> band, Unit unit, Statistic... statistics) {
            List<Column<MonthRow>> columns = new ArrayList<>();
            for (Statistic statistic : statistics) {
                columns.add(Column.<MonthRow>of(
                                prefix + statistic.id(),
                                null,
                                r -> statistic.value().applyAsDouble(band.apply(r.month())))
                        .in(unit));
            }
            return columns;
        }

        /** @return the table column of a month's band as "P10 / P50 / P90", each figure written by {@code format} */
        private static Column<MonthRow> band(
                String title, Function<MonthView, Band> band, Unit unit, DoubleFunction<String> format) {
            return new Column<>(
                    null,
                    title,
                    r -> band.apply(r.month()),
                    r -> {
                        Band b = band.apply(r.month());
                        return format.apply(b.p10()) + " / " + format.apply(b.p50()) + " / " + format.apply(b.p90());
                    },
                    unit);
        }

        /** @return every month of every mineral */
        @Override
        public Table<MonthRow> table() {
            List<MonthRow> rows = new ArrayList<>();
            markets.forEach(m -> m.months().forEach(month -> rows.add(new MonthRow(m.mineral(), month))));
            return Table.of(COLUMNS, rows).width(30);
        }

        /**
         * @param market one mineral
         * @return its months as a table
         */
        public Table<MonthRow> table(MarketView market) {
            List<Column<MonthRow>> columns = new ArrayList<>(COLUMNS);
            Column<MonthRow> last = columns.remove(columns.size() - 1);
            columns.add(new Column<>(
                    last.id(),
                    "P(>" + Format.percent(threshold).replace(" ", "") + ")",
                    last.csv(),
                    last.text(),
                    last.unit()));
            return Table.of(
                            columns,
                            market.months().stream()
                                    .map(month -> new MonthRow(market.mineral(), month))
                                    .toList())
                    .width(30);
        }

        /**
         * @param spec the resolved scenario
         * @param result the engine's result
         * @return the view of a run that did not read the buffers on record
         */
        public static View of(ScenarioSpec spec, ScenarioResult result) {
            return of(spec, result, null, null);
        }

        /**
         * @param spec the resolved scenario, with its buffers applied
         * @param result the engine's result
         * @param applied what was done with the buffers on record, or null if they were not read
         * @param unbuffered the same run without the credited buffers (same seed), or null if none was credited
         * @return the view
         */
        public static View of(
                ScenarioSpec spec,
                ScenarioResult result,
                ScenarioBuffers.@Nullable Applied applied,
                @Nullable ScenarioResult unbuffered) {
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
                            s.stoppedShare(),
                            Predictive.of(ModelError.SHIPPED, s)));
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
                    spec.sources(),
                    applied == null ? null : applied.on().toString(),
                    applied == null
                            ? List.of()
                            : applied.uses().stream().map(BufferView::of).toList(),
                    unbuffered == null ? List.of() : BufferEffect.compare(result, unbuffered),
                    ModelErrorView.of(ModelError.SHIPPED));
        }
    }

    /**
     * One stockpile or price floor as a scenario run used it.
     *
     * @param mineral the market's mineral id
     * @param id the buffer's id
     * @param key its switch name
     * @param kind "stockpile", "contract-floor", "offtake-guarantee" or "border-floor"
     * @param name its name
     * @param state its state on the date, as the record has it (e.g. "funded")
     * @param description the state in words
     * @param use what the run did: "in-force", "assumed-in-force" (an assumption of the run, not the record),
     *     "switched-off", "not-in-force", "not-credited" or "not-modelled"
     * @param stocksMonthsAdded months of baseline demand added to every dependent buyer's stocks
     * @param basis the formula, or why nothing was added
     * @param sources the record's source ids
     */
    public record BufferView(
            String mineral,
            String id,
            String key,
            String kind,
            String name,
            String state,
            String description,
            String use,
            double stocksMonthsAdded,
            String basis,
            List<String> sources) {
        static BufferView of(BufferUse use) {
            return new BufferView(
                    use.mineral().value(),
                    use.id(),
                    use.key(),
                    use.kind(),
                    use.name(),
                    use.state().id(),
                    use.description(),
                    use.use().id(),
                    use.stocksMonthsAdded(),
                    use.basis(),
                    use.sources());
        }
    }

    /**
     * A market's cumulative shortfall with the credited buffers and without them, the same seed and paths.
     *
     * @param mineral the mineral id
     * @param withBuffers cumulative shortfall with the buffers, months of demand
     * @param withoutBuffers cumulative shortfall without them, months of demand
     */
    public record BufferEffect(String mineral, Band withBuffers, Band withoutBuffers) {
        static List<BufferEffect> compare(ScenarioResult with, ScenarioResult without) {
            List<BufferEffect> out = new ArrayList<>();
            for (int i = 0; i < with.markets().size(); i++) {
                MarketResult a = with.markets().get(i);
                MarketResult b = without.markets().get(i);
                out.add(new BufferEffect(a.mineral().value(), a.cumulativeShortfall(), b.cumulativeShortfall()));
            }
            return List.copyOf(out);
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
     * {@code priceOutside} for readers of the earlier format; {@code predictive} the price and volume bands with the
     * model's error added.
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
            double stoppedShare,
            Predictive predictive) {}

    /**
     * A predictive band: the model's P10-P90 widened by the model's error.
     *
     * @param p10 the predictive P10 (units of the series)
     * @param p90 the predictive P90
     */
    public record Interval(double p10, double p90) {
        static Interval of(ModelError error, Series series, Band band) {
            return new Interval(error.lower(series, band.p10()), error.upper(series, band.p90()));
        }
    }

    /**
     * A month's predictive bands: the model's P10-P90 of each price and volume index widened by the model's error
     * ({@link ModelErrorView}). The model's own bands are the series' P10 and P90.
     *
     * @param exports the issuer's exports
     * @param exportsToPerspective its direct exports to the perspective
     * @param receipts the perspective's receipts
     * @param priceInside the issuer's home price
     * @param priceOutside the outside spot price
     * @param priceRealised the perspective's realised price
     */
    public record Predictive(
            Interval exports,
            Interval exportsToPerspective,
            Interval receipts,
            Interval priceInside,
            Interval priceOutside,
            Interval priceRealised) {
        static Predictive of(ModelError error, MonthStatistics s) {
            return new Predictive(
                    Interval.of(error, Series.EXPORTS, s.band(Series.EXPORTS)),
                    Interval.of(error, Series.EXPORTS_TO_PERSPECTIVE, s.band(Series.EXPORTS_TO_PERSPECTIVE)),
                    Interval.of(error, Series.RECEIPTS, s.band(Series.RECEIPTS)),
                    Interval.of(error, Series.PRICE_INSIDE, s.band(Series.PRICE_INSIDE)),
                    Interval.of(error, Series.PRICE_OUTSIDE, s.band(Series.PRICE_OUTSIDE)),
                    Interval.of(error, Series.PRICE_REALISED, s.band(Series.PRICE_REALISED)));
        }
    }
}
