package lodestone.model.buffer;

/**
 * A stockpile or price floor with its derived state on the date asked about.
 *
 * @param record the stockpile or price floor
 * @param state its state on the date
 * @param description the state in words, e.g. "funded 2026-02-02; no source on record confirms operation"
 * @param switchedOff true if the caller switched it off ({@code --without KEY}); then it never counts as in force
 * @param <T> {@link Stockpile} or {@link PriceFloor}
 */
public record BufferStatus<T extends Buffer>(T record, BufferState state, String description, boolean switchedOff) {
    /** @return true if it acts on the date: in force and not switched off */
    public boolean inForce() {
        return state.inForce() && !switchedOff;
    }
}
