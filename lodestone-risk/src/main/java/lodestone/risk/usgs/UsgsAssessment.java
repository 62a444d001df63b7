package lodestone.risk.usgs;

import java.util.List;
import java.util.OptionalDouble;
import lodestone.model.mineral.MineralId;
import lodestone.risk.index.Component;

/**
 * The USGS 2021 supply risk of one mineral: the yearly indicators and their recency-weighted mean.
 *
 * @param mineral the mineral
 * @param years the assessed data years, oldest first (a year without net import reliance or share sets is not
 *     assessed)
 * @param supplyRisk the recency-weighted mean supply risk in [0, 1]; empty when no year could be assessed
 * @param formula the mean with every yearly value substituted, or why there is none
 * @param components the indicators of the latest assessed year, each with its inputs and sources
 * @param note what was inherited, carried forward or assumed
 */
public record UsgsAssessment(
        MineralId mineral,
        List<YearResult> years,
        OptionalDouble supplyRisk,
        String formula,
        List<Component> components,
        String note) {
    public UsgsAssessment {
        years = List.copyOf(years);
        components = List.copyOf(components);
    }

    /**
     * One assessed year.
     *
     * @param year the data year
     * @param disruptionPotential DP, a fraction in [0, 1]
     * @param disruptionFrom the share set that gave the largest DP
     * @param tradeExposure TE, the net import reliance, a fraction in [0, 1]
     * @param economicVulnerability EV in [0, 1]
     * @param vulnerabilityAssumed true if EV is the assumed middle of the scale (market value unknown)
     * @param supplyRisk SR = (DP · TE · EV)^(1/3)
     * @param weight the year's weight in the recency-weighted mean
     */
    public record YearResult(
            int year,
            double disruptionPotential,
            String disruptionFrom,
            double tradeExposure,
            double economicVulnerability,
            boolean vulnerabilityAssumed,
            double supplyRisk,
            double weight) {}

    /** @return true if the supply risk reaches the published threshold of 0.40 */
    public boolean aboveThreshold() {
        return supplyRisk.isPresent() && supplyRisk.getAsDouble() >= UsgsSupplyRisk.THRESHOLD;
    }

    /** @return true if any year's economic vulnerability is assumed */
    public boolean assumed() {
        return years.stream().anyMatch(YearResult::vulnerabilityAssumed);
    }
}
