package lodestone.app.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import lodestone.model.knowledge.EditionChoice;
import lodestone.model.knowledge.KnowledgeSnapshot;
import lodestone.report.ReportContext;
import lodestone.store.db.KnowledgeCache;
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

    /** @return the widest a line of text output may be: unlimited with --wide, else $COLUMNS or 100 */
    int width() {
        return wide ? TextLayout.UNLIMITED : TextLayout.width(System.getenv("COLUMNS"));
    }

    /** @return the bundled reference data (catalogue, countries, lists, sources), read once per JVM */
    ReferenceData reference() {
        return ReferenceData.load();
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

    /**
     * @return the knowledge base read into memory (read-only), or kept from an earlier read in this JVM while the file
     *     is unchanged ({@link KnowledgeCache}); the database file is closed again
     */
    KnowledgeSnapshot snapshot() {
        try (LodestoneStore opened = openForReading()) {
            return KnowledgeCache.shared().snapshot(opened, EditionChoice.latest());
        }
    }

    /**
     * @return the knowledge read into memory (every edition side by side, the latest of each data year by default) and
     *     today's date: what every query is answered from
     */
    ReportContext context() {
        try (LodestoneStore opened = openForReading()) {
            return context(opened);
        }
    }

    /**
     * @param opened an open store
     * @return its knowledge, from {@link KnowledgeCache#shared()} while the file is unchanged, and today's date (read
     *     from the clock at each call, never cached)
     */
    static ReportContext context(LodestoneStore opened) {
        KnowledgeCache cache = KnowledgeCache.shared();
        return new ReportContext(
                cache.snapshot(opened, EditionChoice.latest()),
                LocalDate.now(Clocks.SYSTEM),
                cache.snapshot(opened, EditionChoice.all()));
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
