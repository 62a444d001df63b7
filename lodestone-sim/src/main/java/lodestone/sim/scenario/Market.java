package lodestone.sim.scenario;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Consumer;
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
 * @param stocksMonths how stock cover is spread across the buyers who depend on the issuer: each buyer's stock at the
 *     start, in months of its own use (a cross-section, not a pooled total; see {@code docs/methods/simulation.md})
 * @param release the rule for drawing those stocks, applied buyer by buyer
 * @param spareCapacity extra supply others can ramp up, fraction of baseline monthly demand
 * @param spareRampMonths months for that spare capacity to come fully on line (≥ 0)
 * @param leakage share of the withheld volume that still arrives through third countries, in [0, 1]
 * @param demandElasticity short-run price elasticity of use with respect to the outside spot price (≤ 0)
 * @param supplyElasticity short-run price elasticity of supply from sources other than the issuer (≥ 0)
 * @param priceCap an optional numerical ceiling on the price indices (≥ 1; {@code +Infinity} for none). Never set it
 *     to an observed price: the model's prices come from cover, not from a cap
 * @param substitution substitution response (reduces need)
 * @param recycling recycling response (adds supply)
 * @param partners partner supply given in full
 * @param projectPartners partner supply to be filled from projects in the knowledge base
 * @param trade the shape of the trade with the issuer (product, covered share, the perspective's share of exports)
 * @param behaviour how buyers and prices respond
 * @param issuerStocks the issuer's stocks of the covered product made before the measure and the terms on which they
 *     may leave while it stands ({@link IssuerStocks#NONE}: none)
 * @param homeDrift the issuer's home price's own trend before the announcement, carried forward damped; empty: none
 * @param outsideDrift the outside price's own trend before the announcement, carried forward damped; empty: none
 * @param homeCarry the monthly cost of holding the issuer's product at home, a share of its price (the issuer's
 *     one-year lending rate over 12): traders at home hold what the market does not take while a later price pays
 *     for the holding, so the home price's explained part is never below that of a later month, discounted by it;
 *     empty: no holding (the home price as the month's cover sets it)
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
        List<ProjectPartner> projectPartners,
        Trade trade,
        Behaviour behaviour,
        IssuerStocks issuerStocks,
        Optional<PriceDrift> homeDrift,
        Optional<PriceDrift> outsideDrift,
        OptionalDouble homeCarry) {
    public Market {
        supply = Collections.unmodifiableMap(new LinkedHashMap<>(supply));
        phases = List.copyOf(phases);
        partners = List.copyOf(partners);
        projectPartners = List.copyOf(projectPartners);
        if (!(demandElasticity <= 0) || !(supplyElasticity >= 0) || !(priceCap >= 1) || !(spareRampMonths >= 0)) {
            throw new IllegalArgumentException("market " + mineral + " (demand elasticity " + demandElasticity
                    + ", supply elasticity " + supplyElasticity + ", price cap " + priceCap
                    + ") must have demand elasticity <= 0, supply elasticity >= 0, price cap >= 1.");
        }
        if (homeCarry.isPresent() && !(homeCarry.getAsDouble() >= 0 && homeCarry.getAsDouble() <= MAX_HOME_CARRY)) {
            throw new IllegalArgumentException("market " + mineral + " (home carrying cost " + homeCarry.getAsDouble()
                    + " a month) must have a home carrying cost within [0, " + MAX_HOME_CARRY + "] a month.");
        }
    }

    /** The largest monthly carrying cost of the issuer's home stock a market may state: 10 % of the price a month. */
    public static final double MAX_HOME_CARRY = 0.1;

    /**
     * A market with no stocks, no spare capacity, no leakage, no mitigation and a static behaviour (no precaution, no
     * restocking, fixed prices): the closed-form case.
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
                Double.POSITIVE_INFINITY,
                Response.NONE,
                Response.NONE,
                List.of(),
                List.of(),
                Trade.DEFAULT,
                Behaviour.STATIC,
                IssuerStocks.NONE,
                Optional.empty(),
                Optional.empty(),
                OptionalDouble.empty());
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
        return with(copy -> {
            copy.supply = other;
            copy.supplyFrom = Optional.empty();
        });
    }

    /** @return a copy with stocks and a release rule */
    public Market withStocks(Distribution months, StockRelease rule) {
        return with(copy -> {
            copy.stocksMonths = months;
            copy.release = rule;
        });
    }

    /** @return a copy with its own severity profile */
    public Market withPhases(List<Phase> other) {
        return with(copy -> copy.phases = other);
    }

    /** @return a copy with one more partner, appended last */
    public Market withPartner(Partner partner) {
        return with(copy -> {
            copy.partners = new ArrayList<>(partners);
            copy.partners.add(partner);
        });
    }

    /** @return a copy with other spare capacity, leakage and responses */
    public Market withMitigations(
            Distribution spare, double spareRamp, Distribution leak, Response substitute, Response recycle) {
        return with(copy -> {
            copy.spareCapacity = spare;
            copy.spareRampMonths = spareRamp;
            copy.leakage = leak;
            copy.substitution = substitute;
            copy.recycling = recycle;
        });
    }

    /** @return a copy whose project partners have been turned into partners, appended after the given ones */
    public Market withResolvedPartners(List<Partner> resolved) {
        return with(copy -> {
            copy.partners = new ArrayList<>(partners);
            copy.partners.addAll(resolved);
            copy.projectPartners = List.of();
        });
    }

    /** @return a copy with another trade shape */
    public Market withTrade(Trade other) {
        return with(copy -> copy.trade = other);
    }

    /** @return a copy with another ceiling on the price indices (at least 1; {@code +Infinity} for none) */
    public Market withPriceCap(double other) {
        return with(copy -> copy.priceCap = other);
    }

    /** @return a copy with another behaviour */
    public Market withBehaviour(Behaviour other) {
        return with(copy -> copy.behaviour = other);
    }

    /** @return a copy whose issuer holds these stocks made before the measure */
    public Market withIssuerStocks(IssuerStocks other) {
        return with(copy -> copy.issuerStocks = other);
    }

    /** @return a copy whose issuer's home price carries this trend from before the announcement (empty: none) */
    public Market withHomeDrift(Optional<PriceDrift> other) {
        return with(copy -> copy.homeDrift = other);
    }

    /** @return a copy whose outside price carries this trend from before the announcement (empty: none) */
    public Market withOutsideDrift(Optional<PriceDrift> other) {
        return with(copy -> copy.outsideDrift = other);
    }

    /** @return a copy whose issuer's home market holds stock at this monthly carrying cost (empty: none) */
    public Market withHomeCarry(OptionalDouble other) {
        return with(copy -> copy.homeCarry = other);
    }

    /** @return a copy with the components {@code change} sets, every other one as this market's */
    private Market with(Consumer<Copy> change) {
        Copy copy = new Copy(this);
        change.accept(copy);
        return copy.build();
    }

    /** The components of a market, changed one at a time by the withers. */
    private static final class Copy {
        private final MineralId mineral;
        private Map<String, Double> supply;
        private Optional<MineralId> supplyFrom;
        private List<Phase> phases;
        private Distribution stocksMonths;
        private StockRelease release;
        private Distribution spareCapacity;
        private double spareRampMonths;
        private Distribution leakage;
        private final double demandElasticity;
        private final double supplyElasticity;
        private double priceCap;
        private Response substitution;
        private Response recycling;
        private List<Partner> partners;
        private List<ProjectPartner> projectPartners;
        private Trade trade;
        private Behaviour behaviour;
        private IssuerStocks issuerStocks;
        private Optional<PriceDrift> homeDrift;
        private Optional<PriceDrift> outsideDrift;
        private OptionalDouble homeCarry;

        Copy(Market m) {
            mineral = m.mineral;
            supply = m.supply;
            supplyFrom = m.supplyFrom;
            phases = m.phases;
            stocksMonths = m.stocksMonths;
            release = m.release;
            spareCapacity = m.spareCapacity;
            spareRampMonths = m.spareRampMonths;
            leakage = m.leakage;
            demandElasticity = m.demandElasticity;
            supplyElasticity = m.supplyElasticity;
            priceCap = m.priceCap;
            substitution = m.substitution;
            recycling = m.recycling;
            partners = m.partners;
            projectPartners = m.projectPartners;
            trade = m.trade;
            behaviour = m.behaviour;
            issuerStocks = m.issuerStocks;
            homeDrift = m.homeDrift;
            outsideDrift = m.outsideDrift;
            homeCarry = m.homeCarry;
        }

        Market build() {
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
                    partners,
                    projectPartners,
                    trade,
                    behaviour,
                    issuerStocks,
                    homeDrift,
                    outsideDrift,
                    homeCarry);
        }
    }
}
