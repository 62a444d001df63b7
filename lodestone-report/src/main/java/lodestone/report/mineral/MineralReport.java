package lodestone.report.mineral;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import lodestone.model.chain.Stage;
import lodestone.model.geo.Area;
import lodestone.model.geo.CountryCode;
import lodestone.model.knowledge.KnowledgeSnapshot;
import lodestone.model.list.CriticalMineralList;
import lodestone.model.mineral.Mineral;
import lodestone.model.mineral.MineralGroup;
import lodestone.model.mineral.MineralId;
import lodestone.model.observation.Flag;
import lodestone.model.observation.Metric;
import lodestone.model.observation.Observation;
import lodestone.model.observation.Period;
import lodestone.model.provenance.SourceId;
import lodestone.report.Names;
import lodestone.report.dependency.DependencyView;
import lodestone.report.resolve.Resolved;
import lodestone.report.source.SourceView;
import lodestone.report.table.Column;
import lodestone.report.table.Format;
import lodestone.report.table.Table;
import lodestone.report.table.Tabular;
import lodestone.report.table.Unit;
import lodestone.risk.concentration.ResolutionPolicy;
import lodestone.risk.concentration.StageCoverage;
import lodestone.risk.concentration.SupplyShareCalculator;
import lodestone.risk.concentration.SupplyShares;
import lodestone.risk.dependency.Dependency;
import org.jspecify.annotations.Nullable;

/**
 * Everything Lodestone knows about one mineral: who supplies it at each stage and how concentrated that is, its
 * reserves, the perspective country's dependency, list memberships and the sources used. Its CSV form is one row per
 * producer share.
 *
 * @param resolved how the name asked for resolved to the mineral ("Dy: element symbol of dysprosium"), the basis the
 *     command line prints above its table
 * @param mineral the mineral
 * @param year the year asked for, or null for the latest year of each series
 * @param stages per stage, the share sets, the preferred one first
 * @param reserves reserves by country
 * @param dependency the perspective country's dependency (the dependency query)
 * @param lists list memberships
 * @param resolutionPolicy how the preferred share set is chosen
 * @param sources every source used above
 * @param coverage per stage, which sources give shares and their data years, or "no source"
 * @param editions the editions of recurring publications the sources are, with how they were chosen, e.g. "Editions:
 *     mcs-2025, mcs-2026 (latest edition of each data year)"; empty when no source is one
 */
public record MineralReport(
        Resolved resolved,
        MineralInfo mineral,
        @Nullable Integer year,
        List<StageView> stages,
        List<ReserveView> reserves,
        DependencyView dependency,
        List<ListMembership> lists,
        String resolutionPolicy,
        List<SourceView> sources,
        List<CoverageView> coverage,
        String editions)
        implements Tabular {

    /**
     * One producer's share with the set it belongs to, a row of the CSV form.
     *
     * @param stage the stage id
     * @param set the share set
     * @param share the producer's share
     */
    public record ShareRow(String stage, SupplySetView set, ShareView share) {}

    /** The columns of a producer's share: all in CSV, the readable ones in a set's table. */
    public static final List<Column<ShareRow>> SHARE_COLUMNS = List.of(
            Column.<ShareRow>of("mineral", null, r -> r.set().mineral()),
            Column.<ShareRow>of("stage", null, ShareRow::stage),
            Column.<ShareRow>of("series", null, r -> r.set().series()),
            Column.<ShareRow>of("period", null, r -> r.set().period()),
            Column.<ShareRow>of("preferred", null, r -> r.set().preferred()),
            Column.<ShareRow>of("country", null, r -> r.share().country()),
            Column.<ShareRow>of("name", null, r -> r.share().name()),
            Column.<ShareRow>of(
                    null,
                    "  COUNTRY",
                    r -> "  " + r.share().name() + " (" + r.share().country() + ")"),
            Column.<ShareRow>quantity("quantity", "QUANTITY", r -> r.share().quantity(), Unit.ROW_UNIT),
            Column.<ShareRow>of("unit", "UNIT", r -> r.share().unit()),
            Column.<ShareRow>percent("share", "SHARE", r -> r.share().share())
                    .shownAs(r -> (r.share().flags().contains("less-than") ? "<" : "")
                            + Format.percent(r.share().share())),
            Column.<ShareRow>of("flags", "FLAGS", r -> r.share().flags()),
            Column.<ShareRow>of(null, "NOTE", r -> r.share().note()),
            Column.<ShareRow>of("source", null, r -> r.share().source().id()),
            Column.<ShareRow>of("locator", null, r -> r.share().locator()));

    /** The columns of a group's members at one stage, one row per member's share set (table only). */
    public static final List<Column<SupplySetView>> MEMBER_COLUMNS = List.of(
            Column.<SupplySetView>of(null, "ELEMENT", SupplySetView::mineral),
            Column.<SupplySetView>of(null, "LARGEST", s -> s.shares().get(0).name()),
            Column.<SupplySetView>of(
                            null, "SHARE", s -> Format.percent(s.shares().get(0).share()))
                    .in(Unit.PERCENT),
            Column.<SupplySetView>of(
                    null, "2ND", s -> s.shares().size() > 1 ? s.shares().get(1).name() : ""),
            Column.<SupplySetView>of(
                            null,
                            "SHARE",
                            s -> s.shares().size() > 1
                                    ? Format.percent(s.shares().get(1).share())
                                    : "")
                    .in(Unit.PERCENT),
            Column.<SupplySetView>quantity(null, "HHI", SupplySetView::hhi, Unit.HHI),
            Column.<SupplySetView>percent(null, "TOP-3", SupplySetView::top3Share));

    /** The columns of reserves (table). */
    public static final List<Column<ReserveView>> RESERVE_COLUMNS = List.of(
            Column.<ReserveView>of(null, "COUNTRY", ReserveView::name),
            Column.<ReserveView>of(null, "RESERVES", r -> r.quantity() == null ? r.raw() : Format.number(r.quantity()))
                    .in(Unit.ROW_UNIT),
            Column.<ReserveView>of(null, "UNIT", ReserveView::unit),
            Column.<ReserveView>of(null, "FLAGS", ReserveView::flags),
            Column.<ReserveView>of(null, "NOTE", ReserveView::note));

    @Override
    public Table<ShareRow> table() {
        List<ShareRow> rows = new ArrayList<>();
        for (StageView stage : stages) {
            for (SupplySetView set : stage.supply()) {
                for (ShareView share : set.shares()) {
                    rows.add(new ShareRow(stage.stage(), set, share));
                }
            }
        }
        return Table.of(SHARE_COLUMNS, rows).width(60);
    }

    /**
     * @param stage the stage id of the set
     * @param set one share set
     * @return its producers as a table
     */
    public Table<ShareRow> table(String stage, SupplySetView set) {
        return Table.of(
                        SHARE_COLUMNS,
                        set.shares().stream()
                                .map(share -> new ShareRow(stage, set, share))
                                .toList())
                .width(60);
    }

    /**
     * Which sources give shares at a stage.
     *
     * @param stage stage id
     * @param sources e.g. "usgs-mcs-2026-data 2025; eu-crm-2023-study 2016-2020", or "no source"
     * @param covered true if any source gives shares at this stage
     */
    public record CoverageView(String stage, String sources, boolean covered) {
        static List<CoverageView> of(StageCoverage coverage) {
            return coverage.stages().stream()
                    .map(entry -> new CoverageView(entry.stage().id(), entry.describe(), entry.covered()))
                    .toList();
        }
    }

    /**
     * @param id id
     * @param name name
     * @param symbol chemical symbol or null
     * @param groups groups
     * @param members for a group, its members
     */
    public record MineralInfo(
            String id, String name, @Nullable String symbol, List<String> groups, List<String> members) {
        static MineralInfo of(Mineral mineral) {
            return new MineralInfo(
                    mineral.id().value(),
                    mineral.name(),
                    mineral.symbol().orElse(null),
                    mineral.groups().stream().map(MineralGroup::id).sorted().toList(),
                    mineral.members().stream().map(MineralId::value).toList());
        }
    }

    /**
     * @param stage stage id
     * @param supply share sets of this stage: the mineral's own (preferred first), then its group members'
     */
    public record StageView(String stage, List<SupplySetView> supply) {}

    /**
     * One set of shares.
     *
     * @param mineral the mineral the set is about (a member, for a group's page)
     * @param series the source's series label
     * @param period the period
     * @param year the last year of the period
     * @param basis what quantities count
     * @param preferred true if the resolution policy shows this set first for its mineral and stage
     * @param worldTotal the world total in {@code unit}, or null
     * @param unit unit of quantities
     * @param totalComputed true if no world total was published as a number and the sum of the listed lines is used
     * @param totalBasis what the total rests on, e.g. "published world total, rounded" or "world total withheld (W);
     *     sum of the listed countries used"
     * @param worldFlags flags on the world total
     * @param hhi HHI of the named producers, 0–10,000 (a lower bound)
     * @param hhiUpperBound HHI with the remainder counted as one producer
     * @param top3Share the three largest producers' combined share
     * @param remainderShare the share not attributed to a named producer
     * @param remainderTreatment how the remainder is treated
     * @param shares the producers' shares, largest first
     * @param notCounted lines not counted as producers, with why
     * @param sources source ids
     */
    public record SupplySetView(
            String mineral,
            String series,
            String period,
            int year,
            String basis,
            boolean preferred,
            @Nullable Double worldTotal,
            @Nullable String unit,
            boolean totalComputed,
            String totalBasis,
            List<String> worldFlags,
            double hhi,
            double hhiUpperBound,
            double top3Share,
            double remainderShare,
            String remainderTreatment,
            List<ShareView> shares,
            List<NotCountedView> notCounted,
            List<String> sources) {}

    /**
     * @param area area code
     * @param name display name
     * @param quantity quantity or null
     * @param flags flags explaining why it is not counted
     * @param note the source's note
     */
    public record NotCountedView(
            String area, String name, @Nullable Double quantity, List<String> flags, String note) {}

    /**
     * @param country area code
     * @param name display name
     * @param quantity reserves in {@code unit}, or null when qualitative or withheld
     * @param unit unit
     * @param flags flags
     * @param raw the cell as published
     * @param note the source's note
     * @param series series label
     * @param year year
     * @param source source id
     */
    public record ReserveView(
            String country,
            String name,
            @Nullable Double quantity,
            @Nullable String unit,
            List<String> flags,
            String raw,
            String note,
            String series,
            int year,
            String source) {}

    /**
     * @param id list id
     * @param name list name
     * @param published publication date
     * @param entry the entry as published that covers this mineral
     * @param note the entry's note
     */
    public record ListMembership(String id, String name, String published, String entry, String note) {}

    /**
     * Builds the report.
     *
     * @param snapshot the snapshot
     * @param resolved the mineral asked for, resolved
     * @param year a year, or empty for the latest year of each series
     * @param perspective the importing country whose dependency is shown
     * @return the report
     */
    public static MineralReport build(
            KnowledgeSnapshot snapshot, Resolved resolved, OptionalInt year, CountryCode perspective, String choice) {
        MineralId id = new MineralId(resolved.id());
        Mineral mineral = snapshot.minerals().require(id);
        Set<SourceId> used = new TreeSet<>();
        Map<Stage, List<SupplySetView>> byStage = new LinkedHashMap<>();
        for (Stage stage : Stage.values()) {
            List<SupplySetView> own = sets(snapshot, id, stage, year, used);
            List<SupplySetView> views = new ArrayList<>(own);
            if (own.isEmpty()) {
                for (MineralId member : mineral.members()) {
                    views.addAll(sets(snapshot, member, stage, year, used));
                }
            }
            if (!views.isEmpty()) {
                byStage.put(stage, views);
            }
        }
        List<StageView> stages = new ArrayList<>();
        byStage.forEach((stage, views) -> stages.add(new StageView(stage.id(), views)));
        List<ReserveView> reserves = reserves(snapshot, id, year, used);
        DependencyView dependency = DependencyView.of(snapshot, Dependency.of(snapshot, id, perspective));
        dependency.sources().forEach(source -> used.add(SourceId.of(source)));
        List<ListMembership> lists = new ArrayList<>();
        for (CriticalMineralList list : snapshot.lists()) {
            Optional<CriticalMineralList.Entry> direct = list.entries().stream()
                    .filter(entry -> entry.minerals().contains(id))
                    .findFirst();
            if (direct.isPresent()) {
                lists.add(new ListMembership(
                        list.id(),
                        list.name(),
                        list.published().toString(),
                        direct.get().name(),
                        direct.get().note()));
                used.add(list.source());
                continue;
            }
            List<String> covered = list.entries().stream()
                    .filter(entry -> entry.minerals().stream().anyMatch(mineral.members()::contains))
                    .map(CriticalMineralList.Entry::name)
                    .toList();
            if (!covered.isEmpty()) {
                lists.add(new ListMembership(
                        list.id(),
                        list.name(),
                        list.published().toString(),
                        String.join(", ", covered),
                        "the list names members of this group, not the group itself"));
                used.add(list.source());
            }
        }
        List<SourceView> sources = used.stream()
                .map(source -> SourceView.of(snapshot.source(source)))
                .toList();
        return new MineralReport(
                resolved,
                MineralInfo.of(mineral),
                year.isPresent() ? year.getAsInt() : null,
                stages,
                reserves,
                dependency,
                lists,
                ResolutionPolicy.DESCRIPTION,
                sources,
                CoverageView.of(StageCoverage.of(snapshot, id)),
                editions(sources, choice));
    }

    /**
     * @param sources the sources a report cites
     * @param choice how the editions were chosen, e.g. "latest edition of each data year"
     * @return a line naming the editions among them with the choice, or "" when none is an edition
     */
    public static String editions(List<SourceView> sources, String choice) {
        Set<String> editions = new TreeSet<>();
        sources.stream().map(SourceView::edition).filter(Objects::nonNull).forEach(editions::add);
        return editions.isEmpty() ? "" : "Editions: " + String.join(", ", editions) + " (" + choice + ")";
    }

    private static List<SupplySetView> sets(
            KnowledgeSnapshot snapshot, MineralId mineral, Stage stage, OptionalInt year, Set<SourceId> used) {
        List<SupplyShares> all = SupplyShareCalculator.all(snapshot, mineral).stream()
                .filter(shares -> shares.stage() == stage)
                .toList();
        List<SupplyShares> chosen = new ArrayList<>();
        Map<String, SupplyShares> latest = new LinkedHashMap<>();
        for (SupplyShares shares : all) {
            if (year.isPresent() && (shares.total().isPresent() || shares.totalComputed())) {
                if (shares.period().endYear() == year.getAsInt()) {
                    chosen.add(shares);
                }
                continue;
            }
            latest.merge(shares.series(), shares, (a, b) -> a.period().compareTo(b.period()) >= 0 ? a : b);
        }
        Map<String, Period> newest = new LinkedHashMap<>();
        latest.values().stream()
                .filter(shares -> shares.total().isPresent() || shares.totalComputed())
                .forEach(shares ->
                        newest.merge(shares.basis().id(), shares.period(), (a, b) -> a.compareTo(b) >= 0 ? a : b));
        latest.values().stream()
                .filter(shares -> !(shares.total().isPresent() || shares.totalComputed())
                        || shares.period().equals(newest.get(shares.basis().id())))
                .forEach(chosen::add);
        Optional<SupplyShares> preferred = ResolutionPolicy.preferred(snapshot, chosen);
        chosen.sort(ResolutionPolicy.order(snapshot));
        List<SupplySetView> views = new ArrayList<>();
        for (SupplyShares shares : chosen) {
            used.addAll(shares.sources());
            views.add(
                    view(snapshot, shares, preferred.map(p -> p.equals(shares)).orElse(false)));
        }
        return views;
    }

    private static SupplySetView view(KnowledgeSnapshot snapshot, SupplyShares shares, boolean preferred) {
        String unit =
                shares.producers().get(0).quantity().map(q -> q.unit().symbol()).orElse(null);
        return new SupplySetView(
                shares.mineral().value(),
                shares.series(),
                shares.period().toString(),
                shares.period().endYear(),
                shares.basis().id(),
                preferred,
                shares.total().map(Observation::valueOrNaN).orElse(null),
                unit,
                shares.totalComputed(),
                shares.totalBasis(),
                shares.total().map(MineralReport::flags).orElse(List.of()),
                shares.hhi(),
                shares.hhiUpperBound(),
                shares.top3(),
                shares.remainder(),
                shares.treatment().description(),
                shares.producers().stream()
                        .map(share ->
                                ShareView.of(snapshot, share, shares.stage().id()))
                        .toList(),
                shares.notCounted().stream()
                        .map(line -> new NotCountedView(
                                line.area().code(),
                                Names.area(snapshot, line.area()),
                                line.quantity().map(q -> q.value()).orElse(null),
                                flags(line),
                                line.note()))
                        .toList(),
                shares.sources().stream().map(SourceId::value).toList());
    }

    private static List<ReserveView> reserves(
            KnowledgeSnapshot snapshot, MineralId mineral, OptionalInt year, Set<SourceId> used) {
        List<Observation> all = snapshot.observations(mineral, Metric.RESERVES);
        int latest = all.stream().mapToInt(o -> o.period().endYear()).max().orElse(0);
        int wanted = year.isPresent() && all.stream().anyMatch(o -> o.period().endYear() == year.getAsInt())
                ? year.getAsInt()
                : latest;
        return all.stream()
                .filter(o -> o.period().endYear() == wanted)
                .sorted(Comparator.comparing((Observation o) -> o.area() instanceof Area.World ? 0 : 1)
                        .thenComparing(o -> -(Double.isNaN(o.valueOrNaN()) ? -1 : o.valueOrNaN())))
                .map(o -> {
                    used.add(o.provenance().source());
                    return new ReserveView(
                            o.area().code(),
                            Names.area(snapshot, o.area()),
                            o.quantity().map(q -> q.value()).orElse(null),
                            o.quantity().map(q -> q.unit().symbol()).orElse(null),
                            flags(o),
                            o.raw(),
                            o.note(),
                            o.series(),
                            o.period().endYear(),
                            o.provenance().source().value());
                })
                .toList();
    }

    private static List<String> flags(Observation observation) {
        return observation.flags().stream().map(Flag::id).sorted().toList();
    }
}
