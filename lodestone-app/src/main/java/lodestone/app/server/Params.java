package lodestone.app.server;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import lodestone.model.agreement.Agreement;
import lodestone.model.geo.Country;
import lodestone.model.knowledge.KnowledgeSnapshot;
import lodestone.model.mineral.Mineral;
import lodestone.risk.concentration.DataYears;

/** Reads and checks request parameters, turning bad values into problems that name the field. */
final class Params {
    private Params() {}

    static Mineral mineral(KnowledgeSnapshot snapshot, String text, String field) {
        return snapshot.minerals()
                .resolve(text)
                .orElseThrow(() -> new ApiException(
                        ErrorCode.UNKNOWN_MINERAL, "mineral (" + text + ") is not in the catalogue", field));
    }

    static Country country(KnowledgeSnapshot snapshot, String text, String field) {
        return snapshot.countries()
                .resolve(text)
                .orElseThrow(() -> new ApiException(
                        ErrorCode.UNKNOWN_COUNTRY,
                        "country (" + text + ") is not an ISO 3166-1 code or a known name",
                        field));
    }

    static Agreement agreement(KnowledgeSnapshot snapshot, String id, String field) {
        return snapshot.policy()
                .agreement(id)
                .orElseThrow(() ->
                        new ApiException(ErrorCode.UNKNOWN_AGREEMENT, "agreement (" + id + ") is unknown", field));
    }

    static LocalDate date(Context ctx, String name, LocalDate fallback) {
        String text = ctx.queryParam(name);
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new ApiException(ErrorCode.BAD_PARAMETER, name + " (" + text + ") must be a date YYYY-MM-DD", name);
        }
    }

    /**
     * @return the {@code year} parameter, if given and the snapshot holds supply shares for it
     * @throws ApiException naming the years available otherwise
     */
    static Integer dataYear(Context ctx, KnowledgeSnapshot snapshot) {
        Integer year = integer(ctx, "year", 1900, 2100);
        if (year != null) {
            try {
                DataYears.require(snapshot, year);
            } catch (IllegalArgumentException e) {
                throw new ApiException(
                        ErrorCode.BAD_PARAMETER,
                        e.getMessage().lines().findFirst().orElse(""),
                        "year");
            }
        }
        return year;
    }

    static Integer integer(Context ctx, String name, int min, int max) {
        String text = ctx.queryParam(name);
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            int value = Integer.parseInt(text.trim());
            if (value < min || value > max) {
                throw new ApiException(
                        ErrorCode.BAD_PARAMETER,
                        name + " (" + value + ") must be within [" + min + ", " + max + "]",
                        name);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new ApiException(ErrorCode.BAD_PARAMETER, name + " (" + text + ") must be an integer", name);
        }
    }
}
