package lodestone.model.buffer;

import lodestone.model.TextId;

/** The derived state of a stockpile or price floor on a date. */
public enum BufferState implements TextId {
    /** Not announced on that date. */
    NOT_YET_ANNOUNCED,
    /** Announced; no funding and no start of operation on record. */
    ANNOUNCED,
    /** Funding approved (e.g. a loan or an appropriation); operation not confirmed by any source on record. */
    FUNDED,
    /** Operating (a stockpile holds or buys material) or in effect (a floor or guarantee pays). */
    IN_FORCE,
    /** Past its last day in force. */
    ENDED;

    /** @return true if the buffer acts on that date (only {@link #IN_FORCE}) */
    public boolean inForce() {
        return this == IN_FORCE;
    }
}
