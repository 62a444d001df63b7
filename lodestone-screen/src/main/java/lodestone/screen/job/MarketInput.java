package lodestone.screen.job;

import lodestone.model.mineral.MineralId;

/**
 * One screened market: the perspective country's supply of a mineral from one supplier, the supplier whose
 * disruption the market's cells simulate.
 *
 * @param perspective the perspective country (ISO 3166-1 alpha-2)
 * @param mineral the mineral
 * @param supplier the supplier that disrupts (ISO 3166-1 alpha-2)
 * @param supplierShare its share of the perspective's supply, a fraction in [0, 1]
 * @param basis where the share comes from (knowledge-base figures, or the assumption made)
 */
public record MarketInput(String perspective, MineralId mineral, String supplier, double supplierShare, String basis) {
    public MarketInput {
        if (!(supplierShare >= 0 && supplierShare <= 1)) {
            throw new IllegalArgumentException("share (" + supplierShare + ") of supplier " + supplier + " in the "
                    + perspective + " supply of " + mineral + " must be within [0, 1].");
        }
    }
}
