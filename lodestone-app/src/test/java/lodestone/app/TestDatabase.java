package lodestone.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The database file the command-line tests share: created once per test run (loading the bundled baseline takes a
 * second or two), in a folder removed when the JVM exits.
 */
public final class TestDatabase {
    /** The file; the first command that opens it creates and loads it. */
    public static final Path PATH = create();

    private TestDatabase() {}

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
