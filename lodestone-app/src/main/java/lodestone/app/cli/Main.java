package lodestone.app.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Objects;
import lodestone.app.resource.Resource;
import lodestone.app.resource.Resources;
import lodestone.report.QueryError;
import lodestone.report.QueryException;
import lodestone.store.db.StoreException;
import lodestone.store.importing.DataFileException;
import picocli.CommandLine;

/**
 * Entry point of the {@code lodestone} command. Exit codes: 0 success, 1 a failure the message explains (bad data,
 * unknown id, store unavailable), 2 a usage error (unknown option, bad value, an option the command's form or format
 * would ignore).
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        // JSON and CSV are written as UTF-8 whatever the platform default (which JDK 17 takes from the locale).
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code = run(args, out, err);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /**
     * Runs a command line.
     *
     * @param args the arguments
     * @param out standard output
     * @param err standard error
     * @return the exit code
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = commandLine(out, err);
        return commandLine.execute(args);
    }

    static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new LodestoneCommand());
        for (Resource resource : Resources.ALL) {
            commandLine.addSubcommand(resource.command(), DeclaredCommand.of(resource));
        }
        for (CommandLine action : Actions.all()) {
            commandLine.addSubcommand(action.getCommandName(), action);
        }
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.registerConverter(LocalDate.class, ParameterErrors::date);
        commandLine.setParameterExceptionHandler(ParameterErrors::handle);
        CommandLine imports =
                Objects.requireNonNull(commandLine.getSubcommands().get("import"), "import");
        String[] footer = Actions.datasetHelp();
        String[] withHeading = new String[footer.length + 1];
        withHeading[0] = "%nDatasets:";
        System.arraycopy(footer, 0, withHeading, 1, footer.length);
        imports.getCommandSpec().usageMessage().footer(withHeading);
        commandLine.setExecutionExceptionHandler((exception, cmd, parseResult) -> {
            if (exception instanceof UsageException
                    || (exception instanceof QueryException query && query.error() == QueryError.UNUSED_PARAMETER)) {
                // a usage error: one line (the hint joined to it), exit code 2
                cmd.getErr()
                        .println("error: "
                                + String.join(
                                        " ",
                                        String.valueOf(exception.getMessage())
                                                .lines()
                                                .toList()));
                return ParameterErrors.USAGE;
            }
            if (exception instanceof QueryException
                    || exception instanceof IllegalArgumentException
                    || exception instanceof StoreException
                    || exception instanceof DataFileException
                    || exception instanceof UserException) {
                cmd.getErr().println("error: " + exception.getMessage());
                return 1;
            }
            throw exception;
        });
        return commandLine;
    }
}
