package lodestone.app.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import lodestone.report.Query;
import lodestone.report.table.Tabular;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A command that asks the report layer one question and renders the answer: JSON as the API returns it, CSV from the
 * result's columns, or the command's text for people (by default the result's table).
 *
 * @param <R> the result type
 */
abstract class QueryCommand<R> implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Spec
    CommandSpec spec;

    /** @return the question, built from the options */
    abstract Query<R> query();

    /**
     * Prints the result for people; by default its table.
     *
     * @param out where to
     * @param result the answer
     */
    void text(PrintWriter out, R result) {
        if (result instanceof Tabular tabular) {
            Output.table(out, tabular.table());
        } else {
            Output.json(out, result);
        }
    }

    @Override
    public Integer call() {
        return answer(store, spec, query(), this::text);
    }

    /**
     * Asks a question of the knowledge base and renders the answer.
     *
     * @param store the database and format options
     * @param spec the command, for its output stream
     * @param query the question
     * @param text how people read the answer
     * @param <T> the result type
     * @return the exit code, 0
     */
    static <T> int answer(StoreOptions store, CommandSpec spec, Query<T> query, Output.TextForm<T> text) {
        T result = query.answer(store.context());
        Output.render(spec.commandLine().getOut(), store.format, result, text);
        return 0;
    }
}
