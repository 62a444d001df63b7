package lodestone.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import lodestone.app.view.PlanView;
import lodestone.model.knowledge.KnowledgeSnapshot;
import lodestone.model.mineral.Mineral;
import lodestone.model.mineral.MineralId;
import lodestone.plan.Plan;
import lodestone.plan.PlanSettings;
import lodestone.plan.Planner;
import lodestone.plan.option.Catalogues;
import lodestone.plan.option.OptionCatalogue;
import lodestone.plan.option.OptionReader;
import lodestone.plan.path.EnginePathSource;
import lodestone.sim.scenario.Presets;
import lodestone.sim.scenario.ScenarioSpec;
import lodestone.sim.scenario.SnapshotSupply;
import lodestone.store.db.LodestoneStore;
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
        KnowledgeSnapshot snapshot;
        try (LodestoneStore opened = store.open()) {
            snapshot = opened.snapshot();
        }
        ScenarioSpec scenario = scenario(snapshot);
        MineralId planned = plannedMineral(scenario, snapshot);
        String country = perspective == null ? scenario.perspective() : perspective.toUpperCase(Locale.ROOT);
        if (!country.equals(scenario.perspective())) {
            throw new UserException("scenario " + scenario.id() + " is written for perspective "
                    + scenario.perspective() + ", not " + country + ".\nMaybe write a scenario file for " + country
                    + " (docs/methods/simulation.md) and pass it instead.");
        }
        if (horizon < 1 || horizon > 600) {
            throw new UserException("--horizon (" + horizon + ") must be within [1, 600] months.");
        }
        OptionCatalogue catalogue = OptionReader.read(
                catalogueText(planned, country), catalogueOrigin(planned, country), snapshot, scenario.start());
        double alpha = switch (objective.toLowerCase(Locale.ROOT)) {
            case "cvar95" -> 0.95;
            case "expected" -> 0;
            default -> throw new UserException("--objective (" + objective + ") must be cvar95 or expected.");
        };
        int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        PlanSettings settings;
        try {
            settings =
                    new PlanSettings(budget, alpha, paths, seed, workers, countryShare, PlanSettings.DEFAULT_FRONTIER);
        } catch (IllegalArgumentException e) {
            throw new UserException("bad option: " + e.getMessage());
        }
        EnginePathSource source =
                new EnginePathSource(SnapshotSupply.resolve(scenario, snapshot), planned, OptionalInt.of(horizon));
        Plan plan = Planner.plan(source, catalogue.options(), settings);
        PrintWriter out = spec.commandLine().getOut();
        switch (store.format) {
            case JSON -> Output.json(out, PlanView.View.of(plan));
            case CSV -> Output.csv(out, CSV_HEADER, csvRows(plan));
            case TABLE -> PlanTable.print(out, plan, catalogue);
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

    private ScenarioSpec scenario(KnowledgeSnapshot snapshot) {
        if (Files.isRegularFile(Path.of(target)) || Presets.text(target).isPresent()) {
            return SimulateCommand.load(target, snapshot);
        }
        Optional<Mineral> asMineral = snapshot.minerals().resolve(target);
        if (asMineral.isEmpty()) {
            throw new UserException("(" + target + ") is neither a mineral, a preset nor a file.\nMaybe use a mineral"
                    + " such as dysprosium or a preset: " + String.join(", ", Presets.IDS) + ".");
        }
        MineralId id = asMineral.get().id();
        return Presets.IDS.stream()
                .map(preset -> Presets.load(preset, snapshot.minerals()))
                .filter(spec ->
                        spec.markets().stream().anyMatch(m -> m.mineral().equals(id)))
                .max(Comparator.comparing(ScenarioSpec::start))
                .orElseThrow(() -> new UserException("no preset has a market for " + id + ".\nMaybe write a scenario"
                        + " file with a market for it (docs/methods/simulation.md) and plan that."));
    }

    private MineralId plannedMineral(ScenarioSpec scenario, KnowledgeSnapshot snapshot) {
        String wanted = mineral;
        if (wanted == null) {
            Optional<Mineral> asMineral = snapshot.minerals().resolve(target);
            if (asMineral.isPresent()) {
                return asMineral.get().id();
            }
            if (scenario.markets().size() == 1) {
                return scenario.markets().get(0).mineral();
            }
            throw new UserException("scenario " + scenario.id() + " has "
                    + scenario.markets().size()
                    + " markets.\nMaybe add --mineral with one of: "
                    + scenario.markets().stream().map(m -> m.mineral().value()).collect(Collectors.joining(", "))
                    + ".");
        }
        return snapshot.minerals()
                .resolve(wanted)
                .map(Mineral::id)
                .orElseThrow(() -> new UserException("--mineral (" + wanted + ") is not in the catalogue."));
    }

    private String catalogueText(MineralId planned, String country) {
        if (optionsFile != null) {
            try {
                return Files.readString(optionsFile, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UserException("cannot read option catalogue (" + optionsFile + "): " + e.getMessage());
            }
        }
        return Catalogues.text(planned.value(), country)
                .orElseThrow(() -> new UserException("no option catalogue is shipped for " + planned + " and "
                        + country + " (shipped: " + String.join(", ", Catalogues.IDS) + ").\nMaybe write one"
                        + " (docs/methods/planning.md) and pass it with --options FILE."));
    }

    private String catalogueOrigin(MineralId planned, String country) {
        return optionsFile != null
                ? optionsFile.toString()
                : planned.value() + "-" + country.toLowerCase(Locale.ROOT) + " (shipped)";
    }
}
