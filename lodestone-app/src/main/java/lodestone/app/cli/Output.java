package lodestone.app.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import picocli.CommandLine.Help;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Help.Column;
import picocli.CommandLine.Help.Column.Overflow;
import picocli.CommandLine.Help.TextTable;

/** Renders results as JSON (Jackson), CSV (Commons CSV) or text tables (picocli's TextTable). */
final class Output {
    static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .setDefaultPropertyInclusion(
                    JsonInclude.Value.construct(JsonInclude.Include.ALWAYS, JsonInclude.Include.ALWAYS));

    private Output() {}

    /**
     * Whether progress bars may be drawn. On the JDK 17 we target, {@code System.console()} is null when input or
     * output is redirected; from JDK 22 it is not, but the bars write to standard error only, so piped output stays
     * clean either way.
     *
     * @return true when the JVM has a console
     */
    @SuppressWarnings("SystemConsoleNull")
    static boolean console() {
        return System.console() != null;
    }

    static void json(PrintWriter out, Object value) {
        try {
            out.println(JSON.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot render JSON: " + e.getMessage(), e);
        }
    }

    static void csv(PrintWriter out, List<String> header, List<List<Object>> rows) {
        try {
            CSVPrinter printer = new CSVPrinter(
                    out,
                    CSVFormat.DEFAULT
                            .builder()
                            .setHeader(header.toArray(String[]::new))
                            .setRecordSeparator('\n')
                            .get());
            for (List<Object> row : rows) {
                printer.printRecord(row);
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Prints an aligned table. Column widths fit the content, up to {@code maxWidth} characters; longer cells wrap.
     */
    static void table(PrintWriter out, List<String> header, List<List<String>> rows, int maxWidth) {
        int[] widths = new int[header.size()];
        for (int i = 0; i < header.size(); i++) {
            widths[i] = header.get(i).length();
            for (List<String> row : rows) {
                widths[i] =
                        Math.max(widths[i], row.get(i) == null ? 0 : row.get(i).length());
            }
            widths[i] = Math.min(widths[i], maxWidth) + 2;
        }
        Column[] columns = new Column[widths.length];
        for (int i = 0; i < widths.length; i++) {
            columns[i] = new Column(widths[i], 0, Overflow.WRAP);
        }
        TextTable table = TextTable.forColumns(Help.defaultColorScheme(Ansi.OFF), columns);
        table.addRowValues(header.toArray(String[]::new));
        for (List<String> row : rows) {
            table.addRowValues(
                    row.stream().map(cell -> cell == null ? "" : cell).toArray(String[]::new));
        }
        out.print(table);
        out.flush();
    }

    static String percent(double fraction) {
        return lodestone.app.view.Format.percent(fraction);
    }

    static String number(Double value) {
        return lodestone.app.view.Format.number(value);
    }
}
