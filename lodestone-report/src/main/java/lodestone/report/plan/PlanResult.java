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

/**
 * A plan with the catalogue its options came from. Its JSON form is {@link PlanView.View} (as {@code POST
 * /api/v1/plans} gives it when done); its CSV form is one row per option considered.
 *
 * @param plan the plan: portfolio, frontier, shadow price, failure case, re-simulation
 * @param catalogue the option catalogue, with its demand figure and the candidate sources left out
 */
public record PlanResult(Plan plan, OptionCatalogue catalogue) implements Tabular {
    public PlanResult {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(catalogue, "catalogue");
    }

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
    public Table<Plan.Choice> table() {
        return Table.of(COLUMNS, plan.choices());
    }
}
