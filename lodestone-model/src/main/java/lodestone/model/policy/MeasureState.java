package lodestone.model.policy;

import lodestone.model.TextId;

/** The derived state of a measure on a date. */
public enum MeasureState implements TextId {
    /** No event yet on that date. */
    NOT_YET_ANNOUNCED,
    /** Announced, not (yet) in effect. */
    ANNOUNCED,
    /** Binding. */
    IN_FORCE,
    /** Suspended; does not bind until the suspension ends. */
    SUSPENDED,
    /** The suspension's stated end has passed and no later event is recorded: the record does not say what followed. */
    SUSPENSION_ENDED,
    /** Withdrawn. */
    LIFTED,
    /** Ended by its own terms. */
    EXPIRED;

    /** @return true if the measure binds exporters in this state */
    public boolean binds() {
        return this == IN_FORCE;
    }
}
