package lodestone.report.scenario;

import lodestone.sim.backtest.ModelError;

/**
 * The model's error as the outputs show it: a discrepancy per group of series that widens the model's P10-P90 into a
 * predictive band (docs/methods/simulation.md, "Model error: predictive bands" and "Model error by months since the
 * measure").
 *
 * @param homePriceDiscrepancy the discrepancy of the issuer's home price (log units of index + 0.05)
 * @param priceDiscrepancy the discrepancy of the other prices, outside and realised (the same units)
 * @param quantityDiscrepancy the discrepancy of every other series (volumes, shortfall)
 * @param homePriceFactor e to the home price discrepancy: P90 + 0.05 is multiplied by it, P10 + 0.05 divided
 * @param priceFactor the same for the other prices
 * @param quantityFactor the same for every other series
 * @param homePriceRows home price rows it was estimated on
 * @param priceRows other price rows it was estimated on
 * @param quantityRows other rows it was estimated on
 * @param estimatedOn the day it was estimated
 * @param rule how it was estimated
 * @param note what the predictive band is, in words
 */
public record ModelErrorView(
        double homePriceDiscrepancy,
        double priceDiscrepancy,
        double quantityDiscrepancy,
        double homePriceFactor,
        double priceFactor,
        double quantityFactor,
        int homePriceRows,
        int priceRows,
        int quantityRows,
        String estimatedOn,
        String rule,
        String note) {
    /** What a predictive band is, as the outputs state it. */
    public static final String NOTE = "Predictive bands: the model's P10-P90 of each price and volume index widened by"
            + " the model's own error, as the cross-validated back-test of China's 2023-2025 export controls measures it"
            + " (lodestone backtest --calibrate --cross-validate); the model's own band reflects parameter uncertainty"
            + " only. Estimated for the calibrated behaviour; a run with other behaviour values gets the same widening.";

    /** @return how many rows it was estimated on, every group together */
    public int rows() {
        return homePriceRows + priceRows + quantityRows;
    }

    static ModelErrorView of(ModelError error) {
        return new ModelErrorView(
                error.homePriceDiscrepancy(),
                error.priceDiscrepancy(),
                error.quantityDiscrepancy(),
                Math.exp(error.homePriceDiscrepancy()),
                Math.exp(error.priceDiscrepancy()),
                Math.exp(error.quantityDiscrepancy()),
                error.homePriceRows(),
                error.priceRows(),
                error.quantityRows(),
                error.estimatedOn().toString(),
                error.rule(),
                NOTE);
    }
}
