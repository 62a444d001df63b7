package lodestone.app.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Function;
import lodestone.report.news.ArticleInput;
import org.jspecify.annotations.Nullable;

/**
 * Reads request parameters into the report layer's query parameters, turning values of the wrong form into problems
 * that name the field. Ranges and catalogue lookups are the report layer's.
 */
final class Params {
    private Params() {}

    /** @return the query parameter, or null when absent or blank */
    static @Nullable String text(Context ctx, String name) {
        String value = ctx.queryParam(name);
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** @return every value of a repeated query parameter ({@code ?without=a&without=b}), blank ones left out */
    static java.util.List<String> texts(Context ctx, String name) {
        return ctx.queryParams(name).stream()
                .filter(v -> !v.isBlank())
                .map(String::trim)
                .toList();
    }

    /** @return the date, or null when absent */
    static @Nullable LocalDate date(Context ctx, String name) {
        return parsed(name, text(ctx, name), LocalDate::parse, ErrorCode.BAD_PARAMETER, "a date YYYY-MM-DD");
    }

    /** @return the integer, or null when absent */
    static @Nullable Integer integer(Context ctx, String name) {
        return parsed(name, text(ctx, name), Integer::valueOf, ErrorCode.BAD_PARAMETER, "an integer");
    }

    /** @return the integer field of a JSON body, or null when absent */
    static @Nullable Integer integer(JsonNode body, String name) {
        return parsed(name, field(body, name), Integer::valueOf, ErrorCode.BAD_JSON, "an integer");
    }

    /** @return the long field of a JSON body, or null when absent */
    static @Nullable Long longValue(JsonNode body, String name) {
        return parsed(name, field(body, name), Long::valueOf, ErrorCode.BAD_JSON, "an integer");
    }

    private static @Nullable String field(JsonNode body, String name) {
        JsonNode node = body.get(name);
        return node == null || node.isNull() ? null : node.isNumber() ? node.toString() : node.asText();
    }

    private static <T> @Nullable T parsed(
            String name, @Nullable String text, Function<String, T> parse, ErrorCode code, String form) {
        if (text == null) {
            return null;
        }
        try {
            return parse.apply(text.trim());
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new ApiException(code, name + " (" + text + ") must be " + form, name);
        }
    }

    /**
     * @param body a request naming an article: {@code text}, {@code html} or {@code url}, and optionally
     *     {@code published}
     * @return what to read
     */
    static ArticleInput article(JsonNode body) {
        @Nullable LocalDate published = null;
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
