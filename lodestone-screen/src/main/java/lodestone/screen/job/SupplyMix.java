package lodestone.screen.job;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A perspective country's supply of a mineral by source.
 *
 * @param shares share of its supply by source country (ISO 3166-1 alpha-2, or OTHER), fractions summing to at most 1
 * @param basis how the shares were obtained
 */
public record SupplyMix(Map<String, Double> shares, String basis) {
    public SupplyMix {
        shares = Collections.unmodifiableMap(new LinkedHashMap<>(shares));
        Objects.requireNonNull(basis, "basis");
    }
}
