package lodestone.risk.concentration;

import java.util.Optional;
import lodestone.model.Guards;
import lodestone.model.geo.Area;
import lodestone.model.observation.Observation;
import lodestone.model.quantity.Quantity;

/**
 * One producer's share of a supply total.
 *
 * @param area the producing country (or a group the source reports as one line)
 * @param quantity its quantity, when the share was derived from quantities (canonical unit)
 * @param share its share of the total, a fraction in [0, 1]
 * @param observation the observation the share rests on (source, flags, note)
 */
public record ProducerShare(Area area, Optional<Quantity> quantity, double share, Observation observation) {
    public ProducerShare {
        Guards.requireWithin(share, 0, 1, "share of " + area.code());
    }
}
