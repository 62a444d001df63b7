package lodestone.report;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A query that cannot be answered: the error, the parameter at fault and a message naming its value, with a hint on
 * a second line starting with "Maybe" where one helps.
 */
public final class QueryException extends FieldFailure {
    private static final long serialVersionUID = 1L;
    private final QueryError error;

    /**
     * @param error why
     * @param field the parameter at fault, or null
     * @param message what exactly is wrong, naming the value; a hint may follow on a new line
     */
    public QueryException(QueryError error, @Nullable String field, @Nullable String message) {
        this(error, field, message, List.of());
    }

    /**
     * @param error why
     * @param field the parameter at fault, or null
     * @param message what exactly is wrong
     * @param problems itemised problems (a scenario's, an import's), may be empty
     */
    public QueryException(QueryError error, @Nullable String field, @Nullable String message, List<?> problems) {
        super(message, field, problems);
        this.error = Objects.requireNonNull(error, "error");
    }

    /** @return why */
    public QueryError error() {
        return error;
    }

    /** @return the message without its hint: its first line, without a closing full stop */
    public String detail() {
        String first =
                Objects.requireNonNullElse(getMessage(), "").lines().findFirst().orElse("");
        return first.endsWith(".") ? first.substring(0, first.length() - 1) : first;
    }

    /**
     * @param field the parameter at fault
     * @param message what is wrong with it
     * @return a bad-parameter exception
     */
    public static QueryException badParameter(String field, @Nullable String message) {
        return new QueryException(QueryError.BAD_PARAMETER, field, message);
    }

    /**
     * @param field the parameter given
     * @param message why this form of the question does not use it, with a "Maybe" hint
     * @return an unused-parameter exception ({@link QueryError#UNUSED_PARAMETER})
     */
    public static QueryException unusedParameter(String field, String message) {
        return new QueryException(QueryError.UNUSED_PARAMETER, field, message);
    }
}
