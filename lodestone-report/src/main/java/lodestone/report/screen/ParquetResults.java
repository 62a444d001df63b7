package lodestone.report.screen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import lodestone.screen.cell.CellResult;
import lodestone.screen.run.Manifest;
import lodestone.screen.run.ResultLayout;
import lodestone.screen.run.ResultSchema;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * A results directory on the local file system ({@link ResultLayout}), written and read with an in-memory DuckDB.
 * A batch is written to a temporary file, moved into place, and committed by an empty {@value ResultLayout#SUCCESS}
 * file, so a crash at any point leaves either a committed batch or one that the next run deletes.
 */
public final class ParquetResults {
    /** The one Parquet file of a batch written in local mode. */
    static final String PART = "part-00000.parquet";

    private final Path root;

    /** @param root the results directory (created when the first batch is written) */
    public ParquetResults(Path root) {
        this.root = root;
    }

    /** @return the results directory */
    public Path root() {
        return root;
    }

    /**
     * Checks the manifest of an existing results directory, or writes this one into a new directory.
     *
     * @param manifest the manifest of the job about to run
     * @throws IllegalArgumentException if the directory holds results of another job
     */
    public void claim(Manifest manifest) {
        Path file = root.resolve(ResultLayout.MANIFEST);
        try {
            if (Files.exists(file)) {
                Manifest existing = Manifest.parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
                manifest.requireSameAs(existing, root.toString());
                return;
            }
            Files.createDirectories(root.resolve(ResultLayout.BATCHES));
            Path temporary = root.resolve(ResultLayout.MANIFEST + ".tmp");
            Files.writeString(temporary, manifest.toJson(), StandardCharsets.UTF_8);
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the results directory " + root + ": " + e.getMessage(), e);
        }
    }

    /**
     * Deletes the batch directories that were never committed (left by an interrupted run).
     *
     * @return how many were deleted
     */
    public int removeUncommitted() {
        int removed = 0;
        for (Path batch : batches()) {
            if (!Files.exists(batch.resolve(ResultLayout.SUCCESS))) {
                deleteTree(batch);
                removed++;
            }
        }
        return removed;
    }

    /** @return the Parquet files of the committed batches, in name order */
    public List<Path> committedFiles() {
        List<Path> files = new ArrayList<>();
        for (Path batch : batches()) {
            if (Files.exists(batch.resolve(ResultLayout.SUCCESS))) {
                try (Stream<Path> parts = Files.list(batch)) {
                    parts.filter(p -> p.getFileName().toString().endsWith(".parquet"))
                            .sorted()
                            .forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot list the batch " + batch + ": " + e.getMessage(), e);
                }
            }
        }
        return files;
    }

    /** @return the ids of the cells in committed batches */
    public Set<String> committedCellIds() {
        Set<String> ids = new HashSet<>();
        query("SELECT cell_id FROM " + source(), rows -> {
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
        });
        return ids;
    }

    /**
     * Writes and commits one batch.
     *
     * @param batch the batch's directory name ({@link ResultLayout#batchName})
     * @param results its results
     */
    public void commit(String batch, List<CellResult> results) {
        Path directory = root.resolve(ResultLayout.BATCHES).resolve(batch);
        try {
            Files.createDirectories(directory);
            Path temporary = directory.resolve(PART + ".tmp");
            try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
                    Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE results (" + columns() + ")");
                try (DuckDBAppender appender =
                        connection.unwrap(DuckDBConnection.class).createAppender("main", "results")) {
                    for (CellResult result : results) {
                        append(appender, ResultSchema.values(result));
                    }
                }
                statement.execute("COPY results TO " + literal(temporary) + " (FORMAT parquet)");
            }
            Files.move(temporary, directory.resolve(PART), StandardCopyOption.ATOMIC_MOVE);
            Files.createFile(directory.resolve(ResultLayout.SUCCESS));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot write the batch " + directory + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the batch " + directory + ": " + e.getMessage(), e);
        }
    }

    /** @return how many cells the committed batches hold (read from the Parquet footers) */
    public long committedCount() {
        long[] count = {0};
        query("SELECT count(*) FROM " + source(), rows -> {
            if (rows.next()) {
                count[0] = rows.getLong(1);
            }
        });
        return count[0];
    }

    /** @return every committed result, in cell-id order */
    public List<CellResult> readAll() {
        return select("ORDER BY cell_id");
    }

    /**
     * @param limit how many
     * @return the cells with the largest expected shortfall, ties by cell id
     */
    public List<CellResult> top(int limit) {
        return select("ORDER BY expected_shortfall_months DESC, cell_id LIMIT " + Math.max(0, limit));
    }

    private List<CellResult> select(String order) {
        List<CellResult> results = new ArrayList<>();
        if (committedFiles().isEmpty()) {
            return results;
        }
        query("SELECT " + String.join(", ", ResultSchema.names()) + " FROM " + source() + " " + order, rows -> {
            int n = ResultSchema.COLUMNS.size();
            while (rows.next()) {
                Object[] values = new Object[n];
                for (int i = 0; i < n; i++) {
                    values[i] = rows.getObject(i + 1);
                }
                results.add(ResultSchema.fromValues(values));
            }
        });
        return results;
    }

    /** Reads rows of the committed files; nothing if there are none. */
    private void query(String sql, RowReader reader) {
        if (committedFiles().isEmpty()) {
            return;
        }
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            reader.read(rows);
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "cannot read the results in " + root + ": " + e.getMessage()
                            + "\nMaybe a file was not written by Lodestone; the layout is in docs/scale.md.",
                    e);
        }
    }

    @FunctionalInterface
    private interface RowReader {
        void read(ResultSet rows) throws SQLException;
    }

    private String source() {
        return "read_parquet(["
                + committedFiles().stream().map(ParquetResults::literal).collect(Collectors.joining(", ")) + "])";
    }

    private List<Path> batches() {
        Path directory = root.resolve(ResultLayout.BATCHES);
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.filter(p -> p.getFileName().toString().startsWith(ResultLayout.BATCH_PREFIX))
                    .filter(Files::isDirectory)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the batches in " + directory + ": " + e.getMessage(), e);
        }
    }

    private static String columns() {
        return ResultSchema.COLUMNS.stream()
                .map(c -> c.name() + " " + sqlType(c.type()) + (c.nullable() ? "" : " NOT NULL"))
                .collect(Collectors.joining(", "));
    }

    private static String sqlType(ResultSchema.Type type) {
        return switch (type) {
            case STRING -> "VARCHAR";
            case DOUBLE -> "DOUBLE";
            case LONG -> "BIGINT";
            case INT -> "INTEGER";
            case BOOLEAN -> "BOOLEAN";
        };
    }

    private static void append(DuckDBAppender appender, Object[] values) throws SQLException {
        appender.beginRow();
        for (Object value : values) {
            if (value == null) {
                appender.appendNull();
            } else if (value instanceof String text) {
                appender.append(text);
            } else if (value instanceof Double number) {
                appender.append(number.doubleValue());
            } else if (value instanceof Long number) {
                appender.append(number.longValue());
            } else if (value instanceof Integer number) {
                appender.append(number.intValue());
            } else if (value instanceof Boolean flag) {
                appender.append(flag.booleanValue());
            } else {
                throw new IllegalStateException("no Parquet type for " + value.getClass());
            }
        }
        appender.endRow();
    }

    private static String literal(Path path) {
        return "'" + path.toAbsolutePath().toString().replace("'", "''") + "'";
    }

    private static void deleteTree(Path directory) {
        try (Stream<Path> walk = Files.walk(directory)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "cannot delete the uncommitted batch " + directory + ": " + e.getMessage(), e);
        }
    }
}
