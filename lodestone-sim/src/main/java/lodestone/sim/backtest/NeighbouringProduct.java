package lodestone.sim.backtest;

import lodestone.sim.engine.Series;

/**
 * A neighbouring product an episode's price rows are quoted in: a product further down (or up) the chain from the
 * market the scenario simulates, which carries the market's price move only in part (refined nickel metal for a
 * measure on nickel ore). The model's value for such a row is {@code 1 + share × (x − 1)}, x being the market's own
 * index path by path: the share of the market's move the neighbouring product passes through. Declared on the
 * episode's market with the evidence for the share (a move of both prices measured in an earlier episode); a share
 * that no source gives is not declared.
 *
 * @param scenario the episode's scenario whose rows it applies to
 * @param market the market (a mineral id, or {@code mineral#n}), as the rows name it
 * @param series the price series whose rows are quoted in the product
 * @param product the product, in words
 * @param share the pass-through share, in [0, 1]
 * @param basis where the share comes from
 */
public record NeighbouringProduct(
        String scenario, String market, Series series, String product, double share, String basis) {
    public NeighbouringProduct {
        if (!series.isPrice()) {
            throw new IllegalArgumentException(
                    "a neighbouring product prices a price series (" + series.id() + " is not one).");
        }
        if (!(share >= 0 && share <= 1)) {
            throw new IllegalArgumentException("pass-through share (" + share + ") must be within [0, 1].");
        }
    }

    /**
     * @param observation a row of the episode
     * @return whether the row is quoted in this product
     */
    public boolean prices(Observation observation) {
        return observation.scenario().equals(scenario)
                && observation.market().equals(market)
                && observation.series() == series;
    }

    /**
     * @param index the market's own index (a path's value of the row)
     * @return the neighbouring product's index: 1 + share × (index − 1)
     */
    public double apply(double index) {
        return 1 + share * (index - 1);
    }
}
