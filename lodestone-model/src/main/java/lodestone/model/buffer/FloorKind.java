package lodestone.model.buffer;

import java.util.Locale;

/** What kind of price support a record describes. */
public enum FloorKind {
    /** A contract in which a payer tops up the market price to a floor (the DoD-MP NdPr price protection). */
    CONTRACT_PRICE_FLOOR,
    /** A commitment to buy stated volumes (an offtake guarantee), at a stated or formula price. */
    OFFTAKE_GUARANTEE,
    /** A trade-policy floor: a minimum or reference price at the border, set by governments for imports. */
    BORDER_PRICE_FLOOR;

    /** @return the identifier used in files and output, e.g. "contract-price-floor" */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * @param id an identifier written by {@link #id()}
     * @return the kind
     * @throws IllegalArgumentException if the text names no kind
     */
    public static FloorKind parse(String id) {
        for (FloorKind kind : values()) {
            if (kind.id().equals(id)) {
                return kind;
            }
        }
        throw new IllegalArgumentException(
                "floor kind (" + id + ") must be one of contract-price-floor, offtake-guarantee, border-price-floor.");
    }
}
