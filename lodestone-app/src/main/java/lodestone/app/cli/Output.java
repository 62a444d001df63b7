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

/**
 * The one renderer of results: JSON (the report layer's {@link Json} form, indented), CSV (Commons CSV, the result's
 * columns) and text tables (the same columns formatted, fitted to the terminal's width by {@link TextLayout}).
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
     * @param store the format asked for and, for the text, the terminal width ({@link StoreOptions#width()})
     * @param result the result
     * @param text how people read it
     */
    static <R> void render(PrintWriter out, StoreOptions store, R result, TextForm<R> text) {
        switch (store.format) {
            case JSON -> json(out, result);
            case CSV -> {
                if (!(result instanceof Tabular tabular)) {
                    throw new UsageException("format csv is not supported here; use table or json.");
                }
                csv(out, tabular.table());
            }
            case TABLE -> fitted(out, store, fitted -> text.print(fitted, result));
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
        render(out, store, query.answer(store.context()), text);
        return 0;
    }

    /**
     * Prints text for people fitted to the terminal: tables within its width, longer prose lines wrapped; as it is with
     * {@code --wide}.
     *
     * @param out where to
     * @param store the width options
     * @param text what prints
     */
    static void fitted(PrintWriter out, StoreOptions store, java.util.function.Consumer<PrintWriter> text) {
        FittedWriter fitted = new FittedWriter(out, store.width());
        text.accept(fitted);
        fitted.close();
        out.flush();
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
     * Prints an aligned table. Column widths fit the content, up to the table's widest cell, and the whole fits the
     * width of a {@link FittedWriter}: number columns keep their width, text columns narrow and their cells wrap.
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
     * @param maxWidth the widest a text column may be before its cells wrap (unless {@code --wide})
     */
    static void table(PrintWriter out, List<String> header, List<List<String>> rows, int maxWidth) {
        int width = out instanceof FittedWriter fitted ? fitted.width() : TextLayout.UNLIMITED;
        int cap = width == TextLayout.UNLIMITED && out instanceof FittedWriter ? TextLayout.UNLIMITED : maxWidth;
        TextLayout.table(header, rows, cap, width).forEach(out::println);
        out.flush();
    }
}
