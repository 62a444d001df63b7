package lodestone.model.agreement;

import lodestone.model.TextId;

/** What kind of instrument an agreement is. */
public enum AgreementKind implements TextId {
    FRAMEWORK,
    MOU,
    AGREEMENT,
    INVESTMENT,
    OFFTAKE,
    JOINT_VENTURE,
    LETTER_OF_INTEREST,
    EQUITY_STAKE,
    PRICE_FLOOR;

    /**
     * @param id an identifier written by {@link #id()}
     * @return the kind
     * @throws IllegalArgumentException if the text names no kind
     */
    public static AgreementKind parse(String id) {
        return TextId.parse(AgreementKind.class, id, "agreement kind");
    }
}
