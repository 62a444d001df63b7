package lodestone.model.buffer;

import lodestone.model.TextId;

/** What kind of price support a record describes. */
public enum FloorKind implements TextId {
    /** A contract in which a payer tops up the market price to a floor (the DoD-MP NdPr price protection). */
    CONTRACT_PRICE_FLOOR,
    /** A commitment to buy stated volumes (an offtake guarantee), at a stated or formula price. */
    OFFTAKE_GUARANTEE,
    /** A trade-policy floor: a minimum or reference price at the border, set by governments for imports. */
    BORDER_PRICE_FLOOR;

    /**
     * @param id an identifier written by {@link #id()}, e.g. "contract-price-floor"
     * @return the kind
     * @throws IllegalArgumentException if the text names no kind
     */
    public static FloorKind parse(String id) {
        return TextId.parse(FloorKind.class, id, "floor kind");
    }
}
