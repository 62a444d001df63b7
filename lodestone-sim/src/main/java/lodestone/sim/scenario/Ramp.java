package lodestone.sim.scenario;

/** Linear ramps shared by responses, partners and spare capacity. */
public final class Ramp {
    private Ramp() {}

    /**
     * @param elapsed months since the start (negative before it)
     * @param rampMonths months to full effect; 0 means a step at the start
     * @return the fraction of full effect reached, in [0, 1]
     */
    public static double of(double elapsed, double rampMonths) {
        if (elapsed < 0) {
            return 0;
        }
        if (rampMonths <= 0) {
            return 1;
        }
        return Math.min(1, elapsed / rampMonths);
    }
}
