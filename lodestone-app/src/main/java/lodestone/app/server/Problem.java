package lodestone.app.server;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An RFC 9457 problem document.
 *
 * @param type a URI reference naming the problem type: {@code /api/v1/problems#<code>}
 * @param title a short summary of the type
 * @param status the HTTP status
 * @param detail what happened in this occurrence
 * @param instance the request path
 * @param code Lodestone's stable error code
 * @param field the parameter or body field at fault, if any
 * @param problems itemised problems, if any (e.g. an import report)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
        String type,
        String title,
        int status,
        @Nullable String detail,
        String instance,
        String code,
        @Nullable String field,
        @Nullable List<?> problems) {

    static Problem of(
            ErrorCode code, @Nullable String detail, String instance, @Nullable String field, List<?> problems) {
        return new Problem(
                "/api/v1/problems#" + code.id(),
                code.description(),
                code.status(),
                detail,
                instance,
                code.id(),
                field,
                problems.isEmpty() ? null : problems);
    }
}
