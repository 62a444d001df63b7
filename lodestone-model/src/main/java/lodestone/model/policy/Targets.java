package lodestone.model.policy;

import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import lodestone.model.geo.CountryCode;

/**
 * Which destinations a measure applies to: all of them, or named countries.
 *
 * @param all true if every destination
 * @param countries the named destinations when not all
 */
public record Targets(boolean all, Set<CountryCode> countries) {
    public Targets {
        countries = Set.copyOf(new TreeSet<>(countries));
        if (all == !countries.isEmpty()) {
            throw new IllegalArgumentException(
                    "targets must be either all destinations or at least one named country.");
        }
    }

    public static Targets allDestinations() {
        return new Targets(true, Set.of());
    }

    public static Targets of(Set<CountryCode> countries) {
        return new Targets(false, countries);
    }

    /** @return true if exports to this country are covered */
    public boolean covers(CountryCode destination) {
        Objects.requireNonNull(destination, "destination");
        return all || countries.contains(destination);
    }
}
