package lodestone.report.plan;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import lodestone.model.knowledge.KnowledgeSnapshot;
import lodestone.model.mineral.Mineral;
import lodestone.model.mineral.MineralId;
import lodestone.plan.option.Catalogues;
import lodestone.plan.option.OptionCatalogue;
import lodestone.plan.option.OptionReader;
import lodestone.report.scenario.ScenarioLibrary;
import lodestone.sim.scenario.ScenarioReader;
import lodestone.sim.scenario.ScenarioSpec;

/**
 * What to plan, as `lodestone plan` and {@code POST /api/v1/plans} ask it: a mineral (the latest preset with a market
 * for it), a preset id, or (on the command line only) a scenario file; the perspective; the market when a scenario has
 * several; and the option catalogue (shipped, or given as text). Resolving it against a snapshot gives the scenario,
 * the mineral and the options, or an {@link IllegalArgumentException} that says what is missing and how to fix it.
 *
 * @param target a mineral, a preset id or a scenario file
 * @param perspective the planning country (ISO 3166-1 alpha-2); empty for the scenario's
 * @param mineral the scenario's market to plan for; empty if the target is a mineral or has one market
 * @param optionsText an option catalogue's text; empty for the shipped one
 * @param optionsOrigin where that text came from, for messages
 * @param files true if the target may name a scenario file (the command line), false for the server
 */
public record PlanRequest(
        String target,
        Optional<String> perspective,
        Optional<String> mineral,
        Optional<String> optionsText,
        String optionsOrigin,
        boolean files) {

    /**
     * @param scenario the resolved scenario
     * @param mineral the mineral planned for
     * @param catalogue the options
     */
    public record Resolved(ScenarioSpec scenario, MineralId mineral, OptionCatalogue catalogue) {}

    /**
     * @param snapshot the knowledge base
     * @return the scenario (resolved against the snapshot), the mineral and the option catalogue
     * @throws IllegalArgumentException naming what is unknown or inconsistent, with a hint
     */
    public Resolved resolve(KnowledgeSnapshot snapshot) {
        ScenarioSpec scenario = scenario(snapshot);
        MineralId planned = plannedMineral(scenario, snapshot);
        String country = perspective.map(p -> p.toUpperCase(Locale.ROOT)).orElse(scenario.perspective());
        if (!country.equals(scenario.perspective())) {
            throw new IllegalArgumentException("scenario " + scenario.id() + " is written for perspective "
                    + scenario.perspective() + ", not " + country + ".\nMaybe write a scenario file for " + country
                    + " (docs/methods/simulation.md) and plan it from the command line.");
        }
        String text = optionsText.orElseGet(() -> Catalogues.text(planned.value(), country)
                .orElseThrow(() -> new IllegalArgumentException("no option catalogue is shipped for " + planned
                        + " and " + country + " (shipped: " + String.join(", ", Catalogues.IDS) + ").\nMaybe write"
                        + " one (docs/methods/planning.md) and pass it with --options FILE (or \"options\" in the"
                        + " request).")));
        String origin = optionsText.isPresent()
                ? optionsOrigin
                : planned.value() + "-" + country.toLowerCase(Locale.ROOT) + " (shipped)";
        OptionCatalogue catalogue = OptionReader.read(text, origin, snapshot, scenario.start());
        return new Resolved(ScenarioLibrary.resolve(scenario, snapshot), planned, catalogue);
    }

    private ScenarioSpec scenario(KnowledgeSnapshot snapshot) {
        Path file = Path.of(target);
        if (files && Files.isRegularFile(file)) {
            try {
                return ScenarioReader.read(
                        Files.readString(file, StandardCharsets.UTF_8), file.toString(), snapshot.minerals());
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot read scenario file (" + file + "): " + e.getMessage(), e);
            }
        }
        if (ScenarioLibrary.presetText(target).isPresent()) {
            return ScenarioLibrary.preset(target, snapshot);
        }
        MineralId id = snapshot.minerals()
                .resolve(target)
                .map(Mineral::id)
                .orElseThrow(() -> new IllegalArgumentException("(" + target + ") is neither a mineral"
                        + (files ? ", a preset nor a file" : " nor a preset") + ".\nMaybe use a mineral such as"
                        + " dysprosium or a preset: " + String.join(", ", ScenarioLibrary.ids()) + "."));
        return ScenarioLibrary.ids().stream()
                .map(preset -> ScenarioLibrary.preset(preset, snapshot))
                .filter(spec ->
                        spec.markets().stream().anyMatch(m -> m.mineral().equals(id)))
                .max(Comparator.comparing(ScenarioSpec::start))
                .orElseThrow(() -> new IllegalArgumentException("no preset has a market for " + id + ".\nMaybe write a"
                        + " scenario file with a market for it (docs/methods/simulation.md) and plan that."));
    }

    private MineralId plannedMineral(ScenarioSpec scenario, KnowledgeSnapshot snapshot) {
        if (mineral.isPresent()) {
            return snapshot.minerals()
                    .resolve(mineral.get())
                    .map(Mineral::id)
                    .orElseThrow(() ->
                            new IllegalArgumentException("mineral (" + mineral.get() + ") is not in the catalogue."));
        }
        Optional<Mineral> asMineral = snapshot.minerals().resolve(target);
        if (asMineral.isPresent()) {
            return asMineral.get().id();
        }
        if (scenario.markets().size() == 1) {
            return scenario.markets().get(0).mineral();
        }
        throw new IllegalArgumentException("scenario " + scenario.id() + " has "
                + scenario.markets().size()
                + " markets.\nMaybe add --mineral (or \"mineral\") with one of: "
                + scenario.markets().stream().map(m -> m.mineral().value()).collect(Collectors.joining(", "))
                + ".");
    }
}
