package lodestone.screen;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import lodestone.model.mineral.MineralId;
import lodestone.sim.scenario.Distribution;
import lodestone.sim.scenario.Response;

/**
 * What to screen: every perspective country × mineral × its largest suppliers × severity × duration × response, each
 * cell a one-market disruption scenario run with {@code paths} Monte Carlo paths, and optionally a plan per cell. The
 * format is documented in {@code docs/methods/screening.md}; {@link ScreenReader} reads it from YAML or JSON.
 *
 * @param id stable id (lower-case words joined by hyphens); names the results
 * @param title one line
 * @param start the first simulated month (month 0 is the month the disruption starts)
 * @param perspectives ISO 3166-1 alpha-2 codes of the countries whose supply is screened
 * @param minerals which minerals: a critical-mineral list of the knowledge base, or ids
 * @param suppliersPerMineral how many of a perspective's largest suppliers of a mineral to disrupt (1..50)
 * @param severities shares of the supplier's exports withheld, fractions in [0, 1]
 * @param durationsMonths lengths of the disruption, months in (0, horizonMonths]
 * @param responses the mitigation packages the perspective country has (at least one)
 * @param horizonMonths months simulated per cell (1..600)
 * @param paths Monte Carlo paths per cell (1..1,000,000)
 * @param seed the screen's seed; each cell's seed is derived from it and the cell's market
 * @param market the market assumptions every cell shares
 * @param plan a plan per cell where an option catalogue exists for the mineral and perspective; empty for none
 */
public record ScreenSpec(
        String id,
        String title,
        YearMonth start,
        List<String> perspectives,
        MineralSelection minerals,
        int suppliersPerMineral,
        List<Double> severities,
        List<Double> durationsMonths,
        List<ResponsePackage> responses,
        int horizonMonths,
        int paths,
        long seed,
        MarketAssumptions market,
        Optional<PlanSpec> plan) {
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public ScreenSpec {
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("screen id (" + id + ") must be lower-case words joined by hyphens.");
        }
        perspectives = List.copyOf(perspectives);
        severities = List.copyOf(severities);
        durationsMonths = List.copyOf(durationsMonths);
        responses = List.copyOf(responses);
        if (perspectives.isEmpty() || severities.isEmpty() || durationsMonths.isEmpty() || responses.isEmpty()) {
            throw new IllegalArgumentException(
                    "screen " + id + " must have at least one perspective, severity," + " duration and response.");
        }
        if (suppliersPerMineral < 1 || suppliersPerMineral > 50) {
            throw new IllegalArgumentException(
                    "suppliers per mineral (" + suppliersPerMineral + ") must be within" + " [1, 50].");
        }
        if (horizonMonths < 1 || horizonMonths > 600 || paths < 1 || paths > 1_000_000) {
            throw new IllegalArgumentException("horizon (" + horizonMonths + " months) must be within [1, 600] and"
                    + " paths (" + paths + ") within [1, 1000000].");
        }
        for (double severity : severities) {
            if (!(severity >= 0 && severity <= 1)) {
                throw new IllegalArgumentException("severity (" + severity + ") must be within [0, 1].");
            }
        }
        for (double months : durationsMonths) {
            if (!(months > 0 && months <= horizonMonths)) {
                throw new IllegalArgumentException(
                        "duration (" + months + " months) must be within (0, horizon " + horizonMonths + "].");
            }
        }
    }

    /** @return how many treatments (severity × duration × response) each screened market gets */
    public int treatmentsPerMarket() {
        return severities.size() * durationsMonths.size() * responses.size();
    }

    /** @return the response package with this id */
    public Optional<ResponsePackage> response(String responseId) {
        return responses.stream().filter(r -> r.id().equals(responseId)).findFirst();
    }

    /**
     * Which minerals a screen covers.
     *
     * @param list a critical-mineral list of the knowledge base (e.g. {@code usgs-2025}); empty if ids are given
     * @param ids the minerals named one by one; empty if a list is given
     */
    public record MineralSelection(Optional<String> list, List<MineralId> ids) {
        public MineralSelection {
            ids = List.copyOf(ids);
            if (list.isPresent() == !ids.isEmpty()) {
                throw new IllegalArgumentException("a mineral selection names a list or minerals, not both nor"
                        + " neither (list " + list.orElse("none") + ", " + ids.size() + " minerals).");
            }
        }
    }

    /**
     * A mitigation package of the perspective country: what its market has besides the disrupted supplier.
     *
     * @param id stable id (lower-case words joined by hyphens)
     * @param stocksMonths stocks at the start, months of baseline demand
     * @param spareCapacity extra supply others can ramp up, fraction of baseline monthly demand
     * @param spareRampMonths months for that spare capacity to come fully on line (≥ 0)
     * @param substitution substitution (less of the mineral needed)
     * @param recycling recycling (more secondary supply)
     */
    public record ResponsePackage(
            String id,
            Distribution stocksMonths,
            Distribution spareCapacity,
            double spareRampMonths,
            Response substitution,
            Response recycling) {
        public ResponsePackage {
            if (!ID.matcher(id).matches()) {
                throw new IllegalArgumentException(
                        "response id (" + id + ") must be lower-case words joined by" + " hyphens.");
            }
            if (!(spareRampMonths >= 0)) {
                throw new IllegalArgumentException("spareRampMonths (" + spareRampMonths + ") must be >= 0.");
            }
        }
    }

    /**
     * The market assumptions every cell shares (the sweep's, see {@code lodestone.sim.sweep.SweepSettings}).
     *
     * @param leakage share of the withheld volume still arriving through third countries
     * @param demandElasticity short-run price elasticity of demand (≤ 0)
     * @param supplyElasticity short-run price elasticity of supply from others (≥ 0)
     * @param priceCap the highest price index (≥ 1)
     * @param threshold the monthly shortfall whose exceedance probability is reported, a fraction in (0, 1]
     */
    public record MarketAssumptions(
            Distribution leakage, double demandElasticity, double supplyElasticity, double priceCap, double threshold) {
        /** The sweep's defaults: no leakage, elasticities −0.1 and 0.05, price cap 4, threshold 20 %. */
        public static final MarketAssumptions DEFAULT =
                new MarketAssumptions(Distribution.fixed(0), -0.1, 0.05, 4, 0.2);

        public MarketAssumptions {
            if (!(demandElasticity <= 0)
                    || !(supplyElasticity >= 0)
                    || !(priceCap >= 1)
                    || !(threshold > 0 && threshold <= 1)) {
                throw new IllegalArgumentException("market assumptions (demand elasticity " + demandElasticity
                        + ", supply elasticity " + supplyElasticity + ", price cap " + priceCap + ", threshold "
                        + threshold + ") must have demand elasticity <= 0, supply elasticity >= 0, price cap >= 1"
                        + " and threshold in (0, 1].");
            }
        }
    }

    /**
     * A plan per cell: the portfolio of the option catalogue for the cell's mineral and perspective that minimises the
     * tail of the cell's cumulative shortfall within the budget (the planner's objective, {@code lodestone.plan}).
     *
     * @param budgetUsd the budget, US dollars (≥ 0)
     * @param alpha the tail level in [0, 1): 0.95 for CVaR95, 0 for the expected shortfall
     * @param paths disruption paths the planner samples per cell (1..100,000)
     * @param countryShare the largest share of the budget spent in one country, in (0, 1]
     */
    public record PlanSpec(double budgetUsd, double alpha, int paths, double countryShare) {
        public PlanSpec {
            if (!(budgetUsd >= 0) || Double.isInfinite(budgetUsd)) {
                throw new IllegalArgumentException("plan budget (" + budgetUsd + " USD) must be a finite number >= 0.");
            }
            if (!(alpha >= 0 && alpha < 1)
                    || paths < 1
                    || paths > 100_000
                    || !(countryShare > 0 && countryShare <= 1)) {
                throw new IllegalArgumentException("plan (alpha " + alpha + ", paths " + paths + ", country share "
                        + countryShare + ") must have alpha in [0, 1), paths in [1, 100000] and country share in"
                        + " (0, 1].");
            }
        }
    }
}
