package lodestone.app.server;

import java.util.Locale;
import lodestone.report.QueryError;

/** Every error the API returns, with its HTTP status and what it means. The code is stable; the detail is not. */
public enum ErrorCode {
    NOT_FOUND(404, "No resource at this path."),
    UNKNOWN_MINERAL(404, "The mineral id or name is not in the catalogue; GET /api/v1/minerals lists the ids."),
    UNKNOWN_COUNTRY(404, "Not an ISO 3166-1 code or a known country name."),
    UNKNOWN_MEASURE(404, "No trade measure with this id; GET /api/v1/measures lists them."),
    UNKNOWN_AGREEMENT(404, "No agreement with this id; GET /api/v1/agreements lists them."),
    UNKNOWN_SCENARIO(404, "No scenario preset with this id; GET /api/v1/scenarios lists them."),
    UNKNOWN_RUN(
            404,
            "No scenario run with this id: never started, or finished longer ago than the server keeps results (one"
                    + " hour by default)."),
    RUN_TOO_LARGE(
            422,
            "The run exceeds the server's ceiling on paths x months x markets, derived from its memory; 'detail'"
                    + " names the limit."),
    QUEUE_FULL(503, "The server's queue for this kind of work is full; retry after the Retry-After delay."),
    TOO_MANY_JOBS(429, "This client already has as many runs queued or running as the server allows; wait for one."),
    ARTICLE_TOO_LARGE(413, "The article's text exceeds the check limit in characters; 'detail' names the limit."),
    ARTICLE_TOO_COMPLEX(
            422,
            "The article's lines are too long for the extractor's budget (its cost grows with the square of a"
                    + " line's length); 'detail' names the limit."),
    CHECK_TIMEOUT(503, "The check did not finish within the server's time budget; 'detail' names it."),
    BAD_SCENARIO(400, "The scenario spec is invalid; 'problems' lists every field at fault with its value."),
    UNKNOWN_PLAN(404, "No plan with this id (the server keeps the last 50)."),
    BAD_PLAN(
            400,
            "The plan cannot be made as asked: an unknown mineral or preset, no option catalogue, an invalid catalogue"
                    + " ('problems' lists every field at fault) or constraints that conflict."),
    BAD_ARTICLE(422, "The article cannot be read: binary, too large, too deeply nested, empty, or its URL failed."),
    BAD_PARAMETER(400, "A path or query parameter has a value outside its allowed form or range; see 'field'."),
    BAD_JSON(400, "The request body is not valid JSON, or lacks a required field; see 'field'."),
    UNSUPPORTED_MEDIA_TYPE(415, "The request body must be application/json."),
    BODY_TOO_LARGE(413, "The request body exceeds the limit."),
    UNAUTHORIZED(401, "A write endpoint needs 'Authorization: Bearer <token>'."),
    FORBIDDEN(403, "The bearer token is wrong."),
    WRITE_DISABLED(
            403, "Write endpoints are disabled: the server was started without LODESTONE_TOKEN or --token-file."),
    IMPORT_REJECTED(422, "The dataset has errors and was not imported; 'problems' lists them. Nothing was changed."),
    METHOD_NOT_ALLOWED(405, "This path does not accept this method."),
    BAD_REQUEST(400, "The HTTP request is malformed (request line, header or encoding)."),
    URI_TOO_LONG(414, "The request URI exceeds the server's limit."),
    HEADERS_TOO_LARGE(431, "The request headers exceed the server's limit."),
    HOST_NOT_ALLOWED(
            421,
            "The Host header names a host this server does not answer for (a guard against DNS rebinding); start it"
                    + " with --allowed-host NAME to add one."),
    TOO_MANY_ATTEMPTS(
            429, "Too many failed bearer-token attempts from this address; retry after the Retry-After delay."),
    IMPORT_DISABLED(403, "Imports through the API need a data root: start the server with --data-root DIR."),
    IMPORT_OUTSIDE_ROOT(403, "The import path is outside the server's data root."),
    STORE_UNAVAILABLE(
            503,
            "The database file could not be opened, most often because another lodestone process is using it;"
                    + " nothing was changed. Retry when it has finished."),
    NO_DATA(404, "The knowledge base holds no figures for this question; the detail says which are missing."),
    INTERNAL(500, "An unexpected failure; the server log has the details.");

    private final int status;
    private final String description;

    ErrorCode(int status, String description) {
        this.status = status;
        this.description = description;
    }

    /**
     * @param error why the report layer could not answer
     * @return the code the API reports it with
     */
    public static ErrorCode of(QueryError error) {
        return switch (error) {
            case UNKNOWN_MINERAL -> UNKNOWN_MINERAL;
            case UNKNOWN_COUNTRY -> UNKNOWN_COUNTRY;
            case UNKNOWN_MEASURE -> UNKNOWN_MEASURE;
            case UNKNOWN_AGREEMENT -> UNKNOWN_AGREEMENT;
            case UNKNOWN_SCENARIO -> UNKNOWN_SCENARIO;
            case UNKNOWN_LIST, UNKNOWN_DATASET, BAD_PARAMETER, UNUSED_PARAMETER -> BAD_PARAMETER;
            case BAD_SCENARIO -> BAD_SCENARIO;
            case BAD_ARTICLE -> BAD_ARTICLE;
            case ARTICLE_TOO_LARGE -> ARTICLE_TOO_LARGE;
            case ARTICLE_TIMEOUT -> CHECK_TIMEOUT;
            case NO_DATA -> NO_DATA;
        };
    }

    /** @return the HTTP status */
    public int status() {
        return status;
    }

    /** @return what the code means, for documentation and the problem's title */
    public String description() {
        return description;
    }

    /** @return the code as it appears in problem documents, e.g. "unknown-mineral" */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
