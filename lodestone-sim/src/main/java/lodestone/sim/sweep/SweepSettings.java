package lodestone.sim.sweep;

import lodestone.sim.scenario.Behaviour;
import lodestone.sim.scenario.Distribution;

/**
 * The assumptions every cell of a sweep shares. A screen compares many minerals with one set of generic assumptions;
 * what makes its Monte Carlo worth running is that they are uncertain (how long the measure lasts, how fast licences
 * come, how severe it really is, how much stock buyers hold, how they respond), and uncertainty acts differently on a
 * large partial cut than on a small total one. The defaults are ASSUMPTIONS drawn from the four back-test episodes and
 * stated in {@code docs/methods/simulation.md}.
 *
 * @param horizonMonths months simulated
 * @param durationMonths how long the measure lasts (months)
 * @param lagMonths median licence-decision lag (months)
 * @param severitySpread half-width of the uniform band around each cell's severity (fraction)
 * @param stocksMonths buyers' stock cover across buyers (months of their use)
 * @param leakage share of refused volume arriving through third countries
 * @param behaviour how buyers and prices respond
 * @param demandElasticity short-run price elasticity of use (≤ 0)
 * @param supplyElasticity short-run price elasticity of others' supply (≥ 0)
 * @param threshold shortfall threshold for the exceedance probability (fraction)
 */
public record SweepSettings(
        int horizonMonths,
        Distribution durationMonths,
        Distribution lagMonths,
        double severitySpread,
        Distribution stocksMonths,
        Distribution leakage,
        Behaviour behaviour,
        double demandElasticity,
        double supplyElasticity,
        double threshold) {
    /**
     * One year simulated, as in the USGS 2025 list's trade-disruption scenarios. The measure lasts a median six months
     * with one chance in ten of more than eighteen (the 2023-25 episodes: graphite's acute phase two months, the rare
     * earths' three, gallium's licensing still in force after two years); licences take one to four months (MOFCOM's 45
     * working days, the episodes' 0.5-4.5); the severity is known to within ±0.1; buyers hold a median two months with
     * one in ten above four (2025 buffers; US gallium stocks of 2.2 months); leakage up to 30 %; the calibrated
     * behaviour.
     */
    public static final SweepSettings DEFAULT = new SweepSettings(
            12,
            Distribution.logNormal(6, 18),
            Distribution.uniform(1, 4),
            0.1,
            Distribution.logNormal(2, 4),
            Distribution.uniform(0, 0.3),
            Behaviour.CALIBRATED,
            -0.1,
            0.05,
            0.2);

    public SweepSettings {
        if (horizonMonths < 1 || horizonMonths > 600 || !(severitySpread >= 0 && severitySpread <= 0.5)) {
            throw new IllegalArgumentException("sweep settings (horizon " + horizonMonths + " months, severity spread "
                    + severitySpread + ") must have a horizon in [1, 600] and a spread in [0, 0.5].");
        }
    }
}
