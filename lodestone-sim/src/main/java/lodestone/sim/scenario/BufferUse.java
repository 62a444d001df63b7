package lodestone.sim.scenario;

import java.util.List;
import java.util.Locale;
import lodestone.model.buffer.BufferState;
import lodestone.model.mineral.MineralId;

/**
 * What a scenario run did with one stockpile or price floor on record for one of its markets.
 *
 * @param mineral the market's mineral
 * @param id the buffer's id
 * @param key its switch name
 * @param kind "stockpile", or the floor's kind (e.g. "contract-floor", "offtake-guarantee")
 * @param name its name
 * @param state its state on the scenario's date, as the record has it
 * @param description the state in words, from the record's milestones
 * @param use what the run did with it
 * @param stocksMonthsAdded months of baseline demand added to every dependent buyer's stocks (0 unless credited)
 * @param basis how the months were derived, or why nothing was added
 * @param sources the record's source ids
 */
public record BufferUse(
        MineralId mineral,
        String id,
        String key,
        String kind,
        String name,
        BufferState state,
        String description,
        Use use,
        double stocksMonthsAdded,
        String basis,
        List<String> sources) {

    /** What a run did with a buffer. */
    public enum Use {
        /** In force on the date: its target is added to stocks. */
        IN_FORCE,
        /** Not in force in the record; the run assumes it operates ({@code --assume-in-force}) and adds its target. */
        ASSUMED_IN_FORCE,
        /** Switched off by the run ({@code --without}). */
        SWITCHED_OFF,
        /** Announced or funded but not in force on the date, or ended: not credited. */
        NOT_IN_FORCE,
        /** In force (or assumed) but without a target the model can use: nothing added. */
        NOT_CREDITED,
        /** A price floor or offtake guarantee: listed, with no effect in the market model (see the basis). */
        NOT_MODELLED;

        /** @return the identifier used in output, e.g. "assumed-in-force" */
        public String id() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    public BufferUse {
        sources = List.copyOf(sources);
        if (!(stocksMonthsAdded >= 0) || Double.isInfinite(stocksMonthsAdded)) {
            throw new IllegalArgumentException(
                    "stocksMonthsAdded (" + stocksMonthsAdded + ") of " + id + " must be finite and >= 0.");
        }
        if (stocksMonthsAdded > 0 && use != Use.IN_FORCE && use != Use.ASSUMED_IN_FORCE) {
            throw new IllegalArgumentException("buffer " + id + " (" + use.id() + ") cannot add stocks.");
        }
    }

    /** @return true if the run added this buffer's cover to stocks */
    public boolean credited() {
        return stocksMonthsAdded > 0;
    }
}
