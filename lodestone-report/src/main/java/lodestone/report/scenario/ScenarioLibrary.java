package lodestone.report.scenario;

import java.util.List;
import java.util.Optional;
import lodestone.model.buffer.BuffersInForce;
import lodestone.model.knowledge.KnowledgeSnapshot;
import lodestone.report.ClasspathText;
import lodestone.risk.dependency.Dependency;
import lodestone.sim.scenario.Presets;
import lodestone.sim.scenario.ScenarioReader;
import lodestone.sim.scenario.ScenarioSpec;
import lodestone.sim.scenario.SnapshotSupply;

/** What a scenario needs from outside the engine: the preset texts and the dependency query's supply mixes. */
public final class ScenarioLibrary {
    private ScenarioLibrary() {}

    /** @return the preset ids, in the order they are listed; the first is the one shown by default */
    public static List<String> ids() {
        return Presets.IDS;
    }

    /**
     * @param id a preset id
     * @return its YAML text, if it is a preset
     */
    public static Optional<String> presetText(String id) {
        return Presets.IDS.contains(id)
                ? Optional.of(ClasspathText.read(Presets.class, Presets.resource(id)))
                : Optional.empty();
    }

    /**
     * @param id a preset id
     * @param snapshot the knowledge (its catalogue)
     * @return the preset as written, not yet resolved against the knowledge base
     * @throws IllegalArgumentException if there is no such preset
     */
    public static ScenarioSpec preset(String id, KnowledgeSnapshot snapshot) {
        return ScenarioReader.read(
                presetText(id).orElseThrow(() -> new IllegalArgumentException("preset (" + id + ") is not known.")),
                id,
                snapshot.minerals());
    }

    /**
     * @param snapshot the knowledge
     * @return the stockpiles and price floors on record, to be read on a scenario's date
     */
    public static BuffersInForce buffers(KnowledgeSnapshot snapshot) {
        return new BuffersInForce(
                snapshot.policy().stockpiles(), snapshot.policy().priceFloors(), snapshot.minerals(), snapshot.lists());
    }

    /**
     * @param spec a scenario
     * @param snapshot the knowledge
     * @return the scenario with its supplyFrom markets (from the dependency query) and project partners filled
     */
    public static ScenarioSpec resolve(ScenarioSpec spec, KnowledgeSnapshot snapshot) {
        return SnapshotSupply.resolve(
                spec,
                snapshot,
                (mineral, perspective) ->
                        Dependency.of(snapshot, mineral, perspective).supplyMix());
    }
}
