package lodestone.app.cli;

import java.nio.file.Path;
import lodestone.store.db.LodestoneStore;
import lodestone.store.reference.ReferenceData;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** The options every command that reads the knowledge base shares. */
final class StoreOptions {
    @Option(
            names = "--db",
            paramLabel = "PATH",
            description = "DuckDB database file (default: $LODESTONE_DB, else ~/.lodestone/lodestone.duckdb). Created"
                    + " and loaded with the bundled baseline on first use.")
    @Nullable
    Path db;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "table",
            description = "Output format: table, json or csv (default: ${DEFAULT-VALUE}).",
            converter = FormatConverter.class)
    OutputFormat format;

    @Option(
            names = "--wide",
            description = "Tables and text unwrapped, one line per row (default: fitted to $COLUMNS, else 100"
                    + " characters: long text cells and lines wrap, numbers never).")
    boolean wide;

    private @Nullable ReferenceData reference;

    /** @return the widest a line of text output may be: unlimited with --wide, else $COLUMNS or 100 */
    int width() {
        return wide ? TextLayout.UNLIMITED : TextLayout.width(System.getenv("COLUMNS"));
    }

    /** @return the bundled reference data (catalogue, countries, lists, sources), read once per command */
    ReferenceData reference() {
        if (reference == null) {
            reference = ReferenceData.load();
        }
        return reference;
    }

    Path path() {
        if (db != null) {
            return db;
        }
        String env = System.getenv("LODESTONE_DB");
        return env == null || env.isBlank() ? LodestoneStore.DEFAULT_PATH : Path.of(env);
    }

    /** @return the store opened to write, waiting up to 10 s for other processes' reads to let go of the file */
    LodestoneStore open() {
        announceCreation();
        return LodestoneStore.openForWriting(path(), reference(), java.time.Duration.ofSeconds(10));
    }

    /** @return the store opened read-only, so that a read never blocks another process's write for long */
    LodestoneStore openForReading() {
        announceCreation();
        return LodestoneStore.openReadOnly(path(), reference());
    }

    /**
     * Says on standard error, when a person is at the terminal, that the first command creates the knowledge base, so
     * that the pause is explained; scripts and tests (no console) see nothing.
     */
    @SuppressWarnings("SystemConsoleNull") // no console means no person to tell: exactly the case to skip
    private void announceCreation() {
        Path path = path();
        if (System.console() != null && !java.nio.file.Files.exists(path)) {
            System.err.println("lodestone: creating the knowledge base " + path
                    + " from the bundled baseline (first use; a few seconds; later commands reuse it)...");
            System.err.flush();
        }
    }

    /** @return the knowledge base read into memory (read-only); the database file is closed again */
    lodestone.model.knowledge.KnowledgeSnapshot snapshot() {
        try (LodestoneStore opened = openForReading()) {
            return opened.snapshot();
        }
    }

    /**
     * @return the knowledge read into memory (every edition side by side, the latest of each data year by default) and
     *     today's date: what every query is answered from
     */
    lodestone.report.ReportContext context() {
        try (LodestoneStore opened = openForReading()) {
            return lodestone.report.ReportContext.of(
                    opened.snapshot(lodestone.model.knowledge.EditionChoice.all()), Clocks.SYSTEM);
        }
    }

    /** Accepts table, json, csv in any case. */
    static final class FormatConverter implements picocli.CommandLine.ITypeConverter<OutputFormat> {
        @Override
        public OutputFormat convert(String value) {
            try {
                return OutputFormat.valueOf(value.trim().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException(
                        "format (" + value + ") must be one of table, json, csv.");
            }
        }
    }
}
