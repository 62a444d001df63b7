package lodestone.sim.scenario;

import java.time.YearMonth;

/**
 * A change of the issuer's own output that a scenario states from its sources (a mining quota below the year before,
 * smelters short of imported ore, a mine closed): from the month {@code from} on, the issuer produces the share
 * {@code change} more (negative: less) than before the measure. Where the issuer's exports leave at its own home price
 * they are set by the measure and the buyers' orders, so the change falls on its home market: its home price rises with
 * a cut and falls with an expansion. Where its sellers sell at the outside price (an issuer without a home market) the
 * share {@link Trade#outputExported()} of the change is exported: it adds to its exports and to the outside market's
 * supply, so the outside price falls with an expansion and rises with a cut.
 *
 * <p>A change of a product the measure does not cover (the output of plants making an exempt product, declared
 * {@code covered: false}) is exported whole where it is exported at all: the measure refuses none of it. A change of the
 * market's product ({@code covered}, the default) is let through as the month's orders are: the uncovered share of the
 * demand, and of the covered share what the measure does not refuse.
 *
 * @param from the first month of the change: it counts in every simulated month from this one on (a month of an
 *     announced lead included)
 * @param change the change as a share of the issuer's output before the measure, in [−1, 1]
 * @param covered whether the change is of the product the measure covers (its exported part refused as the month's
 *     orders are); false: of a product it does not cover (none of it refused)
 */
public record IssuerOutput(YearMonth from, double change, boolean covered) {
    public IssuerOutput {
        if (!(change >= -1 && change <= 1)) {
            throw new IllegalArgumentException(
                    "issuer output change " + change + " from " + from + " must be a share in [-1, 1].");
        }
    }

    /**
     * A change of the market's product, which the measure covers as it covers the product.
     *
     * @param from the first month of the change
     * @param change the change as a share of the issuer's output before the measure, in [−1, 1]
     */
    public IssuerOutput(YearMonth from, double change) {
        this(from, change, true);
    }
}
