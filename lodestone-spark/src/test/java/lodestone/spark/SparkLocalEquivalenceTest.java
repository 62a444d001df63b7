package lodestone.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import lodestone.screen.ScreenFixture;
import lodestone.screen.cell.CellResult;
import lodestone.screen.job.ScreenJob;
import lodestone.screen.run.EngineOptions;
import lodestone.screen.run.LocalRunner;
import lodestone.screen.run.ResultLayout;
import lodestone.screen.run.ResultSchema;
import lodestone.screen.run.RunListener;
import lodestone.screen.run.RunReport;
import lodestone.screen.run.ScreenEngine;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same screen in local mode and on Spark {@code local[2]} gives identical results, cell by cell, byte for byte;
 * Spark's Parquet reads the same in Spark and in DuckDB; an interrupted Spark screen resumes with the missing cells
 * only.
 */
class SparkLocalEquivalenceTest {
    private static SparkSession spark;
    private static ScreenJob job;
    private static Map<String, byte[]> local;
    private static RunReport sparkRun;

    @TempDir
    static Path dir;

    /**
     * Spark runs first, in a JVM where nothing has simulated yet: the JDK's random generators are then first looked up
     * from a Spark task thread (see {@code Jobs}), as under {@code ./lodestone screen --engine spark}.
     */
    @BeforeAll
    static void runOnSparkThenLocally() {
        spark = Sessions.open("test", Optional.of("local[2]"));
        job = ScreenFixture.job();
        sparkRun = new SparkScreenEngine()
                .run(job, dir.resolve("spark").toString(), options("run1", 20), RunListener.NONE);
        local = new HashMap<>();
        try (LocalRunner runner = new LocalRunner(job, 2)) {
            for (CellResult result : runner.compute(job.cells(), RunListener.NONE)) {
                local.put(result.cell().key().id(), ResultSchema.canonical(result));
            }
        }
        assertThat(local).hasSize(48);
    }

    @AfterAll
    static void stopSpark() {
        spark.stop();
    }

    @Test
    void sparkLocal2GivesTheLocalResultsByteForByte() throws Exception {
        Path results = dir.resolve("spark");
        RunReport report = sparkRun;
        assertThat(report.computed()).isEqualTo(48);
        assertThat(report.alreadyDone()).isZero();
        assertThat(report.batches()).isEqualTo(3);
        Map<String, byte[]> fromSpark = readWithSpark(results);
        assertThat(fromSpark.keySet()).isEqualTo(local.keySet());
        fromSpark.forEach((id, bytes) -> assertThat(bytes).as(id).isEqualTo(local.get(id)));
        Map<String, byte[]> fromDuckDb = readWithDuckDb(results);
        assertThat(fromDuckDb.keySet()).isEqualTo(local.keySet());
        fromDuckDb.forEach((id, bytes) -> assertThat(bytes).as(id).isEqualTo(local.get(id)));
        try (Stream<Path> batches = Files.list(results.resolve(ResultLayout.BATCHES))) {
            assertThat(batches).allMatch(b -> Files.exists(b.resolve(ResultLayout.SUCCESS)));
        }
    }

    @Test
    void anInterruptedSparkScreenResumesWithTheMissingCellsOnly() throws Exception {
        Path results = dir.resolve("resumed");
        AtomicInteger commits = new AtomicInteger();
        RunListener killer = new RunListener() {
            @Override
            public void committed(String batch, int cells) {
                if (commits.incrementAndGet() == 1) {
                    throw new IllegalStateException("killed after the first batch");
                }
            }
        };
        SparkScreenEngine engine = new SparkScreenEngine();
        assertThatThrownBy(() -> engine.run(job, results.toString(), options("run1", 12), killer))
                .hasMessage("killed after the first batch");
        Map<String, byte[]> first = readWithSpark(results);
        assertThat(first).isNotEmpty().hasSizeLessThan(48);
        RunReport report = engine.run(job, results.toString(), options("run2", 12), RunListener.NONE);
        assertThat(report.alreadyDone()).isEqualTo(first.size());
        assertThat(report.computed()).isEqualTo(48 - first.size());
        Map<String, byte[]> all = readWithSpark(results);
        assertThat(all.keySet()).isEqualTo(local.keySet());
        all.forEach((id, bytes) -> assertThat(bytes).as(id).isEqualTo(local.get(id)));
        RunReport nothing = engine.run(job, results.toString(), options("run3", 12), RunListener.NONE);
        assertThat(nothing.computed()).isZero();
        assertThat(nothing.alreadyDone()).isEqualTo(48);
    }

    @Test
    void theAppFindsTheEngineByName() {
        assertThat(ServiceLoader.load(ScreenEngine.class).stream()
                        .map(p -> p.get().name()))
                .contains(SparkScreenEngine.NAME);
    }

    private static EngineOptions options(String run, int batch) {
        return new EngineOptions(1, batch, Optional.of("local[2]"), run);
    }

    private static Map<String, byte[]> readWithSpark(Path results) {
        Map<String, byte[]> rows = new HashMap<>();
        List<Row> read = spark.read()
                .parquet(results.resolve(ResultLayout.BATCHES).resolve("*").toString())
                .select(ResultSchema.names().stream()
                        .map(org.apache.spark.sql.functions::col)
                        .toArray(org.apache.spark.sql.Column[]::new))
                .collectAsList();
        for (Row row : read) {
            Object[] values = new Object[row.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = row.get(i);
            }
            CellResult result = ResultSchema.fromValues(values);
            assertThat(rows.put(result.cell().key().id(), ResultSchema.canonical(result)))
                    .isNull();
        }
        return rows;
    }

    private static Map<String, byte[]> readWithDuckDb(Path results) throws Exception {
        Map<String, byte[]> rows = new HashMap<>();
        String glob = results.resolve(ResultLayout.BATCHES).toAbsolutePath() + "/*/*.parquet";
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
                Statement statement = connection.createStatement();
                ResultSet set = statement.executeQuery(
                        "SELECT " + String.join(", ", ResultSchema.names()) + " FROM read_parquet('" + glob + "')")) {
            int n = ResultSchema.COLUMNS.size();
            while (set.next()) {
                Object[] values = new Object[n];
                for (int i = 0; i < n; i++) {
                    values[i] = set.getObject(i + 1);
                }
                CellResult result = ResultSchema.fromValues(values);
                assertThat(rows.put(result.cell().key().id(), ResultSchema.canonical(result)))
                        .isNull();
            }
        }
        return rows;
    }
}
