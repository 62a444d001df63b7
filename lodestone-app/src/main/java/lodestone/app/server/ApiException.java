package lodestone.app.server;

import java.util.List;
import lodestone.report.FieldFailure;
import org.jspecify.annotations.Nullable;

/** A failure the API reports as a problem document. */
public final class ApiException extends FieldFailure {
    private static final long serialVersionUID = 1L;
    private final ErrorCode code;

    /**
     * @param code the error code
     * @param detail what exactly is wrong, naming the value (null only where a failure passed on has no message)
     * @param field the parameter or body field at fault, or null
     */
    public ApiException(ErrorCode code, @Nullable String detail, @Nullable String field) {
        this(code, detail, field, List.of());
    }

    /**
     * @param code the error code
     * @param detail what exactly is wrong
     * @param field the parameter or body field at fault, or null
     * @param problems itemised problems (e.g. an import report), may be empty
     */
    public ApiException(ErrorCode code, @Nullable String detail, @Nullable String field, List<?> problems) {
        super(detail, field, problems);
        this.code = code;
    }

    /** @return the error code */
    public ErrorCode code() {
        return code;
    }
}
