package lodestone.report.plan;

import java.util.List;
import lodestone.plan.Plan;
import lodestone.plan.option.Figure;
import lodestone.plan.option.PlanOption;
import lodestone.plan.option.Supply;
import org.jspecify.annotations.Nullable;

/** A plan for output, shared by `lodestone plan` and the server: plain fields, every figure with its provenance. */
public final class PlanView {
    private PlanView() {}

    /**
     * The JSON form of a plan. Shortfall in months of the perspective's baseline demand, money in US dollars.
     *
     * @param scenario scenario id
     * @param mineral mineral id
     * @param perspective perspective country
     * @param start first month of the scenario
     * @param horizonMonths months per path
     * @param paths paths sampled
     * @param seed seed
     * @param objective what is minimised
     * @param units what the numbers mean
     * @param budgetUsd the budget
     * @param spentUsd what the portfolio costs
     * @param countryShare largest share of the budget allowed in one country
     * @param unmitigatedTail tail shortfall without options (in sample)
     * @param plannedTail tail shortfall with the portfolio (in sample)
     * @param lowerBound solver's lower bound
     * @param converged whether the solver converged within its tolerance
     * @param iterations cutting-plane iterations
     * @param shadowPricePerBillion tail shortfall saved per additional US$1bn
     * @param options every option with its level and figures
     * @param frontier budget vs tail shortfall
     * @param leastCertainFails what changes if the least certain chosen option fails (null if none can fail)
     * @param resimulation the scenario re-simulated with and without the portfolio
     */
    public record View(
            String scenario,
            String mineral,
            String perspective,
            String start,
            int horizonMonths,
            int paths,
            long seed,
            String objective,
            String units,
            double budgetUsd,
            double spentUsd,
            double countryShare,
            double unmitigatedTail,
            double plannedTail,
            double lowerBound,
            boolean converged,
            int iterations,
            double shadowPricePerBillion,
            List<OptionRow> options,
            List<Plan.FrontierPoint> frontier,
            @Nullable FailureRow leastCertainFails,
            ResimulationRow resimulation) {
        public View {
            options = List.copyOf(options);
            frontier = List.copyOf(frontier);
        }

        /** @return the view of a plan */
        public static View of(Plan plan) {
            Plan.Failure failure = plan.failure().orElse(null);
            return new View(
                    plan.scenario(),
                    plan.mineral().value(),
                    plan.perspective(),
                    plan.start().toString(),
                    plan.months(),
                    plan.paths(),
                    plan.seed(),
                    PlanView.objective(plan.alpha()),
                    "shortfall and tail in months of baseline demand (cumulative over the horizon); capacity as a"
                            + " fraction of monthly demand; money in US dollars",
                    plan.budgetUsd(),
                    plan.spentUsd(),
                    plan.countryShare(),
                    plan.unmitigatedTail(),
                    plan.plannedTail(),
                    plan.lowerBound(),
                    plan.converged(),
                    plan.iterations(),
                    plan.shadowPricePerBillion(),
                    plan.choices().stream().map(OptionRow::of).toList(),
                    plan.frontier(),
                    failure == null
                            ? null
                            : new FailureRow(
                                    failure.option().id(),
                                    failure.probability(),
                                    failure.tailIfItFails(),
                                    failure.replannedTail(),
                                    failure.replanned().stream()
                                            .map(c -> new Level(c.option().id(), c.level()))
                                            .toList()),
                    new ResimulationRow(
                            plan.resimulation().seed(),
                            plan.resimulation().paths(),
                            plan.resimulation().before(),
                            plan.resimulation().after(),
                            plan.resimulation().monthlyBefore(),
                            plan.resimulation().monthlyAfter()));
        }
    }

    /** @return the objective in words */
    public static String objective(double alpha) {
        return alpha == 0
                ? "expected cumulative shortfall"
                : String.format(
                        java.util.Locale.ROOT,
                        "CVaR%.0f of cumulative shortfall (mean of the worst %.0f %% of paths)",
                        100 * alpha,
                        100 * (1 - alpha));
    }

    /**
     * One option.
     *
     * @param id id
     * @param title title
     * @param kind kind
     * @param country country, or null
     * @param level chosen level in [0, 1]
     * @param costUsd cost at the chosen level
     * @param contribution rise in tail shortfall if it alone were dropped, months of demand
     * @param expectedOfferMonths mean offer within the horizon at this level, months of demand
     * @param deliveryShare share of paths on which it delivers within the horizon
     * @param allOrNothing whether only 0 and 1 are allowed
     * @param assumed true if any figure is assumed
     * @param figures each figure with its provenance
     * @param start the start of supply (months from the scenario's start) and its basis, or null for a stockpile
     * @param sources sources
     * @param note caveats
     */
    public record OptionRow(
            String id,
            String title,
            String kind,
            @Nullable String country,
            double level,
            double costUsd,
            double contribution,
            double expectedOfferMonths,
            double deliveryShare,
            boolean allOrNothing,
            boolean assumed,
            List<FigureRow> figures,
            @Nullable String start,
            List<String> sources,
            String note) {
        public OptionRow {
            figures = List.copyOf(figures);
            sources = List.copyOf(sources);
        }

        static OptionRow of(Plan.Choice choice) {
            PlanOption o = choice.option();
            return new OptionRow(
                    o.id(),
                    o.title(),
                    o.kind().id(),
                    o.country().orElse(null),
                    choice.level(),
                    choice.costUsd(),
                    choice.contribution(),
                    choice.expectedOfferMonths(),
                    choice.deliveryShare(),
                    o.allOrNothing(),
                    o.hasAssumptions(),
                    PlanView.figures(o),
                    o.supply().map(PlanView::start).orElse(null),
                    o.sources(),
                    o.note());
        }
    }

    /**
     * One figure of an option.
     *
     * @param name what it is, with its unit
     * @param value the value at level 1
     * @param provenance "sourced" or "assumed"
     * @param source the source, or null
     * @param basis what the source says, or why the assumption
     */
    public record FigureRow(
            String name,
            double value,
            String provenance,
            @Nullable String source,
            String basis) {
        static FigureRow of(String name, Figure figure) {
            return new FigureRow(
                    name, figure.value(), figure.provenance(), figure.source().orElse(null), figure.basis());
        }
    }

    /** @return the option's figures with names and units */
    public static List<FigureRow> figures(PlanOption option) {
        java.util.List<FigureRow> rows = new java.util.ArrayList<>();
        rows.add(FigureRow.of("cost (USD at level 1)", option.cost()));
        option.supply().ifPresent(s -> {
            rows.add(FigureRow.of("capacity (fraction of monthly demand)", s.capacity()));
            rows.add(FigureRow.of("ramp-up (months)", s.rampMonths()));
            rows.add(FigureRow.of("probability of delivery", s.probability()));
        });
        option.reserve().ifPresent(r -> {
            rows.add(FigureRow.of("cover (months of demand)", r.monthsOfCover()));
            rows.add(FigureRow.of("release (fraction of monthly demand a month)", r.maxReleasePerMonth()));
        });
        return rows;
    }

    /** @return the start of supply and its provenance in words */
    public static String start(Supply supply) {
        return supply.startMonth().describe() + " months, " + (supply.startAssumed() ? "assumed" : "sourced") + ": "
                + supply.startBasis();
    }

    /**
     * @param option the option that fails
     * @param probability its probability of delivery
     * @param tailIfItFails tail shortfall with the rest unchanged
     * @param replannedTail tail shortfall of the best portfolio without it
     * @param replanned the re-planned levels
     */
    public record FailureRow(
            String option, double probability, double tailIfItFails, double replannedTail, List<Level> replanned) {
        public FailureRow {
            replanned = List.copyOf(replanned);
        }
    }

    /**
     * @param option option id
     * @param level level
     */
    public record Level(String option, double level) {}

    /**
     * @param seed seed of the independent sample
     * @param paths paths
     * @param before cumulative shortfall without options
     * @param after with the portfolio
     * @param monthlyBefore monthly P50/P95 without options
     * @param monthlyAfter monthly P50/P95 with the portfolio
     */
    public record ResimulationRow(
            long seed,
            int paths,
            Plan.Spread before,
            Plan.Spread after,
            List<Plan.MonthBand> monthlyBefore,
            List<Plan.MonthBand> monthlyAfter) {
        public ResimulationRow {
            monthlyBefore = List.copyOf(monthlyBefore);
            monthlyAfter = List.copyOf(monthlyAfter);
        }
    }
}
