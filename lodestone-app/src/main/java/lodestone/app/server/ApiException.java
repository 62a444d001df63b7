package lodestone.app.server;

import java.util.List;
import java.util.Objects;

/** A failure the API reports as a problem document. */
public final class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final ErrorCode code;
    private final String field;
    private final transient List<?> problems;

    /**
     * @param code the error code
     * @param detail what exactly is wrong, naming the value
     * @param field the parameter or body field at fault, or null
     */
    public ApiException(ErrorCode code, String detail, String field) {
        this(code, detail, field, List.of());
    }

    /**
     * @param code the error code
     * @param detail what exactly is wrong
     * @param field the parameter or body field at fault, or null
     * @param problems itemised problems (e.g. an import report), may be empty
     */
    public ApiException(ErrorCode code, String detail, String field, List<?> problems) {
        super(detail);
        this.code = Objects.requireNonNull(code, "code");
        this.field = field;
        this.problems = List.copyOf(problems);
    }

    public ErrorCode code() {
        return code;
    }

    public String field() {
        return field;
    }

    public List<?> problems() {
        return problems;
    }
}
