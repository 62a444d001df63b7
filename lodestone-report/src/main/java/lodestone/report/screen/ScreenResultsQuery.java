package lodestone.report.screen;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
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
import lodestone.screen.job.ScreenJob;
import lodestone.screen.run.Manifest;
import lodestone.screen.run.ResultLayout;
import lodestone.screen.run.ResultSchema;
import lodestone.screen.run.RunReport;

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
     * @param folder a results directory
     * @param top how many cells
     * @return its ranking ({@link #ranked}), named by the directory's name
     */
    public static Ranking ranking(Path folder, int top) {
        return new Ranking(folder.getFileName().toString(), ranked(folder, top));
    }

    /**
     * One screen's ranked cells and the rows every face prints of them.
     *
     * @param results the results directory, as the face names it (its name on the server, its path on the command
     *     line)
     * @param top the ranked cells, largest expected shortfall first, ties by cell id
     */
    public record Ranking(String results, List<CellResult> top) {
        public Ranking {
            top = List.copyOf(top);
        }

        /** @return the CSV's columns: the results' own schema ({@link ResultSchema#names()}) */
        public List<String> columns() {
            return ResultSchema.names();
        }

        /** @return the cells' rows as {@code lodestone screen --format csv} prints them, in {@link #columns()} */
        public List<List<Object>> csvRows() {
            return top.stream().map(r -> Arrays.asList(ResultSchema.values(r))).toList();
        }

        /** @return the cells' rows as {@code lodestone screen --format json} prints them under {@code top} */
        public List<Map<String, Object>> jsonRows() {
            return top.stream().map(ScreenResultsQuery::jsonRow).toList();
        }

        /** @return the document of {@code GET /screens/{name}?format=json} */
        public Document document() {
            return new Document(results, UNITS, jsonRows());
        }
    }

    /**
     * A screen's ranking as a document.
     *
     * @param results the results directory's name
     * @param units the units of the rows ({@link #UNITS})
     * @param top the ranked cells' rows: column name to value
     */
    @JsonPropertyOrder({"results", "units", "top"})
    public record Document(String results, String units, List<Map<String, Object>> top) {
        public Document {
            top = List.copyOf(top);
        }
    }

    /**
     * What {@code lodestone screen --format json} prints: the run and the ranking of its results directory.
     *
     * @param screen the screen's id
     * @param results the results directory, as given
     * @param engine the engine that ran
     * @param cells the cells of the screen
     * @param alreadyDone the cells committed before this run
     * @param computed the cells this run computed
     * @param batches the batches this run committed
     * @param seconds how long the run took (s)
     * @param leftOut the markets the job left out, with why
     * @param units the units of the rows ({@link #UNITS})
     * @param top the ranked cells' rows: column name to value
     */
    @JsonPropertyOrder({
        "screen",
        "results",
        "engine",
        "cells",
        "alreadyDone",
        "computed",
        "batches",
        "seconds",
        "leftOut",
        "units",
        "top"
    })
    public record RunDocument(
            String screen,
            String results,
            String engine,
            long cells,
            long alreadyDone,
            long computed,
            int batches,
            double seconds,
            List<String> leftOut,
            String units,
            List<Map<String, Object>> top) {
        public RunDocument {
            leftOut = List.copyOf(leftOut);
            top = List.copyOf(top);
        }

        /**
         * @param job the screen's job
         * @param report the run's report
         * @param ranking the ranking of the results directory after the run
         * @return the document
         */
        public static RunDocument of(ScreenJob job, RunReport report, Ranking ranking) {
            return new RunDocument(
                    job.spec().id(),
                    report.results(),
                    report.engine(),
                    report.cells(),
                    report.alreadyDone(),
                    report.computed(),
                    report.batches(),
                    report.seconds(),
                    job.leftOut(),
                    UNITS,
                    ranking.jsonRows());
        }
    }

    /**
     * @param result a cell's result
     * @return its row as {@code lodestone screen --format json} prints it under {@code top}: column name to value
     */
    private static Map<String, Object> jsonRow(CellResult result) {
        Map<String, Object> row = new LinkedHashMap<>();
        Object[] values = ResultSchema.values(result);
        for (int i = 0; i < values.length; i++) {
            row.put(ResultSchema.COLUMNS.get(i).name(), values[i]);
        }
        return row;
    }
}
