package lodestone.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Files a test JVM prepares once and its tests copy: a prepared database costs a second or two of CPU to create and
 * load, a copy almost nothing. The folder is the JVM's own (a new temporary folder), so two test JVMs never share a
 * file.
 */
public final class JvmFiles {
    private JvmFiles() {}

    /**
     * @param prefix the start of the folder's name
     * @return a new temporary folder, removed with everything in it when the JVM exits
     */
    public static Path folder(String prefix) {
        try {
            Path folder = Files.createTempDirectory(prefix);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(folder)));
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Prepares a database file to be copied.
     *
     * @param file the file
     * @param write what creates and fills it, closing it when done
     * @return {@code file}
     * @throws IllegalStateException if the writer left a write-ahead log beside the file (a copy without the log would
     *     lack what it holds)
     */
    public static Path database(Path file, Consumer<Path> write) {
        write.accept(file);
        if (Files.exists(file.resolveSibling(file.getFileName() + ".wal"))) {
            throw new IllegalStateException(
                    "the prepared database " + file + " was not checkpointed when it was closed");
        }
        return file;
    }

    /**
     * @param prepared the prepared file
     * @param file where the copy goes (it must not exist yet)
     * @return {@code file}
     */
    public static Path copy(Path prepared, Path file) {
        try {
            return Files.copy(prepared, file);
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
