package lodestone.model.buffer;

import java.time.LocalDate;
import java.util.List;
import lodestone.model.Guards;
import lodestone.model.geo.CountryCode;
import lodestone.model.provenance.SourceId;

/**
 * A buffer against a supply disruption, as a dated record: a {@link Stockpile} or a {@link PriceFloor}. What the two
 * share is what {@link BuffersInForce} selects by (id and key to switch off, the minerals covered, the countries
 * served, the dated milestones) and what every listing of buffers shows.
 */
public sealed interface Buffer permits Stockpile, PriceFloor {
    /** @return stable identifier, e.g. {@code us-project-vault-2026} */
    String id();

    /** @return a short switch name for scenarios ({@code --without vault}), unique across buffers */
    String key();

    /** @return a descriptive name */
    String name();

    /** @return the minerals it covers */
    MineralScope scope();

    /** @return the countries whose supply it is meant to secure (the perspectives it counts for) */
    List<CountryCode> serves();

    /** @return announced, funded, in force from, last day */
    Timeline timeline();

    /** @return every source cited */
    List<SourceId> sources();

    /**
     * @param on the date
     * @return its state on that date
     */
    default BufferState state(LocalDate on) {
        return timeline().state(on);
    }

    /**
     * Checks the id, key and name every buffer record states.
     *
     * @param kind what the record is, for the message, e.g. "stockpile"
     * @param id the id
     * @param key the key
     * @param name the name
     * @throws IllegalArgumentException if one is blank
     */
    static void requireNamed(String kind, String id, String key, String name) {
        Guards.requireText(id, kind + " id");
        Guards.requireText(key, "key of " + id);
        Guards.requireText(name, "name of " + id);
    }
}
