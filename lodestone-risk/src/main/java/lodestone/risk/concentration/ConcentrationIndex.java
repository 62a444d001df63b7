package lodestone.risk.concentration;

/** A concentration index computed from producers' shares (fractions in [0, 1] summing to at most 1). */
public interface ConcentrationIndex {
    /**
     * @param shares the producers' shares, in any order
     * @return the index
     * @throws IllegalArgumentException if a share is outside [0, 1] or the shares sum to more than 1 (beyond 1e-6)
     */
    double compute(double[] shares);

    /** Checks the contract's input. */
    static double[] requireShares(double[] shares) {
        double sum = 0;
        for (double share : shares) {
            if (!(share >= 0 && share <= 1)) {
                throw new IllegalArgumentException("share (" + share + ") must be within [0, 1].");
            }
            sum += share;
        }
        if (sum > 1 + 1e-6) {
            throw new IllegalArgumentException(
                    "shares sum (" + sum + ") must not exceed 1." + "\nMaybe a total was counted as a producer.");
        }
        return shares;
    }
}
