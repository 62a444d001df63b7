package lodestone.risk.concentration;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lodestone.model.chain.Stage;
import lodestone.model.knowledge.KnowledgeSnapshot;
import lodestone.model.mineral.Mineral;
import lodestone.model.mineral.MineralId;
import lodestone.model.observation.Period;
import lodestone.model.provenance.SourceId;

/**
 * Which sources give a mineral's supply shares at each stage, with their data years, and which stages no source gives.
 * Mining and processing are always listed (a stage without a source says "no source" rather than being left out);
 * metal, magnet and recycling are listed where a source gives them. A group with no set of its own at a stage (rare
 * earths at processing) is covered by its members' sets, and says so.
 *
 * @param mineral the mineral
 * @param stages the stages, in supply-chain order
 */
public record StageCoverage(MineralId mineral, List<StageCoverage.Entry> stages) {
    /** The stages every mineral's coverage lists, covered or not. */
    static final List<Stage> ALWAYS = List.of(Stage.MINING, Stage.PROCESSING);

    public StageCoverage {
        stages = List.copyOf(stages);
    }

    /**
     * One source's shares at a stage: the latest period of one series, taken by {@link StageCoverage#of} from a
     * {@link SupplyShares} set and its observations, whose records check these fields.
     *
     * @param mineral the mineral the shares are of (a member, when the stage is covered by a group's members)
     * @param source the source
     * @param series the source's series label
     * @param period the data years of the shares (the EU study's 2016–2020 average, USGS's 2025)
     * @param producers the number of named producers
     * @param largest the largest producer's share, if any
     */
    public record Coverage(
            MineralId mineral,
            SourceId source,
            String series,
            Period period,
            int producers,
            Optional<ProducerShare> largest) {}

    /**
     * @param stage the stage
     * @param sources what gives shares at it, newest period first; empty when no source does
     * @param fromMembers true if the sources are the group's members' (the group has none of its own)
     */
    public record Entry(Stage stage, List<Coverage> sources, boolean fromMembers) {
        public Entry {
            sources = List.copyOf(sources);
        }

        /** @return true if at least one source gives shares at this stage */
        public boolean covered() {
            return !sources.isEmpty();
        }

        /** @return e.g. "usgs-mcs-2026-data 2025; eu-crm-2023-study 2016-2020" or "no source" */
        public String describe() {
            if (sources.isEmpty()) {
                return "no source";
            }
            Map<String, List<String>> periods = new LinkedHashMap<>();
            for (Coverage coverage : sources) {
                List<String> list = periods.computeIfAbsent(coverage.source().value(), s -> new ArrayList<>());
                if (!list.contains(coverage.period().toString())) {
                    list.add(coverage.period().toString());
                }
            }
            List<String> parts = new ArrayList<>();
            periods.forEach((source, years) -> parts.add(source + " " + String.join(", ", years)));
            return String.join("; ", parts) + (fromMembers ? " (by member)" : "");
        }
    }

    /** @return the entry for a stage, if listed */
    public Optional<Entry> entry(Stage stage) {
        return stages.stream().filter(entry -> entry.stage() == stage).findFirst();
    }

    /**
     * @param snapshot the snapshot
     * @param mineral the mineral
     * @return its coverage
     */
    public static StageCoverage of(KnowledgeSnapshot snapshot, MineralId mineral) {
        Mineral found = snapshot.minerals().require(mineral);
        List<SupplyShares> own = SupplyShareCalculator.all(snapshot, mineral);
        List<SupplyShares> members = new ArrayList<>();
        for (MineralId member : found.members()) {
            members.addAll(SupplyShareCalculator.all(snapshot, member));
        }
        List<Entry> entries = new ArrayList<>();
        for (Stage stage : Stage.values()) {
            List<Coverage> ownCoverage = coverage(own, stage);
            List<Coverage> memberCoverage = ownCoverage.isEmpty() ? coverage(members, stage) : List.of();
            if (!ownCoverage.isEmpty()) {
                entries.add(new Entry(stage, ownCoverage, false));
            } else if (!memberCoverage.isEmpty()) {
                entries.add(new Entry(stage, memberCoverage, true));
            } else if (ALWAYS.contains(stage)) {
                entries.add(new Entry(stage, List.of(), false));
            }
        }
        return new StageCoverage(mineral, entries);
    }

    /** The latest set of each (mineral, source, series) at a stage, newest first. */
    private static List<Coverage> coverage(List<SupplyShares> sets, Stage stage) {
        Map<String, SupplyShares> latest = new LinkedHashMap<>();
        for (SupplyShares set : sets) {
            if (set.stage() != stage || set.producers().isEmpty()) {
                continue;
            }
            String key = set.mineral() + "|" + set.sources() + "|" + set.series();
            latest.merge(key, set, (a, b) -> a.period().compareTo(b.period()) >= 0 ? a : b);
        }
        return latest.values().stream()
                .sorted(Comparator.comparing(SupplyShares::period, Comparator.reverseOrder())
                        .thenComparing(set -> set.mineral().value())
                        .thenComparing(SupplyShares::series))
                .map(set -> new Coverage(
                        set.mineral(),
                        set.sources().iterator().next(),
                        set.series(),
                        set.period(),
                        set.producers().size(),
                        set.producers().stream().findFirst()))
                .toList();
    }
}
