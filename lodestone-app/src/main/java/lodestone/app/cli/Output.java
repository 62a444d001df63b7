package lodestone.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.util.List;
import lodestone.app.resource.Csv;
import lodestone.report.Json;
import lodestone.report.Query;
import lodestone.report.source.SourceView;
import lodestone.report.table.Table;
import lodestone.report.table.Tabular;
import picocli.CommandLine.Help;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Help.Column;
import picocli.CommandLine.Help.Column.Overflow;
import picocli.CommandLine.Help.TextTable;

/**
 * The one renderer of results: JSON (the report layer's {@link Json} form, indented), CSV (Commons CSV, the result's
 * columns) and text tables (picocli's TextTable, the same columns formatted).
 */
final class Output {
    static final ObjectMapper JSON = Json.mapper().enable(SerializationFeature.INDENT_OUTPUT);

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

    /**
     * Prints a result: its JSON form, its table as CSV, or for people the text the command writes (by default its
     * table).
     *
     * @param out where to
     * @param format the format asked for
     * @param result the result
     * @param text how people read it
     */
    static <R> void render(PrintWriter out, OutputFormat format, R result, TextForm<R> text) {
        switch (format) {
            case JSON -> json(out, result);
            case CSV -> {
                if (!(result instanceof Tabular tabular)) {
                    throw new UserException("format csv is not supported here; use table or json.");
                }
                csv(out, tabular.table());
            }
            case TABLE -> text.print(out, result);
        }
        out.flush();
    }

    /**
     * Asks a question of the knowledge base and renders the answer.
     *
     * @param store the database and format options
     * @param out where to
     * @param query the question
     * @param text how people read the answer
     * @param <T> the result type
     * @return the exit code, 0
     */
    static <T> int answer(StoreOptions store, PrintWriter out, Query<T> query, TextForm<T> text) {
        render(out, store.format, query.answer(store.context()), text);
        return 0;
    }

    /**
     * The text form of a result, for people.
     *
     * @param <R> the result type
     */
    @FunctionalInterface
    interface TextForm<R> {
        void print(PrintWriter out, R result);
    }

    /** Prints the sources after a result, one line each. */
    static void sources(PrintWriter out, List<SourceView> sources) {
        out.println();
        out.println("== SOURCES ==");
        sources.forEach(s -> out.println(s.line()));
    }

    static void json(PrintWriter out, Object value) {
        try {
            out.println(JSON.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot render JSON: " + e.getMessage(), e);
        }
    }

    static void csv(PrintWriter out, Table<?> table) {
        csv(out, table.csvHeader(), table.csvRows());
    }

    /**
     * Prints CSV rows of a result that has several tables (a plan), under one header.
     *
     * @param out where to
     * @param header the column ids
     * @param rows the raw values, one list per row
     */
    static void csv(PrintWriter out, List<String> header, List<? extends List<?>> rows) {
        out.print(Csv.of(header, rows));
        out.flush();
    }

    /**
     * Prints an aligned table. Column widths fit the content, up to the table's widest cell; longer cells wrap.
     */
    static void table(PrintWriter out, Table<?> table) {
        table(out, table.textHeader(), table.textRows(), table.maxWidth());
    }

    /**
     * Prints an aligned table of text cells already formatted (a plan's several tables, the review list).
     *
     * @param out where to
     * @param header the column titles
     * @param rows the cells, one list per row
     * @param maxWidth the widest a column may be before its cells wrap
     */
    static void table(PrintWriter out, List<String> header, List<List<String>> rows, int maxWidth) {
        int[] widths = new int[header.size()];
        for (int i = 0; i < header.size(); i++) {
            widths[i] = header.get(i).length();
            for (List<String> row : rows) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
            widths[i] = Math.min(widths[i], maxWidth) + 2;
        }
        Column[] columns = new Column[widths.length];
        for (int i = 0; i < widths.length; i++) {
            columns[i] = new Column(widths[i], 0, Overflow.WRAP);
        }
        TextTable text = TextTable.forColumns(Help.defaultColorScheme(Ansi.OFF), columns);
        text.addRowValues(header.toArray(String[]::new));
        for (List<String> row : rows) {
            text.addRowValues(row.toArray(String[]::new));
        }
        out.print(text);
        out.flush();
    }
}
