package lodestone.report.screen;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import lodestone.model.geo.CountryCode;
import lodestone.model.knowledge.KnowledgeSnapshot;
import lodestone.model.list.CriticalMineralList;
import lodestone.model.mineral.MineralId;
import lodestone.plan.option.Catalogues;
import lodestone.plan.option.OptionReader;
import lodestone.plan.option.PlanOption;
import lodestone.report.Defaults;
import lodestone.report.Lookup;
import lodestone.report.QueryException;
import lodestone.risk.dependency.Dependency;
import lodestone.screen.ScreenReader;
import lodestone.screen.ScreenSpec;
import lodestone.screen.job.JobCodec;
import lodestone.screen.job.ScreenGrid;
import lodestone.screen.job.ScreenJob;
import lodestone.screen.job.SupplyMix;

/**
 * The job of a screen spec over the knowledge base: its minerals (a list's members or named ids), the supply mix of
 * each from the one dependency computation ({@link Dependency}, with a group standing in for an element and saying
 * so), and the shipped option catalogues where the spec plans. The face runs the job with an engine and renders it.
 */
public final class ScreenJobs {
    private ScreenJobs() {}

    /**
     * @param text a screen spec (YAML or JSON)
     * @param name where it came from, for messages
     * @return the spec
     */
    public static ScreenSpec spec(String text, String name) {
        return ScreenReader.read(text, name);
    }

    /**
     * @param job a job
     * @return it as JSON, for spark-submit ({@code lodestone screen --prepare})
     */
    public static String json(ScreenJob job) {
        return JobCodec.write(job);
    }

    /**
     * @param screen the spec
     * @param snapshot the knowledge base
     * @return the job, every cell expanded
     * @throws QueryException naming {@code minerals.list} or {@code minerals} when the spec names what the knowledge
     *     base does not hold
     */
    public static ScreenJob job(ScreenSpec screen, KnowledgeSnapshot snapshot) {
        List<MineralId> minerals = minerals(screen, snapshot);
        Map<String, List<PlanOption>> catalogues = new LinkedHashMap<>();
        if (screen.plan().isPresent()) {
            for (String perspective : screen.perspectives()) {
                for (MineralId mineral : minerals) {
                    Catalogues.text(mineral.value(), perspective)
                            .ifPresent(text -> catalogues.put(
                                    ScreenJob.catalogueKey(perspective, mineral),
                                    OptionReader.read(
                                                    text,
                                                    mineral.value() + "-" + perspective.toLowerCase(Locale.ROOT)
                                                            + " (shipped)",
                                                    snapshot,
                                                    screen.start())
                                            .options()));
                }
            }
        }
        return ScreenGrid.expand(
                screen, minerals, (perspective, mineral) -> mix(snapshot, perspective, mineral), catalogues);
    }

    private static Optional<SupplyMix> mix(KnowledgeSnapshot snapshot, String perspective, MineralId mineral) {
        if (!perspective.equals(Defaults.PERSPECTIVE)) {
            // The knowledge base has net import reliance and import sources for the United States only.
            return Optional.empty();
        }
        return Dependency.of(snapshot, mineral, CountryCode.of(perspective))
                .supplyMix()
                .map(found -> new SupplyMix(found.imports(), found.basis()));
    }

    private static List<MineralId> minerals(ScreenSpec screen, KnowledgeSnapshot snapshot) {
        if (screen.minerals().list().isPresent()) {
            CriticalMineralList list =
                    Lookup.list(snapshot, screen.minerals().list().get(), "minerals.list");
            TreeSet<MineralId> members = new TreeSet<>();
            list.entries().forEach(entry -> members.addAll(entry.minerals()));
            return List.copyOf(members);
        }
        List<MineralId> ids = new ArrayList<>();
        for (MineralId id : screen.minerals().ids()) {
            ids.add(Lookup.mineral(snapshot, id.value(), "minerals").id());
        }
        return ids;
    }
}
