package lodestone.model.agreement;

import java.util.Locale;

/** What an amount of money in an agreement is. Only some kinds are money committed. */
public enum MoneyPurpose {
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

    /** @return the identifier used in files and output, e.g. "financing-offer" */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * @param id an identifier written by {@link #id()}
     * @return the purpose
     */
    public static MoneyPurpose parse(String id) {
        for (MoneyPurpose purpose : values()) {
            if (purpose.id().equals(id)) {
                return purpose;
            }
        }
        throw new IllegalArgumentException("money purpose (" + id + ") must be one of commitment, investment,"
                + " financing-offer, pipeline, unspecified.");
    }
}
