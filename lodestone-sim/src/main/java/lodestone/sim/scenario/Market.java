package lodestone.sim.scenario;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import lodestone.model.mineral.MineralId;

/**
 * The perspective country's market for one mineral, and the mitigations available to it. All quantities are
 * fractions of baseline monthly demand (so a result in these units is a share of demand) or months of demand.
 *
 * @param mineral the mineral
 * @param supply share of baseline supply by source (ISO alpha-2 code, or OTHER); fractions summing to at most 1. Empty
 *     when {@code supplyFrom} asks for the knowledge base to fill it
 * @param supplyFrom the mineral whose observed import sources and net import reliance give the mix (see
 *     {@link SnapshotSupply}); empty when {@code supply} is given
 * @param phases a severity profile for this market only; empty to use the disruption's
 * @param stocksMonths stocks held by users and intermediaries at the start, months of baseline demand
 * @param release the rule for drawing those stocks
 * @param spareCapacity extra supply others can ramp up, fraction of baseline monthly demand
 * @param spareRampMonths months for that spare capacity to come fully on line (≥ 0)
 * @param leakage share of the withheld volume that still arrives through third countries, in [0, 1]
 * @param demandElasticity short-run price elasticity of demand (≤ 0)
 * @param supplyElasticity short-run price elasticity of supply from others (≥ 0)
 * @param priceCap the highest price index the model lets the market reach (≥ 1)
 * @param substitution substitution response (reduces need)
 * @param recycling recycling response (adds supply)
 * @param partners partner supply given in full
 * @param projectPartners partner supply to be filled from projects in the knowledge base
 */
public record Market(
        MineralId mineral,
        Map<String, Double> supply,
        Optional<MineralId> supplyFrom,
        List<Phase> phases,
        Distribution stocksMonths,
        StockRelease release,
        Distribution spareCapacity,
        double spareRampMonths,
        Distribution leakage,
        double demandElasticity,
        double supplyElasticity,
        double priceCap,
        Response substitution,
        Response recycling,
        List<Partner> partners,
        List<ProjectPartner> projectPartners) {
    public Market {
        Objects.requireNonNull(mineral, "mineral");
        supply = Collections.unmodifiableMap(new LinkedHashMap<>(supply));
        Objects.requireNonNull(supplyFrom, "supplyFrom");
        phases = List.copyOf(phases);
        Objects.requireNonNull(stocksMonths, "stocksMonths");
        Objects.requireNonNull(release, "release");
        Objects.requireNonNull(spareCapacity, "spareCapacity");
        Objects.requireNonNull(leakage, "leakage");
        Objects.requireNonNull(substitution, "substitution");
        Objects.requireNonNull(recycling, "recycling");
        partners = List.copyOf(partners);
        projectPartners = List.copyOf(projectPartners);
        if (!(demandElasticity <= 0) || !(supplyElasticity >= 0) || !(priceCap >= 1) || !(spareRampMonths >= 0)) {
            throw new IllegalArgumentException("market " + mineral + " (demand elasticity " + demandElasticity
                    + ", supply elasticity " + supplyElasticity + ", price cap " + priceCap
                    + ") must have demand elasticity <= 0, supply elasticity >= 0, price cap >= 1.");
        }
    }

    /**
     * A market with no stocks, no spare capacity, no leakage and no mitigation: the closed-form case.
     *
     * @param mineral the mineral
     * @param supply shares by source
     * @return the bare market
     */
    public static Market bare(MineralId mineral, Map<String, Double> supply) {
        return new Market(
                mineral,
                supply,
                Optional.empty(),
                List.of(),
                Distribution.fixed(0),
                StockRelease.WHEN_SHORT,
                Distribution.fixed(0),
                0,
                Distribution.fixed(0),
                -0.1,
                0.05,
                4,
                Response.NONE,
                Response.NONE,
                List.of(),
                List.of());
    }

    /** @return whether the supply mix is known (not waiting for the knowledge base) */
    public boolean isResolved() {
        return supplyFrom.isEmpty() && projectPartners.isEmpty();
    }

    /**
     * @param issuer the issuer's code
     * @return the issuer's share of supply (0 if it is not a source)
     */
    public double shareOf(String issuer) {
        return supply.getOrDefault(issuer, 0.0);
    }

    /** @return a copy with another supply mix (supplyFrom cleared) */
    public Market withSupply(Map<String, Double> other) {
        return new Market(
                mineral,
                other,
                Optional.empty(),
                phases,
                stocksMonths,
                release,
                spareCapacity,
                spareRampMonths,
                leakage,
                demandElasticity,
                supplyElasticity,
                priceCap,
                substitution,
                recycling,
                partners,
                projectPartners);
    }

    /** @return a copy with stocks and a release rule */
    public Market withStocks(Distribution months, StockRelease rule) {
        return new Market(
                mineral,
                supply,
                supplyFrom,
                phases,
                months,
                rule,
                spareCapacity,
                spareRampMonths,
                leakage,
                demandElasticity,
                supplyElasticity,
                priceCap,
                substitution,
                recycling,
                partners,
                projectPartners);
    }

    /** @return a copy with its own severity profile */
    public Market withPhases(List<Phase> other) {
        return new Market(
                mineral,
                supply,
                supplyFrom,
                other,
                stocksMonths,
                release,
                spareCapacity,
                spareRampMonths,
                leakage,
                demandElasticity,
                supplyElasticity,
                priceCap,
                substitution,
                recycling,
                partners,
                projectPartners);
    }

    /** @return a copy with one more partner, appended last */
    public Market withPartner(Partner partner) {
        List<Partner> more = new ArrayList<>(partners);
        more.add(partner);
        return new Market(
                mineral,
                supply,
                supplyFrom,
                phases,
                stocksMonths,
                release,
                spareCapacity,
                spareRampMonths,
                leakage,
                demandElasticity,
                supplyElasticity,
                priceCap,
                substitution,
                recycling,
                more,
                projectPartners);
    }

    /** @return a copy with other spare capacity, leakage and responses */
    public Market withMitigations(
            Distribution spare, double spareRamp, Distribution leak, Response substitute, Response recycle) {
        return new Market(
                mineral,
                supply,
                supplyFrom,
                phases,
                stocksMonths,
                release,
                spare,
                spareRamp,
                leak,
                demandElasticity,
                supplyElasticity,
                priceCap,
                substitute,
                recycle,
                partners,
                projectPartners);
    }

    /** @return a copy whose project partners have been turned into partners, appended after the given ones */
    public Market withResolvedPartners(List<Partner> resolved) {
        List<Partner> all = new ArrayList<>(partners);
        all.addAll(resolved);
        return new Market(
                mineral,
                supply,
                supplyFrom,
                phases,
                stocksMonths,
                release,
                spareCapacity,
                spareRampMonths,
                leakage,
                demandElasticity,
                supplyElasticity,
                priceCap,
                substitution,
                recycling,
                all,
                List.of());
    }
}
