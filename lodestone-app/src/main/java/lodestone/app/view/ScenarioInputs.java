package lodestone.app.view;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import lodestone.model.knowledge.KnowledgeSnapshot;
import lodestone.model.supply.SupplyMix;
import lodestone.risk.dependency.Dependency;
import lodestone.sim.scenario.Presets;
import lodestone.sim.scenario.ScenarioReader;
import lodestone.sim.scenario.ScenarioSpec;
import lodestone.sim.scenario.SnapshotSupply;

/** What a scenario run needs from outside the engine: the preset texts and the dependency query's supply mixes. */
public final class ScenarioInputs {
    private ScenarioInputs() {}

    /**
     * @param id a preset id
     * @return its YAML text, if it is a preset
     */
    public static Optional<String> presetText(String id) {
        if (!Presets.IDS.contains(id)) {
            return Optional.empty();
        }
        try (InputStream in = Presets.class.getClassLoader().getResourceAsStream(Presets.resource(id))) {
            if (in == null) {
                throw new IllegalStateException("preset " + id + " is listed but its file is missing.");
            }
            return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param id a preset id
     * @param snapshot the knowledge base
     * @return the preset, unresolved
     * @throws IllegalArgumentException if there is no such preset
     */
    public static ScenarioSpec preset(String id, KnowledgeSnapshot snapshot) {
        String text = presetText(id)
                .orElseThrow(() -> new IllegalArgumentException(
                        "preset (" + id + ") is not known; presets: " + String.join(", ", Presets.IDS) + "."));
        return ScenarioReader.read(text, id, snapshot.minerals());
    }

    /**
     * @param spec a scenario
     * @param snapshot the knowledge base
     * @return the scenario with its supplyFrom markets and project partners filled from the knowledge base
     */
    public static ScenarioSpec resolve(ScenarioSpec spec, KnowledgeSnapshot snapshot) {
        return SnapshotSupply.resolve(spec, snapshot, mixes(snapshot));
    }

    /** @return the dependency query over a snapshot, as the engine asks it */
    public static SnapshotSupply.SupplyMixes mixes(KnowledgeSnapshot snapshot) {
        return (mineral, perspective) ->
                Dependency.of(snapshot, mineral, perspective).supplyMix();
    }

    /** @return the supply mix of a mineral for a perspective, if the knowledge base has one */
    public static Optional<SupplyMix> mix(
            KnowledgeSnapshot snapshot, lodestone.model.mineral.MineralId mineral, String perspective) {
        return Dependency.of(snapshot, mineral, lodestone.model.geo.CountryCode.of(perspective))
                .supplyMix();
    }
}
