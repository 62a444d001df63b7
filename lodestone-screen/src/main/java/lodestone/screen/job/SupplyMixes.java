package lodestone.screen.job;

import java.util.Optional;
import lodestone.model.mineral.MineralId;

/**
 * The port through which a screen asks for supply mixes: the app answers it from the knowledge base (today for the
 * United States, whose net import reliance and import sources USGS publishes); a report layer can answer for any
 * perspective without touching the screen.
 */
@FunctionalInterface
public interface SupplyMixes {
    /**
     * @param perspective the perspective country (ISO 3166-1 alpha-2)
     * @param mineral the mineral
     * @return its supply mix, or empty with no figures (the cell is then left out and the reason reported)
     */
    Optional<SupplyMix> mix(String perspective, MineralId mineral);
}
