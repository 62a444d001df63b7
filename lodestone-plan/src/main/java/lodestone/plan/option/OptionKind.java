package lodestone.plan.option;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What an option is; each kind either adds supply (a flow) or holds a reserve (a stock). */
public enum OptionKind {
    /** Equity, loans or grants for a partner project named in an agreement or project record. */
    PARTNER_PROJECT(true),
    /** A new source in a country with reserves or production, with an assumed lead time and capital intensity. */
    NEW_SOURCE(true),
    /** A government stockpile bought ahead of the disruption and released by a rule. */
    STOCKPILE(false),
    /** A recycling programme: supply after a lag, up to a ceiling. */
    RECYCLING(true),
    /** A substitution programme: less need after a lag, up to a ceiling (counted as supply). */
    SUBSTITUTION(true),
    /** An offtake agreement with a producer outside the issuer; its cost is the expected payment above market. */
    OFFTAKE(true),
    /** A price floor that keeps a producer's output coming; its cost is the expected top-up payment. */
    PRICE_FLOOR(true);

    private final boolean flow;

    OptionKind(boolean flow) {
        this.flow = flow;
    }

    /** @return true if the option adds supply month by month, false if it holds a reserve */
    public boolean isFlow() {
        return flow;
    }

    /** @return the id used in catalogues and output, e.g. {@code partner-project} */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * @param id an id such as {@code stockpile}
     * @return the kind
     * @throws IllegalArgumentException naming the allowed ids
     */
    public static OptionKind parse(String id) {
        for (OptionKind kind : values()) {
            if (kind.id().equals(id)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("option kind (" + id + ") must be one of "
                + Arrays.stream(values()).map(OptionKind::id).collect(Collectors.joining(", ")) + ".");
    }
}
