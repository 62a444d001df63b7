package lodestone.app.server;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import lodestone.app.cli.Main;

/**
 * The command line's answers over the database the command-line tests share, each command run once per test run. The
 * API, page and download tests compare the server's answers with the same commands' output again and again, and every
 * run of a command reads the whole store anew; a command is run again if the database file has changed since.
 */
final class CommandLineRuns {
    /**
     * A command's run.
     *
     * @param code the exit code
     * @param out standard output
     * @param err standard error
     */
    record Run(int code, String out, String err) {}

    private static final Map<List<Object>, Run> RUNS = new ConcurrentHashMap<>();

    private CommandLineRuns() {}

    /**
     * @param args the arguments, without {@code --db}
     * @return the run of {@code lodestone ARGS --db DB} over the shared database
     */
    static Run run(List<String> args) {
        List<String> all = new ArrayList<>(args);
        all.addAll(List.of("--db", ServerFixture.sharedDatabase().toString()));
        FileTime changed;
        try {
            changed = Files.getLastModifiedTime(ServerFixture.sharedDatabase());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return RUNS.computeIfAbsent(List.of(List.copyOf(all), changed), key -> {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = Main.run(all.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
            return new Run(code, out.toString(), err.toString());
        });
    }
}
