package lodestone.plan.solve;

/**
 * A supporting hyperplane of the CVaR at a point: {@code CVaR(x) ≥ constant + slope · x} for every x, because the CVaR
 * of convex losses is convex and {@code slope} is a subgradient. Units: months of demand, and months of demand per unit
 * of level.
 */
final class Cut {
    private final double constant;
    private final double[] slope;

    private Cut(double constant, double[] slope) {
        this.constant = constant;
        this.slope = slope.clone();
    }

    /** @return the cut through (x, value) with subgradient g */
    static Cut at(double[] x, double value, double[] g) {
        double constant = value;
        for (int i = 0; i < x.length; i++) {
            constant -= g[i] * x[i];
        }
        return new Cut(constant, g);
    }

    double constant() {
        return constant;
    }

    double slope(int i) {
        return slope[i];
    }
}
