package lodestone.report.plan;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;
import lodestone.plan.Plan;
import lodestone.plan.option.OptionCatalogue;
import lodestone.report.table.Column;
import lodestone.report.table.Table;
import lodestone.report.table.Tabular;
import lodestone.report.table.Unit;
import org.jspecify.annotations.Nullable;

/**
 * A plan with the catalogue its options came from. Its JSON form is {@link PlanView.View} (as {@code POST
 * /api/v1/plans} gives it when done); its CSV form is one of its tables, by default the portfolio (one row per option
 * considered), else the budget-tail frontier or the re-simulation's spread ({@link #TABLES}).
 *
 * @param plan the plan: portfolio, frontier, shadow price, failure case, re-simulation
 * @param catalogue the option catalogue, with its demand figure and the candidate sources left out
 * @param csvTable the table the CSV form gives, one of {@link #TABLES}
 */
public record PlanResult(Plan plan, OptionCatalogue catalogue, String csvTable) implements Tabular {
    /** The tables a plan's CSV form can give: the first is the default. */
    public static final List<String> TABLES = List.of("portfolio", "frontier", "resimulation");

    public PlanResult {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(catalogue, "catalogue");
        csvTable(csvTable);
    }

    /**
     * @param table the name of a plan's table asked for, or null for the default
     * @return the table's name
     * @throws lodestone.report.QueryException unless it is one of {@link #TABLES}
     */
    public static String csvTable(@Nullable String table) {
        if (table == null) {
            return TABLES.get(0);
        }
        if (!TABLES.contains(table)) {
            throw lodestone.report.QueryException.badParameter(
                    "table",
                    "table (" + table + ") must be one of " + String.join(", ", TABLES) + ".\nMaybe leave it out"
                            + " for the portfolio.");
        }
        return table;
    }

    /**
     * A plan whose CSV form is its portfolio.
     *
     * @param plan the plan
     * @param catalogue the option catalogue
     */
    public PlanResult(Plan plan, OptionCatalogue catalogue) {
        this(plan, catalogue, TABLES.get(0));
    }

    /**
     * @param table one of {@link #TABLES}, or null for the default
     * @return the same plan whose CSV form is that table
     */
    public PlanResult withCsvTable(@Nullable String table) {
        return new PlanResult(plan, catalogue, csvTable(table));
    }

    /** The columns of a frontier point: the budget, the optimal tail for it, what its portfolio costs and funds. */
    public static final List<Column<Plan.FrontierPoint>> FRONTIER_COLUMNS = List.of(
            Column.of("budget_usd", null, Plan.FrontierPoint::budgetUsd).in(Unit.USD),
            Column.of("tail_months", null, Plan.FrontierPoint::tail).in(Unit.MONTHS),
            Column.of("spent_usd", null, Plan.FrontierPoint::spentUsd).in(Unit.USD),
            Column.of("chosen", null, Plan.FrontierPoint::chosen));

    /**
     * A row of the re-simulation's spread: the cumulative shortfall (months of demand) on the independent sample,
     * without options or with the portfolio.
     *
     * @param portfolio "without options" or "with the portfolio"
     * @param spread its percentiles, mean and tail
     */
    public record SpreadRow(String portfolio, Plan.Spread spread) {}

    /** The columns of the re-simulation's spread, months of demand. */
    public static final List<Column<SpreadRow>> SPREAD_COLUMNS = List.of(
            Column.of("portfolio", null, SpreadRow::portfolio),
            Column.of("p5_months", null, (SpreadRow r) -> r.spread().p5()).in(Unit.MONTHS),
            Column.of("p50_months", null, (SpreadRow r) -> r.spread().p50()).in(Unit.MONTHS),
            Column.of("p95_months", null, (SpreadRow r) -> r.spread().p95()).in(Unit.MONTHS),
            Column.of("mean_months", null, (SpreadRow r) -> r.spread().mean()).in(Unit.MONTHS),
            Column.of("tail_months", null, (SpreadRow r) -> r.spread().tail()).in(Unit.MONTHS));

    /** The columns of an option: its level, cost (US dollars), contribution (months of demand) and basis. */
    public static final List<Column<Plan.Choice>> COLUMNS = List.of(
            Column.of("option", null, (Plan.Choice c) -> c.option().id()),
            Column.of("kind", null, (Plan.Choice c) -> c.option().kind().id()),
            Column.of("country", null, (Plan.Choice c) -> c.option().country().orElse("")),
            Column.of("level", null, Plan.Choice::level).in(Unit.FRACTION),
            Column.of("cost_usd", null, Plan.Choice::costUsd).in(Unit.USD),
            Column.of("contribution_months", null, Plan.Choice::contribution).in(Unit.MONTHS),
            Column.of("expected_offer_months", null, Plan.Choice::expectedOfferMonths)
                    .in(Unit.MONTHS),
            Column.of("delivery_share", null, Plan.Choice::deliveryShare).in(Unit.FRACTION),
            Column.of("probability", null, (Plan.Choice c) -> c.option().probability())
                    .in(Unit.FRACTION),
            Column.of("assumed", null, (Plan.Choice c) -> c.option().hasAssumptions()),
            Column.of(
                    "sources",
                    null,
                    (Plan.Choice c) -> String.join(" ", c.option().sources())));

    /** @return the plan as the API gives it */
    @JsonValue
    public PlanView.View json() {
        return PlanView.View.of(plan);
    }

    @Override
    public Table<?> table() {
        return switch (csvTable) {
            case "frontier" -> Table.of(FRONTIER_COLUMNS, plan.frontier());
            case "resimulation" ->
                Table.of(
                        SPREAD_COLUMNS,
                        List.of(
                                new SpreadRow(
                                        "without options", plan.resimulation().before()),
                                new SpreadRow(
                                        "with the portfolio",
                                        plan.resimulation().after())));
            default -> Table.of(COLUMNS, plan.choices());
        };
    }
}
