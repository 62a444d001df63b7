package lodestone.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import lodestone.model.knowledge.KnowledgeSnapshot;
import lodestone.plan.Plan;
import lodestone.plan.PlanSettings;
import lodestone.report.plan.PlanRequest;
import lodestone.report.plan.PlanView;
import lodestone.report.plan.Plans;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lodestone plan <mineral|scenario>}: the portfolio that cuts the tail of a disruption most within a budget. */
@Command(
        name = "plan",
        mixinStandardHelpOptions = true,
        description = {
            "Choose which options (partner projects, offtakes, new sources, a stockpile, recycling and substitution"
                    + " programmes, price floors) to fund within a budget so as to minimise the tail of the cumulative"
                    + " shortfall (CVaR95: the mean of the worst 5 % of simulated paths) in a disruption scenario.",
            "Prints the portfolio with each option's contribution and the basis of its figures (sourced or assumed),"
                    + " the budget-tail frontier, the budget's shadow price, what changes if the least certain option"
                    + " fails, and the scenario re-simulated on new paths with and without the portfolio.",
            "A mineral picks the latest preset that has a market for it; a scenario (preset or file) needs --mineral"
                    + " if it has several markets. Options come from the shipped catalogue for the mineral and"
                    + " perspective (" + "dysprosium-us" + ") or from --options FILE. A seed gives the same plan on any"
                    + " number of threads. Method: docs/methods/planning.md."
        })
final class PlanCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Parameters(index = "0", paramLabel = "MINERAL|SCENARIO", description = "A mineral, a preset id or a spec file.")
    String target;

    @Option(
            names = "--perspective",
            paramLabel = "ISO2",
            description = "The country planning (default: the scenario's perspective).")
    String perspective;

    @Option(names = "--budget", paramLabel = "USD", required = true, description = "Budget in US dollars, e.g. 2e9.")
    double budget;

    @Option(
            names = "--horizon",
            paramLabel = "MONTHS",
            defaultValue = "60",
            description = "Months from the scenario's start (default: ${DEFAULT-VALUE}).")
    int horizon;

    @Option(
            names = "--paths",
            paramLabel = "N",
            defaultValue = "10000",
            description = "Disruption paths (default: ${DEFAULT-VALUE}).")
    int paths;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "0", description = "Seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--mineral", paramLabel = "ID", description = "The scenario's market to plan for.")
    String mineral;

    @Option(
            names = "--options",
            paramLabel = "FILE",
            description = "An option catalogue (YAML) instead of the shipped one.")
    Path optionsFile;

    @Option(
            names = "--objective",
            paramLabel = "cvar95|expected",
            defaultValue = "cvar95",
            description = "What to minimise: cvar95 (default) or expected (mean cumulative shortfall).")
    String objective;

    @Option(
            names = "--max-country-share",
            paramLabel = "FRACTION",
            defaultValue = "1",
            description = "Largest share of the budget spent in one country (default: ${DEFAULT-VALUE}, no cap).")
    double countryShare;

    @Option(
            names = "--threads",
            paramLabel = "T",
            description = "Worker threads (default: every core). Does not change the plan.")
    Integer threads;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        KnowledgeSnapshot snapshot = store.snapshot();
        if (horizon < 1 || horizon > 600) {
            throw new UserException("--horizon (" + horizon + ") must be within [1, 600] months.");
        }
        Optional<String> optionsText = Optional.empty();
        if (optionsFile != null) {
            try {
                optionsText = Optional.of(Files.readString(optionsFile, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UserException("cannot read option catalogue (" + optionsFile + "): " + e.getMessage());
            }
        }
        PlanRequest.Resolved request = Plans.resolve(
                new PlanRequest(
                        target,
                        Optional.ofNullable(perspective),
                        Optional.ofNullable(mineral),
                        optionsText,
                        String.valueOf(optionsFile),
                        true),
                snapshot);
        PlanSettings settings = Plans.settings(
                budget,
                objective,
                paths,
                seed,
                threads == null ? Runtime.getRuntime().availableProcessors() : threads,
                countryShare);
        Plan plan = Plans.plan(request, horizon, settings);
        PrintWriter out = spec.commandLine().getOut();
        switch (store.format) {
            case JSON -> Output.json(out, PlanView.View.of(plan));
            case CSV -> Output.csv(out, CSV_HEADER, csvRows(plan));
            case TABLE -> PlanTable.print(out, plan, request.catalogue());
        }
        out.flush();
        return 0;
    }

    static final List<String> CSV_HEADER = List.of(
            "option",
            "kind",
            "country",
            "level",
            "cost_usd",
            "contribution_months",
            "expected_offer_months",
            "delivery_share",
            "probability",
            "assumed",
            "sources");

    private static List<List<Object>> csvRows(Plan plan) {
        List<List<Object>> rows = new ArrayList<>();
        for (Plan.Choice c : plan.choices()) {
            rows.add(List.of(
                    c.option().id(),
                    c.option().kind().id(),
                    c.option().country().orElse(""),
                    c.level(),
                    c.costUsd(),
                    c.contribution(),
                    c.expectedOfferMonths(),
                    c.deliveryShare(),
                    c.option().probability(),
                    c.option().hasAssumptions(),
                    String.join(" ", c.option().sources())));
        }
        return rows;
    }
}
