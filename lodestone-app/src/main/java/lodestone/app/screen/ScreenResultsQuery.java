package lodestone.app.screen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;
import lodestone.screen.ScreenException;
import lodestone.screen.cell.CellResult;
import lodestone.screen.run.Manifest;
import lodestone.screen.run.ResultLayout;
import lodestone.screen.run.ResultSchema;

/**
 * Reads screen results directories back for people: the list of those under a folder, and one screen's cells ranked
 * exactly as {@code lodestone screen} ranks them ({@link ParquetResults#top}, the one ranking), with the rows its
 * {@code --format csv} and {@code --format json} print. Shared by the command line and the dashboard.
 */
public final class ScreenResultsQuery {
    /** The most results directories one listing reads (each costs a manifest read and a Parquet footer scan). */
    public static final int MAX_LISTED = 500;

    /** The units of the ranked rows, as {@code lodestone screen --format json} states them. */
    public static final String UNITS = "_months: months of the perspective's baseline demand (cumulative over the"
            + " horizon); peak_median_shortfall, probabilities and shares: fractions; _usd: US dollars";

    private ScreenResultsQuery() {}

    /**
     * One results directory as listed.
     *
     * @param name the directory's name under the listed folder
     * @param screen the screen's id (its spec's {@code id}), from the manifest
     * @param cells the cells of the screen, from the manifest
     * @param done the cells in committed batches (equal to {@code cells} when the screen is finished)
     * @param engines the engines that wrote the committed batches ({@code local}, {@code spark}), inferred from the
     *     Parquet file names each writes ({@code part-00000.parquet} for local mode, Spark's task files otherwise)
     * @param written when the newest committed batch was committed (its {@code _SUCCESS} file's time), if any
     */
    public record Listed(
            String name, String screen, long cells, long done, List<String> engines, Optional<Instant> written) {
        public Listed {
            engines = List.copyOf(engines);
        }
    }

    /**
     * @param root a folder of results directories
     * @return every direct subfolder holding a manifest ({@value ResultLayout#MANIFEST}), by name, at most
     *     {@link #MAX_LISTED}; subfolders whose manifest cannot be read are left out
     */
    public static List<Listed> list(Path root) {
        List<Path> folders;
        try (Stream<Path> entries = Files.list(root)) {
            folders = entries.filter(p -> Files.isRegularFile(p.resolve(ResultLayout.MANIFEST)))
                    .sorted()
                    .limit(MAX_LISTED)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the screens folder " + root + ": " + e.getMessage(), e);
        }
        List<Listed> listed = new ArrayList<>();
        for (Path folder : folders) {
            manifest(folder).ifPresent(m -> listed.add(listed(folder, m)));
        }
        return listed;
    }

    /**
     * @param folder a results directory
     * @return its manifest, if it has a readable one
     */
    public static Optional<Manifest> manifest(Path folder) {
        Path file = folder.resolve(ResultLayout.MANIFEST);
        try {
            return Optional.of(Manifest.parse(Files.readString(file, StandardCharsets.UTF_8), file.toString()));
        } catch (IOException | ScreenException e) {
            return Optional.empty();
        }
    }

    private static Listed listed(Path folder, Manifest manifest) {
        ParquetResults results = new ParquetResults(folder);
        List<Path> files = results.committedFiles();
        TreeSet<String> engines = new TreeSet<>();
        Instant newest = null;
        for (Path file : files) {
            engines.add(file.getFileName().toString().equals(ParquetResults.PART) ? "local" : "spark");
            try {
                Instant committed = Files.getLastModifiedTime(file.resolveSibling(ResultLayout.SUCCESS))
                        .toInstant();
                newest = newest == null || committed.isAfter(newest) ? committed : newest;
            } catch (IOException e) {
                // a batch removed while listing: its time is unknown, its cells are still counted below
            }
        }
        return new Listed(
                folder.getFileName().toString(),
                manifest.screen(),
                manifest.cells(),
                results.committedCount(),
                List.copyOf(engines),
                Optional.ofNullable(newest));
    }

    /**
     * @param folder a results directory
     * @param top how many cells
     * @return the {@code top} cells with the largest expected shortfall, ties by cell id: {@code lodestone screen}'s
     *     ranking
     */
    public static List<CellResult> ranked(Path folder, int top) {
        return new ParquetResults(folder).top(top);
    }

    /**
     * @param ranked ranked cells
     * @return their rows as {@code lodestone screen --format csv} prints them (columns {@link ResultSchema#names()})
     */
    public static List<List<Object>> csvRows(List<CellResult> ranked) {
        return ranked.stream().map(r -> Arrays.asList(ResultSchema.values(r))).toList();
    }

    /**
     * @param result a cell's result
     * @return its row as {@code lodestone screen --format json} prints it under {@code top}: column name to value
     */
    public static Map<String, Object> jsonRow(CellResult result) {
        Map<String, Object> row = new LinkedHashMap<>();
        Object[] values = ResultSchema.values(result);
        for (int i = 0; i < values.length; i++) {
            row.put(ResultSchema.COLUMNS.get(i).name(), values[i]);
        }
        return row;
    }
}
