package lodestone.sim.backtest;

import java.util.Set;

/**
 * A reference price an issuer's government sets from world prices (Indonesia's export benchmark, the HPE, set each
 * month from the previous month's prices): not the issuer's home price, nor the price any export was sold at, but a
 * reading of the world price some months back. A row of it is scored against the market's outside price in the months
 * the rule reads, {@code lagMonths} before the row's month (a month before the first simulated month at its level
 * before the measure, 1): the model's value for month t is {@code p^O_(t − lag)}.
 *
 * @param scenario the episode's scenario whose rows it applies to
 * @param market the market (a mineral id, or {@code mineral#n}), as the rows name it
 * @param product the reference price, in words
 * @param lagMonths how many months before the row's month the prices it is set from lie (1 to {@link
 *     Transit#MAX_MONTHS})
 * @param basis the rule that sets it, and its source
 * @param rows ids of rows recorded without a stage that are this reference price (none for a record that labels them)
 * @param rowsBasis why those rows are, in their record's own words (empty without rows)
 */
public record ReferencePrice(
        String scenario,
        String market,
        String product,
        int lagMonths,
        String basis,
        Set<String> rows,
        String rowsBasis) {
    public ReferencePrice {
        if (lagMonths < 1 || lagMonths > Transit.MAX_MONTHS) {
            throw new IllegalArgumentException("reference price " + product + ": lag (" + lagMonths
                    + " months) must be within 1.." + Transit.MAX_MONTHS + ".");
        }
        rows = PriceDeclarations.relabelledRows("reference price " + product, rows, rowsBasis);
    }

    /**
     * @param observation a row of the episode
     * @return whether the row is this reference price: a reference row of the same scenario and market
     */
    public boolean prices(Observation observation) {
        return Stage.REFERENCE.of(observation, scenario, market);
    }

    /**
     * @param observation a row this reference price {@link #prices}
     * @return the row as the model scores it: the outside price, its months read {@code lagMonths} earlier
     */
    public Observation scored(Observation observation) {
        return observation.asOutsidePrice(new Transit(lagMonths, lagMonths, basis));
    }
}
