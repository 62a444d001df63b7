package lodestone.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lodestone.screen.job.JobCodec;
import lodestone.screen.job.ScreenJob;
import lodestone.screen.run.EngineOptions;
import lodestone.screen.run.Manifest;
import lodestone.screen.run.ResultLayout;
import lodestone.screen.run.ResultSchema;
import lodestone.screen.run.RunListener;
import lodestone.screen.run.RunReport;
import lodestone.screen.run.ScreenEngine;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

/**
 * The {@code spark} engine: a screen as Spark jobs.
 *
 * <ol>
 *   <li>The driver claims the results directory (the manifest, {@link Manifest}), deletes uncommitted batches and
 *       broadcasts the job as JSON ({@link JobCodec}): spec, markets and option catalogues, no knowledge base.
 *   <li>The cells are {@code spark.range(markets)} expanded on the executors into (cell id, market, treatment) rows
 *       ({@link CellRows}), minus the cell ids of the committed batches (a left anti-join, so the done set never has
 *       to fit on the driver).
 *   <li>The missing cells are split into batches of about {@code batchCells} by a hash of their id; each batch is
 *       spread round-robin over the cluster's cores and computed partition by partition ({@link ComputeCells}: one
 *       {@code CellComputation} per partition, the code local mode runs), then written as Parquet into its own batch
 *       directory, which Spark's committer marks {@value ResultLayout#SUCCESS} when the whole batch is durable.
 * </ol>
 *
 * <p>A cell's result depends on the cell, its seed (from the cell's market) and the job only, so neither the number
 * of executors, the partitioning nor a task's retry changes a bit of it.
 */
public final class SparkScreenEngine implements ScreenEngine {
    /** The engine's name. */
    public static final String NAME = "spark";

    /** The Spark schema of the results, from {@link ResultSchema#COLUMNS}. */
    static final StructType SCHEMA = schema();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public RunReport run(ScreenJob job, String results, EngineOptions options, RunListener listener) {
        boolean own = SparkSession.getActiveSession().isEmpty()
                && SparkSession.getDefaultSession().isEmpty();
        SparkSession spark = Sessions.open(job.spec().id(), options.master());
        // the run's time starts with a session up: Spark's start (seconds, once per JVM) is measured apart
        long started = System.nanoTime();
        try {
            return run(spark, job, results, options, listener, started);
        } finally {
            if (own) {
                spark.stop();
            }
        }
    }

    private RunReport run(
            SparkSession spark,
            ScreenJob job,
            String results,
            EngineOptions options,
            RunListener listener,
            long started) {
        Path root = new Path(results);
        FileSystem fs = fileSystem(spark, root);
        claim(fs, root, Manifest.of(job));
        List<String> committed = committedBatches(fs, root);
        JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Broadcast<String> broadcast = context.broadcast(JobCodec.write(job));
        int parallelism = Math.max(1, context.defaultParallelism());
        int markets = job.markets().size();
        Dataset<Row> cells = spark.range(0, markets, 1, Math.max(1, Math.min(markets, parallelism * 4)))
                .flatMap(new CellRows(broadcast), Encoders.row(CellRows.SCHEMA))
                .toDF();
        Dataset<Row> missing = cells;
        if (!committed.isEmpty()) {
            Dataset<Row> done =
                    spark.read().parquet(committed.toArray(String[]::new)).select("cell_id");
            missing = cells.join(done, cells.col("cell_id").equalTo(done.col("cell_id")), "left_anti");
        }
        missing = missing.persist(StorageLevel.MEMORY_AND_DISK());
        try {
            long count = missing.count();
            long done = job.cellCount() - count;
            int batches = (int) Math.max(count == 0 ? 0 : 1, (count + options.batchCells() - 1) / options.batchCells());
            Map<Integer, Long> sizes = batchSizes(missing, batches);
            for (int b = 0; b < batches; b++) {
                long size = sizes.getOrDefault(b, 0L);
                if (size == 0) {
                    continue;
                }
                String name = ResultLayout.batchName(options.runId(), b);
                int partitions = (int) Math.max(1, Math.min(size, parallelism * 2L));
                Dataset<Row> batch = missing.filter(batchOf(batches).equalTo(b)).repartition(partitions);
                batch.mapPartitions(new ComputeCells(broadcast), Encoders.row(SCHEMA))
                        .write()
                        .mode(SaveMode.ErrorIfExists)
                        .parquet(new Path(new Path(root, ResultLayout.BATCHES), name).toString());
                listener.computed((int) size);
                listener.committed(name, (int) size);
            }
            return new RunReport(
                    NAME, results, job.cellCount(), done, count, batches, (System.nanoTime() - started) / 1e9);
        } finally {
            missing.unpersist();
            broadcast.destroy();
        }
    }

    /** A cell's batch: a hash of its id modulo the number of batches. */
    private static org.apache.spark.sql.Column batchOf(int batches) {
        return functions.pmod(functions.xxhash64(functions.col("cell_id")), functions.lit(batches));
    }

    private static Map<Integer, Long> batchSizes(Dataset<Row> missing, int batches) {
        Map<Integer, Long> sizes = new HashMap<>();
        if (batches == 0) {
            return sizes;
        }
        for (Row row : missing.groupBy(batchOf(batches).alias("batch")).count().collectAsList()) {
            sizes.put(((Number) row.get(0)).intValue(), row.getLong(1));
        }
        return sizes;
    }

    /** Checks or writes the manifest. */
    static void claim(FileSystem fs, Path root, Manifest manifest) {
        Path file = new Path(root, ResultLayout.MANIFEST);
        try {
            if (fs.exists(file)) {
                try (FSDataInputStream in = fs.open(file)) {
                    manifest.requireSameAs(
                            Manifest.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), file.toString()),
                            root.toString());
                }
                return;
            }
            fs.mkdirs(new Path(root, ResultLayout.BATCHES));
            try (FSDataOutputStream out = fs.create(file, false)) {
                out.write(manifest.toJson().getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the results directory " + root + ": " + e.getMessage(), e);
        }
    }

    /** Deletes batches without {@code _SUCCESS} and returns the committed ones' paths. */
    static List<String> committedBatches(FileSystem fs, Path root) {
        Path batches = new Path(root, ResultLayout.BATCHES);
        List<String> committed = new ArrayList<>();
        try {
            if (!fs.exists(batches)) {
                return committed;
            }
            for (FileStatus status : fs.listStatus(batches)) {
                Path batch = status.getPath();
                if (!status.isDirectory() || !batch.getName().startsWith(ResultLayout.BATCH_PREFIX)) {
                    continue;
                }
                if (fs.exists(new Path(batch, ResultLayout.SUCCESS))) {
                    committed.add(batch.toString());
                } else {
                    fs.delete(batch, true);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the batches in " + batches + ": " + e.getMessage(), e);
        }
        committed.sort(null);
        return committed;
    }

    private static FileSystem fileSystem(SparkSession spark, Path root) {
        try {
            return root.getFileSystem(spark.sparkContext().hadoopConfiguration());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the file system of " + root + ": " + e.getMessage(), e);
        }
    }

    private static StructType schema() {
        List<StructField> fields = new ArrayList<>();
        for (ResultSchema.Column column : ResultSchema.COLUMNS) {
            DataType type = switch (column.type()) {
                case STRING -> DataTypes.StringType;
                case DOUBLE -> DataTypes.DoubleType;
                case LONG -> DataTypes.LongType;
                case INT -> DataTypes.IntegerType;
                case BOOLEAN -> DataTypes.BooleanType;
            };
            fields.add(DataTypes.createStructField(column.name(), type, column.nullable()));
        }
        return DataTypes.createStructType(fields);
    }
}
