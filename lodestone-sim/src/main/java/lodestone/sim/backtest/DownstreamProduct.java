package lodestone.sim.backtest;

import java.util.Set;
import lodestone.sim.scenario.Market;

/**
 * A product made from an episode's market further down the chain, whose outside price some rows quote (refined nickel
 * for a ban on nickel ore). Its price carries the market's move only through the share of its supply made from the
 * market's product, and its own stocks stand between: with {@code s} the share of the downstream product's world
 * supply that rests on the market's outside supply, {@code c_D} the downstream stocks in months of its use, {@code c̄}
 * the market's median stock cover and {@code W} its buyers' forward window (months), a deficit of the market's cover
 * is a deficit of {@code s (c̄ + W) / (c_D + W)} of the downstream cover, so its explained price moves by that power
 * of the market's:
 *
 * <pre>
 * π = min(1, s (c̄ + W) / (c_D + W)),      p^D_t = (p^O_t)^π   (month by month, path by path)
 * </pre>
 *
 * Declared on the episode from sourced facts; a row says it prices the product with {@code stage: downstream}, or the
 * declaration names rows recorded before the field existed ({@code rows}, with the record's own words for why).
 *
 * @param scenario the episode's scenario whose rows it applies to
 * @param market the market (a mineral id, or {@code mineral#n}), as the rows name it
 * @param product the downstream product, in words
 * @param feedShare s, the share of the product's world supply that rests on the market's outside supply, in [0, 1]
 * @param stocksMonths c_D, the product's stocks in months of its use (≥ 0)
 * @param basis where s and c_D come from
 * @param rows ids of rows recorded without a stage that price this product (none for a record that labels its rows)
 * @param rowsBasis why those rows price it, in their record's own words (empty without rows)
 */
public record DownstreamProduct(
        String scenario,
        String market,
        String product,
        double feedShare,
        double stocksMonths,
        String basis,
        Set<String> rows,
        String rowsBasis) {
    public DownstreamProduct {
        if (!(feedShare >= 0 && feedShare <= 1) || !(stocksMonths >= 0) || Double.isInfinite(stocksMonths)) {
            throw new IllegalArgumentException("downstream product " + product + ": feed share (" + feedShare
                    + ") must be within [0, 1] and stocks (" + stocksMonths + " months) finite and >= 0.");
        }
        rows = PriceDeclarations.relabelledRows("downstream product " + product, rows, rowsBasis);
    }

    /**
     * @param observation a row of the episode
     * @return whether the row prices this product: a downstream row of the same scenario and market
     */
    public boolean prices(Observation observation) {
        return Stage.DOWNSTREAM.of(observation, scenario, market);
    }

    /**
     * @param of the scenario's market the product is made from, under the behaviour being run
     * @return π, the share of the market's log price move the product carries
     */
    public double passThrough(Market of) {
        double usual = of.stocksMonths().median() + of.behaviour().forwardMonths();
        return Math.min(1, feedShare * usual / (stocksMonths + of.behaviour().forwardMonths()));
    }

    /**
     * @param index the market's outside price index in a month
     * @param passThrough π
     * @return the downstream product's index, {@code index^π} (the index itself when π is 1: every other row)
     */
    public static double apply(double index, double passThrough) {
        return passThrough == 1 ? index : Math.pow(index, passThrough);
    }
}
