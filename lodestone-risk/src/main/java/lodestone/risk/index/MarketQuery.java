package lodestone.risk.index;

import lodestone.model.mineral.MineralId;
import lodestone.risk.economic.MarketExposure;

/**
 * Answers, for one perspective, the value of its apparent consumption of a mineral (its exposure in money), or why it
 * is unknown. Pure; answers every mineral. The default reads the USGS salient statistics for the United States
 * ({@link lodestone.risk.economic.MarketValues}).
 */
@FunctionalInterface
public interface MarketQuery {
    /**
     * @param mineral the mineral
     * @return the exposure, never null
     */
    MarketExposure exposure(MineralId mineral);
}
