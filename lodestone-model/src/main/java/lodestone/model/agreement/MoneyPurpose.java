package lodestone.model.agreement;

import lodestone.model.TextId;

/** What an amount of money in an agreement is. Only some kinds are money committed. */
public enum MoneyPurpose implements TextId {
    /** Funds a party commits to provide (grants, financing, investment pledged). */
    COMMITMENT,
    /** An investment or equity stake actually agreed. */
    INVESTMENT,
    /** A conditional or non-binding offer: letters of interest, conditional approvals. */
    FINANCING_OFFER,
    /** The value of a project pipeline or of total investment "unlocked": not money anyone committed. */
    PIPELINE,
    /** The source does not say. */
    UNSPECIFIED;

    /**
     * @param id an identifier written by {@link #id()}
     * @return the purpose
     * @throws IllegalArgumentException if the text names none
     */
    public static MoneyPurpose parse(String id) {
        return TextId.parse(MoneyPurpose.class, id, "money purpose");
    }
}
