package lodestone.plan;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import lodestone.model.mineral.MineralId;
import lodestone.plan.option.PlanOption;

/**
 * A plan: the portfolio chosen for one mineral, perspective and scenario, and what it buys. Shortfall is in months of
 * the perspective country's baseline demand (cumulative over the horizon), money in US dollars.
 *
 * @param scenario the scenario's id
 * @param mineral the mineral
 * @param perspective the perspective country (ISO 3166-1 alpha-2)
 * @param start the scenario's first month
 * @param months the horizon
 * @param paths paths sampled
 * @param seed the seed
 * @param alpha the tail level of the objective (0.95: CVaR95; 0: expected shortfall)
 * @param budgetUsd the budget
 * @param countryShare the largest share of the budget allowed in one country (1: no cap)
 * @param choices every option considered, with its chosen level (0 if not chosen), in catalogue order
 * @param unmitigatedTail the tail shortfall without any option (in sample)
 * @param plannedTail the tail shortfall with the portfolio (in sample)
 * @param lowerBound the solver's lower bound on the optimal tail shortfall
 * @param converged true if the gap to the lower bound is within the solver's tolerance
 * @param iterations cutting-plane iterations for the budget itself
 * @param shadowPricePerBillion how much the tail shortfall falls per additional US$1 billion of budget, months of
 *     demand (from the LP relaxation with the all-or-nothing choices fixed)
 * @param frontier the optimal tail shortfall for a range of budgets
 * @param failure what changes if the least certain chosen option fails, if any chosen option can fail
 * @param resimulation the scenario re-simulated on new paths, before and after the portfolio
 */
public record Plan(
        String scenario,
        MineralId mineral,
        String perspective,
        YearMonth start,
        int months,
        int paths,
        long seed,
        double alpha,
        double budgetUsd,
        double countryShare,
        List<Choice> choices,
        double unmitigatedTail,
        double plannedTail,
        double lowerBound,
        boolean converged,
        int iterations,
        double shadowPricePerBillion,
        List<FrontierPoint> frontier,
        Optional<Failure> failure,
        Resimulation resimulation) {
    public Plan {
        choices = List.copyOf(choices);
        frontier = List.copyOf(frontier);
    }

    /** @return the chosen options only (level above zero), in catalogue order */
    public List<Choice> portfolio() {
        return choices.stream().filter(c -> c.level() > 0).toList();
    }

    /** @return what the portfolio costs, US dollars */
    public double spentUsd() {
        return choices.stream().mapToDouble(Choice::costUsd).sum();
    }

    /**
     * One option and its chosen level.
     *
     * @param option the option with its figures and their provenance
     * @param level the chosen level in [0, 1]
     * @param costUsd level × the option's cost
     * @param contribution how much the tail shortfall would rise if this option alone were dropped from the portfolio
     *     (months of demand; contributions need not add up to the total)
     * @param expectedOfferMonths mean over paths of what the option offers within the horizon at this level, months of
     *     demand (a stockpile's cover), before any cap by the gap
     * @param deliveryShare share of paths on which it delivers within the horizon
     */
    public record Choice(
            PlanOption option,
            double level,
            double costUsd,
            double contribution,
            double expectedOfferMonths,
            double deliveryShare) {}

    /**
     * One point of the budget–tail-shortfall frontier.
     *
     * @param budgetUsd the budget
     * @param tail the optimal tail shortfall for it, months of demand
     * @param spentUsd what its portfolio costs
     * @param chosen ids of the options its portfolio funds
     */
    public record FrontierPoint(double budgetUsd, double tail, double spentUsd, List<String> chosen) {
        public FrontierPoint {
            chosen = List.copyOf(chosen);
        }
    }

    /**
     * The least certain chosen option fails.
     *
     * @param option the chosen option with the lowest probability of delivery
     * @param probability its probability of delivery
     * @param tailIfItFails the tail shortfall with the rest of the portfolio unchanged and its money spent
     * @param replannedTail the tail shortfall of the best portfolio without it, same budget
     * @param replanned the re-planned portfolio's choices (level above zero)
     */
    public record Failure(
            PlanOption option, double probability, double tailIfItFails, double replannedTail, List<Choice> replanned) {
        public Failure {
            replanned = List.copyOf(replanned);
        }
    }

    /**
     * Distribution of the cumulative shortfall over paths, months of demand.
     *
     * @param p5 5th percentile (nearest rank)
     * @param p50 median
     * @param p95 95th percentile
     * @param mean mean
     * @param tail the objective's tail measure (CVaR at the plan's α)
     */
    public record Spread(double p5, double p50, double p95, double mean, double tail) {}

    /**
     * The scenario re-simulated on an independent sample of paths and delivery draws (the seed {@code seed}), with
     * and without the portfolio.
     *
     * @param seed the seed of the new sample
     * @param paths paths in it
     * @param before the cumulative shortfall without options
     * @param after the cumulative shortfall with the portfolio
     * @param monthlyBefore per month: P50 and P95 of the shortfall without options (fractions of monthly demand)
     * @param monthlyAfter per month: P50 and P95 with the portfolio
     */
    public record Resimulation(
            long seed,
            int paths,
            Spread before,
            Spread after,
            List<MonthBand> monthlyBefore,
            List<MonthBand> monthlyAfter) {
        public Resimulation {
            monthlyBefore = List.copyOf(monthlyBefore);
            monthlyAfter = List.copyOf(monthlyAfter);
        }
    }

    /**
     * @param month the calendar month
     * @param p50 median shortfall, fraction of monthly demand
     * @param p95 95th percentile
     */
    public record MonthBand(YearMonth month, double p50, double p95) {}
}
