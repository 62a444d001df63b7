package lodestone.store.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import lodestone.store.reference.ReferenceData;

/**
 * A database file with the bundled baseline loaded, prepared once per test JVM, for the tests that need such a store
 * but do not test its creation: each takes a copy ({@link #copyTo}) instead of creating a new file and loading the
 * baseline into it (a second or two of CPU each). The tests of a new file's creation and loading
 * ({@code LodestoneStoreTest}, {@code ReadOnlyOpenTest}'s first test, the migration) still create theirs.
 */
public final class PreparedStore {
    private PreparedStore() {}

    /**
     * @param file where the copy goes (it must not exist yet)
     * @return {@code file}, a copy of the prepared store: the baseline is current in it, so an open loads nothing
     */
    public static Path copyTo(Path file) {
        try {
            return Files.copy(Template.FILE, file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The prepared file, in a folder of its own removed when the JVM exits; never opened by a test. */
    private static final class Template {
        static final Path FILE = prepare();

        private static Path prepare() {
            try {
                Path folder = Files.createTempDirectory("lodestone-store-test");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(folder)));
                Path file = folder.resolve("template.duckdb");
                LodestoneStore.open(file, ReferenceData.load()).close();
                if (Files.exists(file.resolveSibling(file.getFileName() + ".wal"))) {
                    throw new IllegalStateException("the prepared database was not checkpointed when it was closed");
                }
                return file;
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
}
