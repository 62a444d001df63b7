package lodestone.model.policy;

import java.util.Locale;

/** What happened to a measure on a date. */
public enum MeasureEventType {
    /** Published or announced. */
    ANNOUNCED,
    /** Takes effect: from this date it binds. */
    EFFECTIVE,
    /** Suspended, usually until a stated date. */
    SUSPENDED,
    /** Back in force after a suspension. */
    REINSTATED,
    /** Changed in scope without changing whether it binds. */
    AMENDED,
    /** Withdrawn by the issuer. */
    LIFTED,
    /** Ended by its own terms. */
    EXPIRED;

    /** @return the identifier used in files and output */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * @param id an identifier written by {@link #id()}
     * @return the type
     * @throws IllegalArgumentException if the text names no type
     */
    public static MeasureEventType parse(String id) {
        for (MeasureEventType type : values()) {
            if (type.id().equals(id)) {
                return type;
            }
        }
        throw new IllegalArgumentException("event type (" + id + ") must be one of announced, effective, suspended,"
                + " reinstated, amended, lifted, expired.");
    }
}
