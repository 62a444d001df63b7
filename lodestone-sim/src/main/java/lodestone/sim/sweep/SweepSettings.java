package lodestone.sim.sweep;

import java.util.Objects;
import lodestone.sim.scenario.Distribution;

/**
 * The market assumptions every cell of a sweep shares. A screen compares many minerals with one set of generic
 * assumptions; the defaults are ASSUMPTIONS, stated in {@code docs/methods/simulation.md}.
 *
 * @param horizonMonths months simulated
 * @param durationMonths length of the disruption (months)
 * @param stocksMonths stocks at the start (months of demand)
 * @param leakage share of withheld volume arriving through third countries
 * @param demandElasticity short-run price elasticity of demand (≤ 0)
 * @param supplyElasticity short-run price elasticity of supply from others (≥ 0)
 * @param priceCap highest price index
 * @param threshold shortfall threshold for the exceedance probability
 */
public record SweepSettings(
        int horizonMonths,
        Distribution durationMonths,
        Distribution stocksMonths,
        Distribution leakage,
        double demandElasticity,
        double supplyElasticity,
        double priceCap,
        double threshold) {
    /**
     * One-year disruptions, as in the USGS 2025 list's trade-disruption scenarios; stocks of 1.5–3 months (the
     * downstream buffers observed in 2025: first stoppages 6–9 weeks after 4 April 2025); no leakage; the short-run
     * elasticities and price cap of the rare-earth preset.
     */
    public static final SweepSettings DEFAULT = new SweepSettings(
            12, Distribution.fixed(12), Distribution.uniform(1.5, 3), Distribution.fixed(0), -0.1, 0.05, 4, 0.2);

    public SweepSettings {
        Objects.requireNonNull(durationMonths, "durationMonths");
        Objects.requireNonNull(stocksMonths, "stocksMonths");
        Objects.requireNonNull(leakage, "leakage");
    }
}
