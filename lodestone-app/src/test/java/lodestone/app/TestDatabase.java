package lodestone.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import lodestone.store.db.LodestoneStore;
import lodestone.store.reference.ReferenceData;

/**
 * The database file the command-line tests share: created once per test run (loading the bundled baseline takes a
 * second or two), in a folder removed when the JVM exits.
 */
public final class TestDatabase {
    /** The file; the first command that opens it creates and loads it. */
    public static final Path PATH = create();

    private TestDatabase() {}

    /**
     * Gives a test that writes a database of its own, already loaded with the bundled baseline: a copy of a file
     * prepared once per test run, instead of loading the baseline into each new file.
     *
     * @param file where the copy goes (it must not exist yet)
     * @return the file
     */
    public static Path copyTo(Path file) {
        try {
            return Files.copy(Template.FILE, file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The prepared file {@link #copyTo} copies: beside {@link #PATH}, and never opened by a test. */
    private static final class Template {
        static final Path FILE = prepare();

        private static Path prepare() {
            Path file = PATH.resolveSibling("template.duckdb");
            LodestoneStore.open(file, ReferenceData.load()).close();
            if (Files.exists(file.resolveSibling(file.getFileName() + ".wal"))) {
                throw new IllegalStateException("the prepared database was not checkpointed when it was closed");
            }
            return file;
        }
    }

    private static Path create() {
        try {
            Path folder = Files.createTempDirectory("lodestone-cli-test");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(folder)));
            return folder.resolve("cli.duckdb");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }
}
