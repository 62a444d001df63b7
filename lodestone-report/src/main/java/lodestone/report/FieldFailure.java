package lodestone.report;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A refusal that names the parameter or body field at fault and may itemise its problems (a scenario's, an import's):
 * what every face turns into a problem document or an error line. Subclasses add why, as their own error code.
 */
public abstract class FieldFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final @Nullable String field;
    private final transient List<?> problems;

    /**
     * @param message what exactly is wrong, naming the value; a hint may follow on a new line
     * @param field the parameter or field at fault, or null
     * @param problems itemised problems, may be empty
     */
    protected FieldFailure(@Nullable String message, @Nullable String field, List<?> problems) {
        super(message);
        this.field = field;
        this.problems = List.copyOf(problems);
    }

    /** @return the parameter or field at fault, or null */
    public final @Nullable String field() {
        return field;
    }

    /** @return itemised problems, may be empty */
    public final List<?> problems() {
        return problems;
    }
}
