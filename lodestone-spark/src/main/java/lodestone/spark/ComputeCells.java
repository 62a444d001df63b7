package lodestone.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import lodestone.screen.cell.CellComputation;
import lodestone.screen.cell.ScreenCell;
import lodestone.screen.job.ScreenJob;
import lodestone.screen.run.ResultSchema;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * Computes a partition's cells with one {@link CellComputation}, the code local mode runs, and returns their rows in
 * the results schema.
 */
final class ComputeCells implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;

    private final Broadcast<String> job;

    ComputeCells(Broadcast<String> job) {
        this.job = job;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> cells) {
        ScreenJob screen = Jobs.of(job);
        List<Row> rows = new ArrayList<>();
        try (CellComputation computation = CellComputation.forJob(screen)) {
            while (cells.hasNext()) {
                Row row = cells.next();
                ScreenCell cell = screen.cell(row.getInt(1), row.getInt(2));
                if (!cell.key().id().equals(row.getString(0))) {
                    throw new IllegalStateException(
                            "cell " + row.getString(0) + " is " + cell.key().id()
                                    + " in the broadcast job; the driver and the executors disagree on the job.");
                }
                rows.add(RowFactory.create(ResultSchema.values(computation.compute(cell))));
            }
        }
        return rows.iterator();
    }
}
