package lodestone.model.agreement;

import java.util.Locale;

/** What kind of instrument an agreement is. */
public enum AgreementKind {
    FRAMEWORK,
    MOU,
    AGREEMENT,
    INVESTMENT,
    OFFTAKE,
    JOINT_VENTURE,
    LETTER_OF_INTEREST,
    EQUITY_STAKE,
    PRICE_FLOOR;

    /** @return the identifier used in files and output, e.g. "joint-venture" */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * @param id an identifier written by {@link #id()}
     * @return the kind
     * @throws IllegalArgumentException if the text names no kind
     */
    public static AgreementKind parse(String id) {
        for (AgreementKind kind : values()) {
            if (kind.id().equals(id)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("agreement kind (" + id + ") must be one of framework, mou, agreement,"
                + " investment, offtake, joint-venture, letter-of-interest, equity-stake, price-floor.");
    }
}
