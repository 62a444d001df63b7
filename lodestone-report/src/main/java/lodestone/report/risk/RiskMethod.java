package lodestone.report.risk;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import lodestone.report.QueryException;
import org.jspecify.annotations.Nullable;

/** The supply-risk methods the report layer offers. A new method adds a constant and its two queries. */
public enum RiskMethod {
    /** The Lodestone supply-risk index ({@code docs/methods/lodestone-index.md}). */
    LODESTONE,
    /** The USGS 2021 supply risk (Nassar and Fortier, OFR 2021-1045) reproduced ({@code docs/methods/usgs-supply-risk.md}). */
    USGS_2021,
    /** The EU 2017 supply-risk method recomputed for 2023 ({@code docs/methods/eu-supply-risk.md}). */
    EU_2017;

    /** @return the id users type, e.g. {@code eu-2017} */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** @return every id */
    public static List<String> ids() {
        return Arrays.stream(values()).map(RiskMethod::id).toList();
    }

    /**
     * @param id a method id, or null for {@link #LODESTONE}
     * @return the method
     * @throws QueryException naming the known ids if there is none
     */
    public static RiskMethod parse(@Nullable String id) {
        if (id == null || id.isBlank()) {
            return LODESTONE;
        }
        for (RiskMethod method : values()) {
            if (method.id().equals(id.trim())) {
                return method;
            }
        }
        throw QueryException.badParameter(
                "method", "method (" + id + ") must be one of " + String.join(", ", ids()) + ".");
    }
}
