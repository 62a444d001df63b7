package lodestone.report.scenario;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import lodestone.model.agreement.Project;
import lodestone.model.knowledge.KnowledgeSnapshot;
import lodestone.model.mineral.MineralId;
import lodestone.report.ClasspathText;
import lodestone.risk.dependency.Dependency;
import lodestone.sim.scenario.Market;
import lodestone.sim.scenario.Presets;
import lodestone.sim.scenario.ProjectPartner;
import lodestone.sim.scenario.ScenarioReader;
import lodestone.sim.scenario.ScenarioSpec;
import lodestone.sim.scenario.SnapshotSupply;
import lodestone.sim.sweep.PartnerSupply;

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

    /**
     * The partner projects {@code simulate} credits to a perspective's buyers, for the sweep: every project partner
     * of the presets written for that perspective, from the project records (country, expected start year, ramp-up,
     * probability of delivery) with the preset's capacity share and its basis. Generic partners without a project
     * record are left out: they have no country, so the sweep could not tell which supplier's cut they relieve. A
     * project named by two presets for the same mineral counts once, as the first preset gives it.
     *
     * @param snapshot the knowledge (its project records)
     * @param perspective the importing country, ISO 3166-1 alpha-2 as the presets write it
     * @param from the month the sweep's first month stands for: each project starts as its record says relative to it
     * @return partner supply by mineral, in preset order
     * @throws IllegalArgumentException if a preset names a project the knowledge base lacks or one without a start
     *     year or probability of delivery (the same refusal {@code simulate} gives)
     */
    public static Map<MineralId, List<PartnerSupply>> partnerSupply(
            KnowledgeSnapshot snapshot, String perspective, YearMonth from) {
        Map<MineralId, List<PartnerSupply>> out = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        for (String id : ids()) {
            ScenarioSpec spec = preset(id, snapshot);
            if (!spec.perspective().equals(perspective)) {
                continue;
            }
            for (Market market : spec.markets()) {
                for (ProjectPartner link : market.projectPartners()) {
                    if (!seen.add(market.mineral().value() + " " + link.project())) {
                        continue;
                    }
                    Project project = snapshot.policy().projects().stream()
                            .filter(p -> p.id().equals(link.project()))
                            .findFirst()
                            .orElseThrow(() -> new IllegalArgumentException("project (" + link.project()
                                    + ") of preset " + id + " is not in the knowledge base."));
                    out.computeIfAbsent(market.mineral(), k -> new ArrayList<>())
                            .add(PartnerSupply.of(
                                    project,
                                    link.capacityFraction(),
                                    "as in preset " + id + ": " + link.basis(),
                                    from));
                }
            }
        }
        return out;
    }
}
