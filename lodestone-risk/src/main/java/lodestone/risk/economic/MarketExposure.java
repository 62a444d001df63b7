package lodestone.risk.economic;

import java.util.Optional;
import lodestone.model.mineral.MineralId;

/**
 * A perspective's exposure in money to one mineral, or why it is unknown.
 *
 * @param perspective who consumes: an ISO 3166-1 alpha-2 code or a bloc such as {@code EU}
 * @param mineral the mineral
 * @param value the value of the apparent consumption, if both consumption and price are known for one year
 * @param note why the value is missing, or a caveat
 */
public record MarketExposure(String perspective, MineralId mineral, Optional<MarketValue> value, String note) {
    /** @return an exposure whose value is unknown, for this reason */
    public static MarketExposure unknown(String perspective, MineralId mineral, String reason) {
        return new MarketExposure(perspective, mineral, Optional.empty(), reason);
    }
}
