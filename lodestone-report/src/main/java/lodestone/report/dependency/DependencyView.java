package lodestone.report.dependency;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import lodestone.model.geo.Area;
import lodestone.model.knowledge.KnowledgeSnapshot;
import lodestone.model.observation.Flag;
import lodestone.model.observation.Observation;
import lodestone.model.supply.SupplyMix;
import lodestone.report.Names;
import lodestone.report.table.Column;
import lodestone.report.table.Format;
import lodestone.report.table.Table;
import lodestone.report.table.Tabular;
import lodestone.report.table.Unit;
import lodestone.risk.dependency.Dependency;
import lodestone.risk.index.PerspectiveDependency;
import org.jspecify.annotations.Nullable;

/**
 * How much a perspective country depends on imports of a mineral, and on whom (see {@code docs/methods/dependency.md}).
 *
 * @param perspective the importing country, ISO alpha-2
 * @param mineral the mineral asked about
 * @param dataFrom the mineral whose import data was used (the mineral itself, or a group it belongs to)
 * @param netImportReliance the net import reliance used, a fraction of apparent consumption, or null if unknown
 * @param nirPeriod its period, or null
 * @param nirRaw the cell as published, or null
 * @param nirSource its source id, or null
 * @param relianceHistory every net import reliance on record for the perspective, newest first
 * @param importSources the import sources: shares where published, else ranks (order only)
 * @param exposures direct and look-through exposure to each supplier country, largest first
 * @param sharesAssumed true if world supply shares stood in for import shares
 * @param supplyMix the perspective's supply by source (what simulate and sweep use), or null when unknown or when the
 *     reliance is implied by sourcing shares (the EU)
 * @param note what was assumed or missing
 * @param sources the ids of every source used above
 * @param dependency the dependency the risk index scores as D (the largest look-through exposure, a fraction of
 *     apparent consumption), or null when unknown (the index then assumes 0.5)
 * @param basis what D rests on: measured, proxied-by-world-supply or unknown
 * @param largestSupplier the supplier behind D (ISO alpha-2), or null
 * @param parts the basis of each part of D (net import reliance, import shares, look-through) with its sources
 */
public record DependencyView(
        String perspective,
        String mineral,
        String dataFrom,
        @Nullable Double netImportReliance,
        @Nullable String nirPeriod,
        @Nullable String nirRaw,
        @Nullable String nirSource,
        List<RelianceView> relianceHistory,
        List<ImportSourceView> importSources,
        List<ExposureView> exposures,
        boolean sharesAssumed,
        @Nullable SupplyMixView supplyMix,
        String note,
        List<String> sources,
        @Nullable Double dependency,
        String basis,
        @Nullable String largestSupplier,
        List<PartView> parts)
        implements Tabular {

    /**
     * What one part of the dependency rests on.
     *
     * @param part "net import reliance", "import shares" or "look-through"
     * @param basis measured, proxied-by-world-supply or unknown
     * @param sources the ids of its sources
     * @param note what it is, or why it is unknown
     */
    public record PartView(String part, String basis, List<String> sources, String note) {}

    /**
     * @param year the last year of the period
     * @param value net import reliance as a fraction, or null (net exporter, withheld)
     * @param flags flags (greater-than, net-exporter, ...)
     * @param raw as published
     * @param series series label
     * @param source source id
     */
    public record RelianceView(
            int year, @Nullable Double value, List<String> flags, String raw, String series, String source) {}

    /**
     * @param country area code (ISO alpha-2, or OTHER)
     * @param name display name
     * @param rank rank among the import sources (1 = largest), or null where shares are published
     * @param share share of imports as a fraction, or null where only the order is published
     * @param period period
     * @param series series label
     * @param source source id
     * @param note the source's note
     */
    public record ImportSourceView(
            String country,
            String name,
            @Nullable Integer rank,
            @Nullable Double share,
            String period,
            String series,
            String source,
            String note) {}

    /**
     * @param country ISO alpha-2
     * @param name display name
     * @param direct net import reliance × import share, or null where import shares are not known
     * @param lookThrough the look-through exposure, a fraction of apparent consumption
     * @param upstreamShare the country's share of world upstream supply used, or null
     * @param throughNonProducers the exposure with only non-producing import sources and the remainder looked through
     *     to the world's producers of the producer stage (producing sources direct), a fraction of apparent
     *     consumption; null without import shares or a producer stage (not the same figure as lookThrough)
     * @param producerShare the country's share of world supply at the producer stage, or null
     */
    public record ExposureView(
            String country,
            String name,
            @Nullable Double direct,
            double lookThrough,
            @Nullable Double upstreamShare,
            @Nullable Double throughNonProducers,
            @Nullable Double producerShare) {}

    /**
     * @param shares supply by source (the perspective's own code for domestic supply, OTHER for the rest), fractions
     *     summing to 1
     * @param assumed true if world supply shares stood in for import shares
     * @param basis what the shares rest on
     */
    public record SupplyMixView(Map<String, Double> shares, boolean assumed, String basis) {
        static SupplyMixView of(SupplyMix mix) {
            return new SupplyMixView(mix.shares(), mix.assumed(), mix.basis());
        }
    }

    /**
     * One figure of a dependency, the row of its CSV form: a net import reliance of the perspective, an import
     * source's share or rank, or a supplier's exposure.
     *
     * @param figure net-import-reliance, import-share, exposure-direct, exposure-look-through or upstream-share
     * @param country the supplier (ISO alpha-2 or OTHER), or the perspective for a net import reliance
     * @param name its display name
     * @param period the year or period, or null for exposures (computed from the figures above)
     * @param value a fraction (of apparent consumption, of imports, of world upstream supply), or null where the
     *     source gives none (a rank, a net exporter, withheld)
     * @param rank the import source's rank (1 = largest) where only the order is published, else null
     * @param flags flags as published (greater-than, net-exporter, ...), joined by {@code ;}
     * @param raw the cell as published, or null
     * @param series the series label, or null
     * @param source the source id, or null for a computed exposure
     */
    public record FigureRow(
            String figure,
            @Nullable String country,
            @Nullable String name,
            @Nullable String period,
            @Nullable Double value,
            @Nullable Integer rank,
            List<String> flags,
            @Nullable String raw,
            @Nullable String series,
            @Nullable String source) {}

    /** The columns of a figure (CSV and table). */
    public static final List<Column<FigureRow>> FIGURE_COLUMNS = List.of(
            Column.of("figure", "FIGURE", FigureRow::figure),
            Column.of("country", null, FigureRow::country),
            Column.of("name", "COUNTRY", FigureRow::name),
            Column.of("period", "PERIOD", FigureRow::period),
            Column.percent("value", "VALUE", FigureRow::value),
            Column.of("rank", "RANK", FigureRow::rank).in(Unit.RANK),
            Column.of("flags", "FLAGS", FigureRow::flags),
            Column.of("raw", null, FigureRow::raw),
            Column.of("series", "SERIES", FigureRow::series),
            Column.of("source", "SOURCE", FigureRow::source));

    /**
     * @return every figure as one row, led by the mineral asked about and the mineral whose import data stands in (a
     *     group's, where the element has none): the net import reliance history, the index's D with its basis (flags)
     *     and the basis of each of its parts, the import sources, then each supplier's direct and look-through exposure
     *     and upstream share
     */
    @Override
    public Table<FigureRow> table() {
        List<FigureRow> rows = new ArrayList<>();
        for (RelianceView r : relianceHistory) {
            rows.add(new FigureRow(
                    "net-import-reliance",
                    perspective,
                    perspective,
                    String.valueOf(r.year()),
                    r.value(),
                    null,
                    r.flags(),
                    r.raw(),
                    r.series(),
                    r.source()));
        }
        if (dependency != null || !parts.isEmpty()) {
            rows.add(new FigureRow(
                    "dependency-d",
                    largestSupplier,
                    null,
                    null,
                    dependency,
                    null,
                    basis == null ? List.of() : List.of(basis),
                    null,
                    null,
                    String.join(" ", sources)));
        }
        for (PartView part : parts) {
            rows.add(new FigureRow(
                    "basis:" + part.part(),
                    null,
                    null,
                    null,
                    null,
                    null,
                    List.of(part.basis()),
                    null,
                    null,
                    String.join(" ", part.sources())));
        }
        for (ImportSourceView i : importSources) {
            rows.add(new FigureRow(
                    "import-share",
                    i.country(),
                    i.name(),
                    i.period(),
                    i.share(),
                    i.rank(),
                    List.of(),
                    null,
                    i.series(),
                    i.source()));
        }
        for (ExposureView e : exposures) {
            rows.add(exposure("exposure-direct", e, e.direct()));
            rows.add(exposure("exposure-look-through", e, e.lookThrough()));
            rows.add(exposure("upstream-share", e, e.upstreamShare()));
            rows.add(exposure("exposure-through-non-producers", e, e.throughNonProducers()));
            rows.add(exposure("producer-share", e, e.producerShare()));
        }
        List<Column<FigureRow>> columns = new ArrayList<>();
        columns.add(Column.of("data_from", null, row -> dataFrom));
        columns.addAll(FIGURE_COLUMNS);
        return Table.of("mineral", mineral, columns, rows).width(40);
    }

    private static FigureRow exposure(String figure, ExposureView e, @Nullable Double value) {
        return new FigureRow(figure, e.country(), e.name(), null, value, null, List.of(), null, null, null);
    }

    /** The columns of an import source (table). */
    public static final List<Column<ImportSourceView>> IMPORT_COLUMNS = List.of(
            Column.of(null, "IMPORT SOURCE", ImportSourceView::name),
            Column.of(null, "RANK", ImportSourceView::rank).in(Unit.RANK),
            Column.percent(null, "SHARE", ImportSourceView::share),
            Column.of(null, "PERIOD", ImportSourceView::period),
            Column.of(null, "SERIES", ImportSourceView::series),
            Column.of(null, "SOURCE", ImportSourceView::source));

    /** The columns of an exposure (table). */
    public static final List<Column<ExposureView>> EXPOSURE_COLUMNS = List.of(
            Column.of(null, "SUPPLIER", ExposureView::name),
            Column.<ExposureView>of(null, "DIRECT", e -> e.direct() == null ? "-" : Format.percent(e.direct()))
                    .in(Unit.PERCENT),
            Column.<ExposureView>percent(null, "LOOK-THROUGH", ExposureView::lookThrough),
            Column.<ExposureView>of(
                            null,
                            "UPSTREAM SHARE",
                            e -> e.upstreamShare() == null ? "-" : Format.percent(e.upstreamShare()))
                    .in(Unit.PERCENT),
            Column.<ExposureView>of(
                            null,
                            "VIA NON-PRODUCERS",
                            e -> e.throughNonProducers() == null ? "-" : Format.percent(e.throughNonProducers()))
                    .in(Unit.PERCENT));

    /**
     * @param snapshot the knowledge
     * @param d the dependency computation for a country
     * @return its view, with the index's summary of it ({@link PerspectiveDependency#of(Dependency)})
     */
    public static DependencyView of(KnowledgeSnapshot snapshot, Dependency d) {
        return of(snapshot, PerspectiveDependency.of(d));
    }

    /**
     * The view of the dependency a risk index scores: the same answer, its detail where the query has one.
     *
     * @param snapshot the knowledge
     * @param p the dependency query's answer
     * @return its view
     */
    public static DependencyView of(KnowledgeSnapshot snapshot, PerspectiveDependency p) {
        List<PartView> parts = p.parts().stream()
                .map(part -> new PartView(part.part(), part.basis().id(), part.sources(), part.note()))
                .toList();
        Double value = p.value().isPresent() ? p.value().getAsDouble() : null;
        String largest = p.largestSupplier().map(c -> c.value()).orElse(null);
        // one view for both answers: without the detail (a query that has none) only the answer's
        // own fields and the sources of its inputs, the detail's fields null or empty
        Dependency d = p.detail().orElse(null);
        Set<String> sources = new TreeSet<>();
        List<RelianceView> history = List.of();
        List<ImportSourceView> imports = List.of();
        List<ExposureView> exposures = List.of();
        Optional<Observation> nir = Optional.empty();
        if (d == null) {
            p.inputs().forEach(i -> {
                if (!i.source().equals("computed")
                        && !i.source().equals("assumed")
                        && !i.source().isEmpty()) {
                    sources.addAll(List.of(i.source().split(";", -1)));
                }
            });
        } else {
            history = d.history().stream()
                    .map(o -> {
                        sources.add(o.provenance().source().value());
                        return new RelianceView(
                                o.period().endYear(),
                                o.quantity().map(q -> q.value()).orElse(null),
                                flags(o),
                                o.raw(),
                                o.series(),
                                o.provenance().source().value());
                    })
                    .toList();
            imports = d.imports().stream()
                    .map(i -> {
                        Observation o = i.observation();
                        sources.add(o.provenance().source().value());
                        return new ImportSourceView(
                                i.area().code(),
                                Names.area(snapshot, i.area()),
                                i.rank().isPresent() ? (int) i.rank().getAsDouble() : null,
                                i.share().isPresent() ? i.share().getAsDouble() : null,
                                o.period().toString(),
                                o.series(),
                                o.provenance().source().value(),
                                o.note());
                    })
                    .toList();
            exposures = d.exposures().stream()
                    .map(e -> new ExposureView(
                            e.country().value(),
                            Names.area(snapshot, Area.country(e.country())),
                            e.direct().isPresent() ? e.direct().getAsDouble() : null,
                            e.lookThrough(),
                            e.upstreamShare().isPresent() ? e.upstreamShare().getAsDouble() : null,
                            e.throughNonProducers().isPresent()
                                    ? e.throughNonProducers().getAsDouble()
                                    : null,
                            e.producerShare().isPresent() ? e.producerShare().getAsDouble() : null))
                    .toList();
            d.upstream().ifPresent(u -> u.sources().forEach(s -> sources.add(s.value())));
            d.assumedFrom().ifPresent(u -> u.sources().forEach(s -> sources.add(s.value())));
            d.producerStage().ifPresent(u -> u.sources().forEach(s -> sources.add(s.value())));
            nir = d.nirObservation();
        }
        return new DependencyView(
                p.perspective(),
                (d == null ? p.mineral() : d.mineral()).value(),
                (d == null ? p.mineral() : d.dataFrom()).value(),
                d == null || d.netImportReliance().isEmpty()
                        ? null
                        : d.netImportReliance().getAsDouble(),
                nir.map(o -> o.period().toString()).orElse(null),
                nir.map(Observation::raw).orElse(null),
                nir.map(o -> o.provenance().source().value()).orElse(null),
                history,
                imports,
                exposures,
                d != null && d.sharesAssumed(),
                // a reliance implied by sourcing shares (the EU's, rounded, with the members' own supply) is no supply
                // mix for simulate and sweep, which take a country's published reliance
                d == null || nir.isEmpty()
                        ? null
                        : d.supplyMix().map(SupplyMixView::of).orElse(null),
                p.note(),
                List.copyOf(sources),
                value,
                p.basis().id(),
                largest,
                parts);
    }

    private static List<String> flags(Observation observation) {
        return observation.flags().stream().map(Flag::id).sorted().toList();
    }
}
