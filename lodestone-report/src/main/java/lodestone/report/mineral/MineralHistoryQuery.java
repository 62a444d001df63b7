package lodestone.report.mineral;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import lodestone.model.chain.Stage;
import lodestone.model.geo.Area;
import lodestone.model.knowledge.KnowledgeSnapshot;
import lodestone.model.mineral.Mineral;
import lodestone.model.observation.Flag;
import lodestone.model.observation.Metric;
import lodestone.model.observation.Observation;
import lodestone.model.provenance.Edition;
import lodestone.report.Lookup;
import lodestone.report.Query;
import lodestone.report.ReportContext;

/**
 * A mineral's figures by data year across every edition of the recurring publications in the store (USGS MCS 2025
 * gives 2020–2024, MCS 2026 gives 2021–2025): world production by stage, the United States' net import reliance and
 * the prices the salient statistics give.
 *
 * <p>One figure is one metric, stage, basis and data year (and, where an edition gives several series of it, one series
 * label; one value an edition prints in several of its tables counts once, from the first table read). Where several editions give it, the newest edition's value is shown, never an average, and the row keeps the
 * previous edition's value; a row is marked revised when the two differ. Figures only an older edition gives (its
 * earliest year) are shown from that edition.
 *
 * @param mineral mineral id, name or symbol
 */
public record MineralHistoryQuery(String mineral) implements Query<MineralHistory> {
    @Override
    public MineralHistory answer(ReportContext context) {
        KnowledgeSnapshot snapshot = context.everyEdition();
        Mineral subject = Lookup.mineral(snapshot, mineral, "mineral");
        return new MineralHistory(subject.id().value(), subject.name(), rows(snapshot, subject));
    }

    /** The fields one figure shares across editions. */
    private record Key(Metric metric, String stage, String basis, int year) {}

    /** One edition's observation of a figure. */
    private record Edited(Edition edition, Observation observation) {}

    private static List<MineralHistory.Row> rows(KnowledgeSnapshot snapshot, Mineral subject) {
        Map<Key, List<Edited>> figures = new TreeMap<>(Comparator.comparing((Key k) -> k.metric())
                .thenComparing(Key::stage)
                .thenComparing(Key::basis)
                .thenComparingInt(Key::year));
        for (Observation o : snapshot.observations(subject.id())) {
            Optional<Edition> edition = snapshot.source(o.provenance().source()).edition();
            if (edition.isEmpty() || o.quantity().isEmpty() || !o.period().isYear() || !wanted(o)) {
                continue;
            }
            Key key = new Key(
                    o.metric(),
                    o.stage().map(Stage::id).orElse(""),
                    o.basis().id(),
                    o.period().endYear());
            figures.computeIfAbsent(key, k -> new ArrayList<>()).add(new Edited(edition.get(), o));
        }
        List<MineralHistory.Row> rows = new ArrayList<>();
        figures.values().forEach(editions -> rows.addAll(newestFirst(editions)));
        return rows;
    }

    /** World production, the U.S. net import reliance (of all forms) and prices: the series over years. */
    private static boolean wanted(Observation o) {
        return switch (o.metric()) {
            case PRODUCTION -> o.area() instanceof Area.World;
            case NET_IMPORT_RELIANCE -> o.area().code().equals("US");
            case PRICE -> true;
            default -> false;
        };
    }

    /**
     * @param figure every edition's observations of one figure
     * @return the newest edition's observations, each with the newest earlier edition's value of the same series (the
     *     only one when each edition gives one), then the older editions' observations of series the newer omit
     */
    private static List<MineralHistory.Row> newestFirst(List<Edited> figure) {
        TreeMap<Edition, List<Observation>> byEdition = new TreeMap<>(Comparator.reverseOrder());
        for (Edited e : figure) {
            List<Observation> own = byEdition.computeIfAbsent(e.edition(), k -> new ArrayList<>());
            // one edition printing one value in several tables (Fig. 2, the salient statistics, T5) is one figure
            double value = e.observation().valueOrNaN();
            if (e.observation().metric() == Metric.PRICE || own.stream().noneMatch(o -> o.valueOrNaN() == value)) {
                own.add(e.observation());
            }
        }
        List<MineralHistory.Row> rows = new ArrayList<>();
        Set<Observation> superseded = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Map.Entry<Edition, List<Observation>> entry : byEdition.entrySet()) {
            List<Observation> own = entry.getValue();
            for (Observation o : own) {
                if (superseded.contains(o)) {
                    continue;
                }
                List<Edited> older = new ArrayList<>();
                byEdition
                        .tailMap(entry.getKey(), false)
                        .forEach((edition, observations) ->
                                partner(o, own.size(), observations).ifPresent(p -> older.add(new Edited(edition, p))));
                older.forEach(e -> superseded.add(e.observation()));
                rows.add(row(entry.getKey(), o, older.stream().findFirst()));
            }
        }
        rows.sort(Comparator.comparing(MineralHistory.Row::series));
        return rows;
    }

    /** Pairs one edition's observation with an older edition's: the only one each gives, else the same series label. */
    private static Optional<Observation> partner(Observation o, int siblings, List<Observation> older) {
        if (siblings == 1 && older.size() == 1) {
            return Optional.of(older.get(0));
        }
        return older.stream()
                .filter(p -> p.series().equalsIgnoreCase(o.series()))
                .findFirst();
    }

    private static MineralHistory.Row row(Edition edition, Observation o, Optional<Edited> previous) {
        double value = o.valueOrNaN();
        Double before = previous.map(p -> p.observation().valueOrNaN()).orElse(null);
        return new MineralHistory.Row(
                o.metric().id(),
                o.stage().map(Stage::id).orElse(null),
                o.period().endYear(),
                value,
                o.quantity().orElseThrow().unit().symbol(),
                o.flags().contains(Flag.ESTIMATED),
                o.flags().stream().map(Flag::id).sorted().toList(),
                o.raw(),
                o.series(),
                o.area().code(),
                edition.id(),
                o.provenance().source().value(),
                o.provenance().locator(),
                previous.map(p -> p.edition().id()).orElse(null),
                before,
                before != null && Double.compare(before, value) != 0);
    }
}
