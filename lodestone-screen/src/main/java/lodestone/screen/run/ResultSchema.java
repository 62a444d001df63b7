package lodestone.screen.run;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import lodestone.model.mineral.MineralId;
import lodestone.screen.cell.CellKey;
import lodestone.screen.cell.CellResult;
import lodestone.screen.cell.PlanOutcome;
import lodestone.screen.cell.ScreenCell;

/**
 * The columns of a screen's results, one row per cell, the same for every engine: the Parquet files of local mode
 * (written by DuckDB) and of Spark have these names, types and nullability, so DuckDB, Spark and {@code lodestone
 * screen} read either. Units are in the names ({@code _months}: months of baseline demand; {@code _usd}: US dollars;
 * shares and probabilities are fractions). The plan columns are null when the cell has no plan; {@code plan_note} says
 * why when one was asked for.
 */
public final class ResultSchema {
    /** A column's type, as Parquet stores it. */
    public enum Type {
        /** UTF-8 text. */
        STRING,
        /** 64-bit IEEE 754. */
        DOUBLE,
        /** 64-bit signed integer. */
        LONG,
        /** 32-bit signed integer. */
        INT,
        /** true or false. */
        BOOLEAN
    }

    /**
     * @param name the column name
     * @param type its type
     * @param nullable whether it may be null
     * @param description what it holds, with its unit
     */
    public record Column(String name, Type type, boolean nullable, String description) {}

    /** Version of the layout and columns; part of every manifest. */
    public static final String VERSION = "lodestone-screen-results-v1";

    /** The columns, in file order. */
    public static final List<Column> COLUMNS = List.of(
            new Column("screen", Type.STRING, false, "the screen's id"),
            new Column("cell_id", Type.STRING, false, "perspective/mineral/supplier/s<severity>/d<months>/<response>"),
            new Column("perspective", Type.STRING, false, "perspective country, ISO 3166-1 alpha-2"),
            new Column("mineral", Type.STRING, false, "mineral id"),
            new Column("supplier", Type.STRING, false, "disrupting supplier, ISO 3166-1 alpha-2"),
            new Column("supplier_share", Type.DOUBLE, false, "its share of the perspective's supply, fraction"),
            new Column("share_basis", Type.STRING, false, "where that share comes from"),
            new Column("severity", Type.DOUBLE, false, "share of the supplier's exports withheld, fraction"),
            new Column("duration_months", Type.DOUBLE, false, "length of the disruption, months"),
            new Column("response", Type.STRING, false, "response package id"),
            new Column("seed", Type.LONG, false, "the cell's seed"),
            new Column("paths", Type.INT, false, "Monte Carlo paths"),
            new Column("horizon_months", Type.INT, false, "months simulated"),
            new Column("expected_shortfall_months", Type.DOUBLE, false, "mean cumulative shortfall, months of demand"),
            new Column("cumulative_p50_months", Type.DOUBLE, false, "median cumulative shortfall, months of demand"),
            new Column("cumulative_p95_months", Type.DOUBLE, false, "P95 cumulative shortfall, months of demand"),
            new Column("peak_median_shortfall", Type.DOUBLE, false, "largest monthly median shortfall, fraction"),
            new Column(
                    "probability_above_threshold",
                    Type.DOUBLE,
                    false,
                    "share of paths with a month short by more than the threshold"),
            new Column("peak_median_price", Type.DOUBLE, false, "largest monthly median price index (1 before)"),
            new Column("recovery_p50_months", Type.DOUBLE, false, "median months to recovery"),
            new Column("not_recovered", Type.DOUBLE, false, "share of paths still short at the horizon"),
            new Column("plan_budget_usd", Type.DOUBLE, true, "the plan's budget, US dollars"),
            new Column("plan_alpha", Type.DOUBLE, true, "the plan's tail level (0.95: CVaR95)"),
            new Column("plan_paths", Type.INT, true, "paths the planner sampled"),
            new Column("plan_unmitigated_tail_months", Type.DOUBLE, true, "tail cumulative shortfall without options"),
            new Column("plan_tail_months", Type.DOUBLE, true, "tail cumulative shortfall with the portfolio"),
            new Column("plan_spent_usd", Type.DOUBLE, true, "what the portfolio costs, US dollars"),
            new Column("plan_options", Type.STRING, true, "ids of the options funded, space-separated"),
            new Column("plan_converged", Type.BOOLEAN, true, "whether the solver closed its gap"),
            new Column("plan_note", Type.STRING, false, "why a requested plan is missing; empty otherwise"));

    private static final List<Function<CellResult, Object>> GETTERS = List.of(
            CellResult::screen,
            r -> r.cell().key().id(),
            r -> r.cell().key().perspective(),
            r -> r.cell().key().mineral().value(),
            r -> r.cell().key().supplier(),
            r -> r.cell().supplierShare(),
            r -> r.cell().shareBasis(),
            r -> r.cell().key().severity(),
            r -> r.cell().key().durationMonths(),
            r -> r.cell().key().response(),
            r -> r.cell().seed(),
            CellResult::paths,
            CellResult::horizonMonths,
            CellResult::expectedShortfallMonths,
            CellResult::cumulativeP50Months,
            CellResult::cumulativeP95Months,
            CellResult::peakMedianShortfall,
            CellResult::probabilityAboveThreshold,
            CellResult::peakMedianPrice,
            CellResult::recoveryP50Months,
            CellResult::notRecovered,
            r -> r.plan().map(PlanOutcome::budgetUsd).orElse(null),
            r -> r.plan().map(PlanOutcome::alpha).orElse(null),
            r -> r.plan().map(PlanOutcome::paths).orElse(null),
            r -> r.plan().map(PlanOutcome::unmitigatedTailMonths).orElse(null),
            r -> r.plan().map(PlanOutcome::plannedTailMonths).orElse(null),
            r -> r.plan().map(PlanOutcome::spentUsd).orElse(null),
            r -> r.plan().map(p -> String.join(" ", p.options())).orElse(null),
            r -> r.plan().map(PlanOutcome::converged).orElse(null),
            CellResult::planNote);

    private ResultSchema() {}

    /** @return the column names, in file order */
    public static List<String> names() {
        return COLUMNS.stream().map(Column::name).toList();
    }

    /**
     * @param result a cell's result
     * @return its values in column order: String, Double, Long, Integer, Boolean or null
     */
    public static Object[] values(CellResult result) {
        Object[] values = new Object[GETTERS.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = GETTERS.get(i).apply(result);
        }
        return values;
    }

    /**
     * The inverse of {@link #values}: a result from the values of a row as read back (any {@link Number} for numeric
     * columns).
     *
     * @param values the row's values in column order
     * @return the result
     * @throws IllegalArgumentException if the row does not have the schema's columns or its cell id does not match its
     *     key columns
     */
    public static CellResult fromValues(Object[] values) {
        if (values.length != COLUMNS.size()) {
            throw new IllegalArgumentException("a results row has " + values.length + " values, the schema "
                    + COLUMNS.size() + " columns (" + String.join(", ", names()) + ").");
        }
        CellKey key = new CellKey(
                (String) values[2],
                MineralId.of((String) values[3]),
                (String) values[4],
                dbl(values[7]),
                dbl(values[8]),
                (String) values[9]);
        if (!key.id().equals(values[1])) {
            throw new IllegalArgumentException("a results row's cell_id (" + values[1] + ") does not match its key"
                    + " columns (" + key.id() + ").\nMaybe the file was written by another version of Lodestone.");
        }
        ScreenCell cell = new ScreenCell(key, dbl(values[5]), (String) values[6], ((Number) values[10]).longValue());
        Optional<PlanOutcome> plan = values[21] == null
                ? Optional.empty()
                : Optional.of(new PlanOutcome(
                        dbl(values[21]),
                        dbl(values[22]),
                        ((Number) values[23]).intValue(),
                        dbl(values[24]),
                        dbl(values[25]),
                        dbl(values[26]),
                        ((String) values[27]).isEmpty() ? List.of() : Arrays.asList(((String) values[27]).split(" ")),
                        (Boolean) values[28]));
        return new CellResult(
                (String) values[0],
                cell,
                ((Number) values[11]).intValue(),
                ((Number) values[12]).intValue(),
                dbl(values[13]),
                dbl(values[14]),
                dbl(values[15]),
                dbl(values[16]),
                dbl(values[17]),
                dbl(values[18]),
                dbl(values[19]),
                dbl(values[20]),
                plan,
                (String) values[29]);
    }

    /**
     * A canonical byte form of a result: every column in order, text as UTF-8 with its length, numbers as their exact
     * IEEE 754 or two's-complement bits, null as a marker. Two results are identical, byte for byte, if and only if
     * their canonical forms are equal.
     *
     * @param result a cell's result
     * @return its canonical bytes
     */
    public static byte[] canonical(CellResult result) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(512);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            Object[] values = values(result);
            for (int i = 0; i < values.length; i++) {
                Object value = values[i];
                if (value == null) {
                    out.writeByte(0);
                    continue;
                }
                out.writeByte(1);
                switch (COLUMNS.get(i).type()) {
                    case STRING -> out.writeUTF((String) value);
                    case DOUBLE -> out.writeLong(Double.doubleToRawLongBits((Double) value));
                    case LONG -> out.writeLong((Long) value);
                    case INT -> out.writeInt((Integer) value);
                    case BOOLEAN -> out.writeBoolean((Boolean) value);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return bytes.toByteArray();
    }

    private static double dbl(Object value) {
        return ((Number) value).doubleValue();
    }
}
