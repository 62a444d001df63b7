package lodestone.app.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import lodestone.report.news.ArticleInput;

/**
 * Reads request parameters into the report layer's query parameters, turning values of the wrong form into problems
 * that name the field. Ranges and catalogue lookups are the report layer's.
 */
final class Params {
    private Params() {}

    /** @return the query parameter, or null when absent or blank */
    static String text(Context ctx, String name) {
        String value = ctx.queryParam(name);
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** @return the date, or null when absent */
    static LocalDate date(Context ctx, String name) {
        String text = text(ctx, name);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new ApiException(ErrorCode.BAD_PARAMETER, name + " (" + text + ") must be a date YYYY-MM-DD", name);
        }
    }

    /** @return the integer, or null when absent */
    static Integer integer(Context ctx, String name) {
        String text = text(ctx, name);
        if (text == null) {
            return null;
        }
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new ApiException(ErrorCode.BAD_PARAMETER, name + " (" + text + ") must be an integer", name);
        }
    }

    /** @return the integer field of a JSON body, or null when absent */
    static Integer integer(JsonNode body, String name) {
        JsonNode node = body.get(name);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.canConvertToInt()) {
            throw new ApiException(ErrorCode.BAD_JSON, name + " (" + node + ") must be an integer", name);
        }
        return node.asInt();
    }

    /** @return the long field of a JSON body, or null when absent */
    static Long longValue(JsonNode body, String name) {
        JsonNode node = body.get(name);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.canConvertToLong()) {
            throw new ApiException(ErrorCode.BAD_JSON, name + " (" + node + ") must be an integer", name);
        }
        return node.asLong();
    }

    /**
     * @param body a request naming an article: {@code text}, {@code html} or {@code url}, and optionally
     *     {@code published}
     * @return what to read
     */
    static ArticleInput article(JsonNode body) {
        LocalDate published = null;
        if (body.hasNonNull("published")) {
            try {
                published = LocalDate.parse(body.get("published").asText());
            } catch (DateTimeParseException e) {
                throw new ApiException(
                        ErrorCode.BAD_JSON,
                        "published (" + body.get("published").asText() + ") must be a date YYYY-MM-DD",
                        "published");
            }
        }
        for (ArticleInput.Kind kind :
                new ArticleInput.Kind[] {ArticleInput.Kind.TEXT, ArticleInput.Kind.HTML, ArticleInput.Kind.URL}) {
            String field = kind.name().toLowerCase(java.util.Locale.ROOT);
            if (body.hasNonNull(field)) {
                return ArticleInput.of(kind, body.get(field).asText(), published);
            }
        }
        throw new ApiException(ErrorCode.BAD_JSON, "the body needs 'text', 'html' or 'url'", "text");
    }
}
