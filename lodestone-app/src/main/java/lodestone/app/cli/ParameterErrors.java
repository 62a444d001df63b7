package lodestone.app.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;

/**
 * Bad command-line values answered in one line: the option, the value and a hint, exit code 2, no stack trace and no
 * usage text (picocli prints both by default).
 */
final class ParameterErrors {
    /** The exit code of a usage error (see {@link Main}). */
    static final int USAGE = 2;

    private static final String COULD_NOT_BE_PARSED = "could not be parsed: ";

    private ParameterErrors() {}

    /**
     * Parses an ISO date, with a message that says what is wrong with a bad one instead of the JDK's exception.
     *
     * @param value the text after the option
     * @return the date
     * @throws CommandLine.TypeConversionException naming the value, why it is no date and the form to use
     */
    static LocalDate date(String value) {
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            String message = e.getMessage() == null ? "" : e.getMessage();
            int at = message.indexOf(COULD_NOT_BE_PARSED);
            String why = at < 0 ? "" : " (" + message.substring(at + COULD_NOT_BE_PARSED.length()) + ")";
            throw new CommandLine.TypeConversionException(
                    "'" + value + "' is not a date" + why + "; write YYYY-MM-DD, e.g. 2026-01-01");
        }
    }

    /**
     * Prints a parameter error as one line, with picocli's "did you mean" for a mistyped option or command.
     *
     * @param exception what picocli found
     * @param args the command line
     * @return {@link #USAGE}
     */
    static int handle(CommandLine.ParameterException exception, String[] args) {
        CommandLine command = exception.getCommandLine();
        PrintWriter err = command.getErr();
        String message = exception.getMessage() == null ? "bad command line" : exception.getMessage();
        String first = message.lines().findFirst().orElse(message).strip();
        err.println("error: " + first + (first.endsWith(".") ? "" : ".") + " See `"
                + command.getCommandSpec().qualifiedName() + " --help`.");
        CommandLine.UnmatchedArgumentException.printSuggestions(exception, err);
        return USAGE;
    }
}
