package lodestone.report.mineral;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import lodestone.model.chain.Stage;
import lodestone.model.geo.Area;
import lodestone.model.knowledge.KnowledgeSnapshot;
import lodestone.model.mineral.Mineral;
import lodestone.model.mineral.MineralId;
import lodestone.model.observation.Flag;
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
 * <p>A series is what its values measure, its {@link SeriesKey} (mineral, metric, stage and basis, unit, product),
 * whatever label an edition or a table gives it: MCS 2025's {@code NIR_Flake_pct}, its Fig. 2's "MICA (NATURAL), scrap
 * and flake" and MCS 2026's "Scrap and flake: Net import reliance as a percentage of apparent consumption" are one
 * series. One figure is one series' value of one data year in one edition: where an edition prints it in several
 * tables (Fig. 2, the salient statistics, T5) it counts once, and a figure's or summary table's line (Fig. 2, T5, T7)
 * that equals the value of exactly one series of the same edition, year, metric and unit is that series' figure. Where
 * an edition's tables give one series two values in a year, both are shown. Where several editions
 * give a figure, the newest edition's value is shown, never an average, and the row keeps the previous edition's value
 * and label; a row is marked revised when the two values differ. Figures only an older edition gives (its earliest
 * year, a series the newer edition dropped) are shown from that edition. Values with different keys are never paired.
 *
 * @param mineral mineral id, name or symbol
 */
public record MineralHistoryQuery(String mineral) implements Query<MineralHistory> {
    @Override
    public MineralHistory answer(ReportContext context) {
        KnowledgeSnapshot snapshot = context.everyEdition();
        Mineral subject = Lookup.mineral(snapshot, mineral, "mineral");
        return new MineralHistory(subject.id().value(), subject.name(), rows(figures(snapshot, subject.id())));
    }

    /**
     * One edition's value of a series in one data year.
     *
     * @param key what it measures
     * @param edition the edition that gives it
     * @param observation the value as stored
     */
    record Figure(SeriesKey key, Edition edition, Observation observation) {
        int year() {
            return observation.period().endYear();
        }

        double value() {
            return observation.valueOrNaN();
        }
    }

    /**
     * @param snapshot the knowledge with every edition
     * @param mineral the mineral
     * @return the mineral's figures of the history's metrics, each edition's once (see the class comment)
     */
    static List<Figure> figures(KnowledgeSnapshot snapshot, MineralId mineral) {
        Map<Observation, Edition> editions = new LinkedHashMap<>();
        Map<String, Set<String>> seriesOf = new HashMap<>();
        for (Observation o : snapshot.observations(mineral)) {
            Optional<Edition> edition = snapshot.source(o.provenance().source()).edition();
            if (edition.isPresent() && o.quantity().isPresent() && o.period().isYear() && wanted(o)) {
                editions.put(o, edition.get());
                seriesOf.computeIfAbsent(table(edition.get(), o), k -> new HashSet<>())
                        .add(o.series());
            }
        }
        List<Figure> all = new ArrayList<>();
        editions.forEach((o, edition) -> all.add(new Figure(
                SeriesCrosswalk.key(
                        o,
                        edition,
                        Objects.requireNonNull(seriesOf.get(table(edition, o))).size() > 1),
                edition,
                o)));
        // a form's own table first, so that a figure printed again in a figure or summary table keeps that label
        all.sort(Comparator.comparing(
                (Figure f) -> SeriesKey.isCommodityTable(f.observation().series())));
        List<Figure> once = new ArrayList<>();
        for (Figure f : all) {
            List<Figure> same =
                    once.stream().filter(kept -> sameFigure(kept, f)).toList();
            boolean printedAgain = same.stream().anyMatch(kept -> kept.key().equals(f.key()))
                    || (SeriesKey.isCommodityTable(f.observation().series()) && same.size() == 1);
            if (!printedAgain) {
                once.add(f);
            }
        }
        return once;
    }

    /** @return the edition's world table the observation is a line of: edition, stage, basis, unit and year */
    private static String table(Edition edition, Observation o) {
        return String.join(
                "|",
                edition.id(),
                o.metric().id(),
                o.stage().map(Stage::id).orElse(""),
                o.basis().id(),
                o.quantity().orElseThrow().unit().name(),
                Integer.toString(o.period().endYear()));
    }

    /**
     * @return whether the two are one edition's value of one year, metric and unit: the same figure if they are of one
     *     series, or if {@code f} is a figure's or summary table's line and {@code kept} the only such value
     */
    private static boolean sameFigure(Figure kept, Figure f) {
        return kept.key().withProduct("").equals(f.key().withProduct(""))
                && kept.edition().equals(f.edition())
                && kept.year() == f.year()
                && Double.compare(kept.value(), f.value()) == 0;
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

    /** A series' data year, by its key's text: every edition's figures of it are paired. */
    private record Slot(String key, int year) {}

    /**
     * @param figures every edition's figures
     * @return by metric, stage, key and year: the newest edition's figures, each with the newest older edition's value
     *     of the same series and year, then the older editions' figures of series and years the newer omit
     */
    private static List<MineralHistory.Row> rows(List<Figure> figures) {
        Map<Slot, List<Figure>> slots =
                new TreeMap<>(Comparator.comparing((Slot s) -> s.key()).thenComparingInt(Slot::year));
        for (Figure f : figures) {
            slots.computeIfAbsent(new Slot(f.key().id(), f.year()), k -> new ArrayList<>())
                    .add(f);
        }
        List<MineralHistory.Row> rows = new ArrayList<>();
        for (List<Figure> slot : slots.values()) {
            TreeMap<Edition, List<Figure>> byEdition = new TreeMap<>(Comparator.reverseOrder());
            slot.forEach(f -> byEdition
                    .computeIfAbsent(f.edition(), k -> new ArrayList<>())
                    .add(f));
            Map.Entry<Edition, List<Figure>> newest = byEdition.firstEntry();
            Optional<Figure> previous = Optional.ofNullable(byEdition.higherEntry(newest.getKey()))
                    .map(e -> e.getValue().get(0));
            // an edition whose tables disagree on one figure shows each value
            newest.getValue().forEach(f -> rows.add(row(f, previous)));
        }
        rows.sort(Comparator.comparing((MineralHistory.Row r) -> METRICS.indexOf(r.metric()))
                .thenComparing(r -> r.stage() == null ? "" : r.stage())
                .thenComparing(MineralHistory.Row::key)
                .thenComparingInt(MineralHistory.Row::year));
        return rows;
    }

    /** The order of the metrics in the history. */
    private static final List<String> METRICS = List.of("production", "net-import-reliance", "price");

    private static MineralHistory.Row row(Figure f, Optional<Figure> previous) {
        Observation o = f.observation();
        double value = o.valueOrNaN();
        Double before = previous.map(Figure::value).orElse(null);
        return new MineralHistory.Row(
                o.metric().id(),
                o.stage().map(Stage::id).orElse(null),
                f.year(),
                value,
                o.quantity().orElseThrow().unit().symbol(),
                o.flags().contains(Flag.ESTIMATED),
                o.flags().stream().map(Flag::id).sorted().toList(),
                o.raw(),
                f.key().id(),
                f.key().product(),
                o.series(),
                o.area().code(),
                f.edition().id(),
                o.provenance().source().value(),
                o.provenance().locator(),
                previous.map(p -> p.edition().id()).orElse(null),
                before,
                previous.map(p -> p.observation().series()).orElse(null),
                before != null && Double.compare(before, value) != 0);
    }
}
