package lodestone.app.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import lodestone.plan.Plan;
import lodestone.plan.option.OptionCatalogue;
import lodestone.report.plan.PlanView;
import lodestone.report.table.Format;

/** The table form of `lodestone plan`. */
final class PlanTable {
    private PlanTable() {}

    static void print(PrintWriter out, Plan plan, OptionCatalogue catalogue) {
        out.println(String.format(
                Locale.ROOT,
                "Plan for %s, perspective %s: scenario %s from %s, %d months; %,d paths, seed %d.",
                plan.mineral(),
                plan.perspective(),
                plan.scenario(),
                plan.start(),
                plan.months(),
                plan.paths(),
                plan.seed()));
        out.println("Objective: " + PlanView.objective(plan.alpha()) + ", in months of " + plan.perspective()
                + " demand (demand "
                + String.format(
                        Locale.ROOT,
                        "%,.0f t/yr",
                        catalogue.demandTonnesPerYear().value())
                + ", " + catalogue.demandTonnesPerYear().provenance() + ").");
        out.println(String.format(
                Locale.ROOT,
                "Budget %s, spent %s. %s %.2f -> %.2f months (lower bound %.2f; %s in %d iterations).",
                usd(plan.budgetUsd()),
                usd(plan.spentUsd()),
                plan.alpha() == 0 ? "Expected shortfall" : "Tail shortfall",
                plan.unmitigatedTail(),
                plan.plannedTail(),
                plan.lowerBound(),
                plan.converged() ? "converged" : "NOT converged",
                plan.iterations()));
        out.println(String.format(
                Locale.ROOT,
                "Shadow price of the budget: %.3f months of tail shortfall per additional US$1bn.",
                plan.shadowPricePerBillion()));
        out.println();
        List<List<String>> rows = new ArrayList<>();
        for (Plan.Choice c : plan.choices()) {
            rows.add(List.of(
                    c.option().id(),
                    c.option().kind().id(),
                    c.option().country().orElse("-"),
                    String.format(Locale.ROOT, "%.2f", c.level()),
                    usd(c.costUsd()),
                    String.format(Locale.ROOT, "%.2f", c.contribution()),
                    String.format(Locale.ROOT, "%.2f", c.expectedOfferMonths()),
                    Format.percent(c.deliveryShare()),
                    c.option().hasAssumptions() ? "assumed" : "sourced"));
        }
        Output.table(
                out,
                List.of("OPTION", "KIND", "WHERE", "LEVEL", "COST", "CONTRIB", "OFFER", "DELIVERS", "BASIS"),
                rows,
                32);
        out.println("CONTRIB: rise in tail shortfall (months) if the option alone were dropped. OFFER: mean supply it"
                + " offers within the horizon (months of demand). DELIVERS: share of paths on which it delivers in"
                + " time.");
        out.println();
        out.println("Basis of each chosen option's figures:");
        for (Plan.Choice c : plan.portfolio()) {
            out.println("- " + c.option().id() + ": " + c.option().title());
            for (PlanView.FigureRow figure : PlanView.figures(c.option())) {
                out.println(String.format(
                        Locale.ROOT,
                        "    %s = %s, %s%s: %s",
                        figure.name(),
                        number(figure.value()),
                        figure.provenance(),
                        figure.source() == null ? "" : " (" + figure.source() + ")",
                        figure.basis()));
            }
            c.option().supply().ifPresent(s -> out.println("    start = " + PlanView.start(s)));
        }
        out.println();
        out.println("Frontier (optimal tail shortfall by budget):");
        List<List<String>> frontier = new ArrayList<>();
        for (Plan.FrontierPoint point : plan.frontier()) {
            frontier.add(List.of(
                    usd(point.budgetUsd()),
                    String.format(Locale.ROOT, "%.2f", point.tail()),
                    usd(point.spentUsd()),
                    point.chosen().isEmpty() ? "-" : String.join(", ", point.chosen())));
        }
        Output.table(out, List.of("BUDGET", "TAIL", "SPENT", "OPTIONS"), frontier, 90);
        out.println();
        plan.failure()
                .ifPresentOrElse(
                        f -> out.println(String.format(
                                Locale.ROOT,
                                "If %s (probability of delivery %.2f, the least certain chosen option) fails: tail shortfall"
                                        + " %.2f -> %.2f months; re-planned without it: %.2f months with %s.",
                                f.option().id(),
                                f.probability(),
                                plan.plannedTail(),
                                f.tailIfItFails(),
                                f.replannedTail(),
                                f.replanned().isEmpty()
                                        ? "no option"
                                        : String.join(
                                                ", ",
                                                f.replanned().stream()
                                                        .map(c -> String.format(
                                                                Locale.ROOT,
                                                                "%s %.2f",
                                                                c.option().id(),
                                                                c.level()))
                                                        .toList()))),
                        () -> out.println(
                                "Every chosen option is certain to deliver (or none is chosen): nothing can fail."));
        out.println();
        Plan.Resimulation r = plan.resimulation();
        out.println(String.format(
                Locale.ROOT,
                "Re-simulated on an independent sample (%,d paths, seed %d): cumulative shortfall, months of demand.",
                r.paths(),
                r.seed()));
        Output.table(
                out,
                List.of("", "P5", "P50", "P95", "MEAN", "TAIL"),
                List.of(spread("without options", r.before()), spread("with the portfolio", r.after())),
                20);
        if (!catalogue.skipped().isEmpty()) {
            out.println();
            out.println("Candidate new sources left out: " + String.join("; ", catalogue.skipped()) + ".");
        }
    }

    private static List<String> spread(String label, Plan.Spread s) {
        return List.of(
                label,
                String.format(Locale.ROOT, "%.2f", s.p5()),
                String.format(Locale.ROOT, "%.2f", s.p50()),
                String.format(Locale.ROOT, "%.2f", s.p95()),
                String.format(Locale.ROOT, "%.2f", s.mean()),
                String.format(Locale.ROOT, "%.2f", s.tail()));
    }

    private static String number(double value) {
        return Math.abs(value) >= 1e5
                ? String.format(Locale.ROOT, "%,.0f", value)
                : String.format(Locale.ROOT, "%.4g", value);
    }

    /** @return an amount such as US$1.25bn, US$72.0m or US$0 */
    static String usd(double amount) {
        if (amount >= 1e9) {
            return String.format(Locale.ROOT, "US$%.2fbn", amount / 1e9);
        }
        if (amount >= 1e6) {
            return String.format(Locale.ROOT, "US$%.1fm", amount / 1e6);
        }
        return String.format(Locale.ROOT, "US$%,.0f", amount);
    }
}
