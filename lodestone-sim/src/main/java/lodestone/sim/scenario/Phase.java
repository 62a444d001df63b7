package lodestone.sim.scenario;

import java.util.Objects;

/**
 * One phase of a disruption: for {@code months} months the issuer withholds {@code severity} of its supply to the
 * perspective country. Phases follow each other; the disruption ends after the last one.
 *
 * @param months length of the phase (months, may be fractional; a fractional last month counts pro rata)
 * @param severity share of the issuer's supply withheld, a fraction in [0, 1]
 */
public record Phase(Distribution months, Distribution severity) {
    public Phase {
        Objects.requireNonNull(months, "months");
        Objects.requireNonNull(severity, "severity");
    }
}
