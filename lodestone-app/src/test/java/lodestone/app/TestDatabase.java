package lodestone.app;

import java.nio.file.Path;
import lodestone.store.db.LodestoneStore;
import lodestone.store.reference.ReferenceData;
import lodestone.testkit.JvmFiles;

/**
 * The database file the command-line tests share: created once per test run (loading the bundled baseline takes a
 * second or two), in a folder removed when the JVM exits.
 */
public final class TestDatabase {
    /** The file; the first command that opens it creates and loads it. */
    public static final Path PATH = JvmFiles.folder("lodestone-cli-test").resolve("cli.duckdb");

    private TestDatabase() {}

    /**
     * Gives a test that writes a database of its own, already loaded with the bundled baseline: a copy of a file
     * prepared once per test run, instead of loading the baseline into each new file.
     *
     * @param file where the copy goes (it must not exist yet)
     * @return the file
     */
    public static Path copyTo(Path file) {
        return JvmFiles.copy(Template.FILE, file);
    }

    /** The prepared file {@link #copyTo} copies: beside {@link #PATH}, and never opened by a test. */
    private static final class Template {
        static final Path FILE = JvmFiles.database(
                PATH.resolveSibling("template.duckdb"),
                file -> LodestoneStore.open(file, ReferenceData.load()).close());
    }
}
