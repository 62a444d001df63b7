package lodestone.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import lodestone.screen.cell.ScreenCell;
import lodestone.screen.job.ScreenJob;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** Expands a market's index into its cells: (cell id, market index, treatment index), with the job's own code. */
final class CellRows implements FlatMapFunction<Long, Row> {
    private static final long serialVersionUID = 1L;

    /** The cells' schema. */
    static final StructType SCHEMA = DataTypes.createStructType(List.of(
            DataTypes.createStructField("cell_id", DataTypes.StringType, false),
            DataTypes.createStructField("market", DataTypes.IntegerType, false),
            DataTypes.createStructField("treatment", DataTypes.IntegerType, false)));

    private final Broadcast<String> job;

    CellRows(Broadcast<String> job) {
        this.job = job;
    }

    @Override
    public Iterator<Row> call(Long market) {
        ScreenJob screen = Jobs.of(job);
        int index = Math.toIntExact(market);
        List<Row> rows = new ArrayList<>();
        for (int t = 0; t < screen.spec().treatmentsPerMarket(); t++) {
            ScreenCell cell = screen.cell(index, t);
            rows.add(RowFactory.create(cell.key().id(), index, t));
        }
        return rows.iterator();
    }
}
