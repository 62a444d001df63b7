package lodestone.sim.scenario;

/**
 * The issuer's home market importing: under a cut of the issuer's output ({@code instrument: output}) its home market
 * loses a share of its use, and where its buyers can buy the product from the outside market (Indonesia's smelters
 * buying Philippine ore while its own miners' work plans waited for approval) the share {@code share} of that loss is
 * bought there. It is demand on the outside market, in months of the outside buyers' use at the ratio
 * {@code useRatio} of the issuer's home use to theirs, so it enters the outside cover's denominator and the outside
 * price answers the issuer's home shortage; the home price stays bounded by the outside price's term
 * ({@code docs/methods/simulation.md}, "The issuer's home market importing").
 *
 * @param share μ, the share of the home market's loss bought from the outside market, in [0, 1] (0: none, the engine
 *     before)
 * @param useRatio κ, the issuer's home use of the product against the outside market's use, in the same unit and
 *     period, in [0, 100]
 */
public record HomeImports(double share, double useRatio) {
    /** None: the home market buys nothing from the outside market. */
    public static final HomeImports NONE = new HomeImports(0, 0);

    /** The largest ratio of the issuer's home use to the outside market's use a market may state. */
    public static final double MAX_USE_RATIO = 100;

    public HomeImports {
        if (!(share >= 0 && share <= 1) || !(useRatio >= 0 && useRatio <= MAX_USE_RATIO)) {
            throw new IllegalArgumentException("home imports (share " + share + ", use ratio " + useRatio
                    + ") must have a share in [0, 1] and a use ratio in [0, " + MAX_USE_RATIO + "].");
        }
    }

    /**
     * @return μ κ, the outside buyers' months of use the home market buys per month of its own use lost (0 for none)
     */
    public double outsideMonthsPerHomeMonth() {
        return share * useRatio;
    }
}
