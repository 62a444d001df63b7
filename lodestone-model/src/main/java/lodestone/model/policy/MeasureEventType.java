package lodestone.model.policy;

import lodestone.model.TextId;

/** What happened to a measure on a date. */
public enum MeasureEventType implements TextId {
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

    /**
     * @param id an identifier written by {@link #id()}
     * @return the type
     * @throws IllegalArgumentException if the text names no type
     */
    public static MeasureEventType parse(String id) {
        return TextId.parse(MeasureEventType.class, id, "event type");
    }
}
