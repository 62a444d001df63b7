package lodestone.store.db;

import java.nio.file.Path;
import lodestone.store.reference.ReferenceData;
import lodestone.testkit.JvmFiles;

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
        return JvmFiles.copy(Template.FILE, file);
    }

    /** The prepared file, in a folder of the JVM's own; never opened by a test. */
    private static final class Template {
        static final Path FILE = JvmFiles.database(
                JvmFiles.folder("lodestone-store-test").resolve("template.duckdb"),
                file -> LodestoneStore.open(file, ReferenceData.load()).close());
    }
}
