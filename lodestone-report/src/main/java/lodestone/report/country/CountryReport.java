package lodestone.report.country;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import lodestone.model.geo.Area;
import lodestone.model.geo.Country;
import lodestone.model.knowledge.KnowledgeSnapshot;
import lodestone.model.mineral.Mineral;
import lodestone.model.observation.Flag;
import lodestone.model.observation.Metric;
import lodestone.model.observation.Observation;
import lodestone.report.table.Column;
import lodestone.report.table.Format;
import lodestone.report.table.Table;
import lodestone.report.table.Tabular;
import lodestone.report.table.Unit;
import lodestone.risk.concentration.ProducerShare;
import lodestone.risk.concentration.ResolutionPolicy;
import lodestone.risk.concentration.SupplyShareCalculator;
import lodestone.risk.concentration.SupplyShares;
import org.jspecify.annotations.Nullable;

/**
 * What a country produces, by mineral and stage (latest year of each series), and its reserves.
 *
 * @param country alpha-2 code
 * @param alpha3 alpha-3 code
 * @param name name
 * @param production production and shares, largest share first
 * @param reserves reserves
 */
public record CountryReport(
        String country, String alpha3, String name, List<ProductionRow> production, List<ReserveRow> reserves)
        implements Tabular {

    /**
     * @param mineral mineral id
     * @param stage stage id
     * @param series series label
     * @param period period
     * @param preferred true if this is the preferred share set for the mineral and stage
     * @param quantity quantity in {@code unit}, or null for published shares
     * @param unit unit
     * @param share share of the world (or of the set's total), a fraction
     * @param rank rank among named producers (1 = largest)
     * @param producers number of named producers
     * @param flags flags
     * @param source source id
     * @param locator place in the source
     */
    public record ProductionRow(
            String mineral,
            String stage,
            String series,
            String period,
            boolean preferred,
            @Nullable Double quantity,
            @Nullable String unit,
            double share,
            int rank,
            int producers,
            List<String> flags,
            String source,
            String locator) {}

    /**
     * @param mineral mineral id
     * @param quantity reserves, or null
     * @param unit unit
     * @param raw as published
     * @param year year
     * @param source source id
     */
    public record ReserveRow(
            String mineral,
            @Nullable Double quantity,
            @Nullable String unit,
            String raw,
            int year,
            String source) {}

    /** The columns of a production row. */
    public static final List<Column<ProductionRow>> PRODUCTION_COLUMNS = List.of(
            Column.<ProductionRow>of("mineral", "MINERAL", ProductionRow::mineral)
                    .shownAs(r -> r.mineral() + (r.preferred() ? "" : " (alt.)")),
            Column.<ProductionRow>of("stage", "STAGE", ProductionRow::stage),
            Column.<ProductionRow>of("series", null, ProductionRow::series),
            Column.<ProductionRow>of("period", "PERIOD", ProductionRow::period),
            Column.<ProductionRow>of("preferred", null, ProductionRow::preferred),
            Column.<ProductionRow>quantity("quantity", "QUANTITY", ProductionRow::quantity, Unit.ROW_UNIT),
            Column.<ProductionRow>of("unit", "UNIT", ProductionRow::unit),
            Column.<ProductionRow>percent("share", "SHARE", ProductionRow::share),
            Column.<ProductionRow>of("rank", "RANK", ProductionRow::rank)
                    .in(Unit.RANK)
                    .shownAs(r -> r.rank() + "/" + r.producers()),
            Column.<ProductionRow>of("producers", null, ProductionRow::producers)
                    .in(Unit.COUNT),
            Column.<ProductionRow>of(null, "SERIES", ProductionRow::series),
            Column.<ProductionRow>of("flags", null, ProductionRow::flags),
            Column.<ProductionRow>of("source", "SOURCE", ProductionRow::source),
            Column.<ProductionRow>of("locator", null, ProductionRow::locator));

    /** The columns of a reserves row (table). */
    public static final List<Column<ReserveRow>> RESERVE_COLUMNS = List.of(
            Column.<ReserveRow>of(null, "RESERVES OF", ReserveRow::mineral),
            Column.<ReserveRow>of(null, "QUANTITY", r -> r.quantity() == null ? r.raw() : Format.number(r.quantity()))
                    .in(Unit.ROW_UNIT),
            Column.<ReserveRow>of(null, "UNIT", ReserveRow::unit),
            Column.<ReserveRow>of(null, "YEAR", ReserveRow::year).in(Unit.CALENDAR_YEAR),
            Column.<ReserveRow>of(null, "SOURCE", ReserveRow::source));

    @Override
    public Table<ProductionRow> table() {
        return Table.of("country", country, PRODUCTION_COLUMNS, production).width(45);
    }

    /**
     * @param snapshot the snapshot
     * @param country the country
     * @return the report
     */
    public static CountryReport build(KnowledgeSnapshot snapshot, Country country) {
        Area area = Area.country(country.code());
        List<ProductionRow> production = new ArrayList<>();
        List<ReserveRow> reserves = new ArrayList<>();
        for (Mineral mineral : snapshot.minerals().all()) {
            List<SupplyShares> sets = SupplyShareCalculator.all(snapshot, mineral.id());
            List<SupplyShares> latest = sets.stream()
                    .filter(set -> sets.stream()
                            .noneMatch(other -> other.series().equals(set.series())
                                    && other.stage() == set.stage()
                                    && other.period().compareTo(set.period()) > 0))
                    .toList();
            for (SupplyShares set : latest) {
                List<SupplyShares> sameStage =
                        latest.stream().filter(s -> s.stage() == set.stage()).toList();
                boolean preferred = ResolutionPolicy.preferred(snapshot, sameStage)
                        .map(p -> p.equals(set))
                        .orElse(false);
                for (int i = 0; i < set.producers().size(); i++) {
                    ProducerShare share = set.producers().get(i);
                    if (share.area().equals(area)) {
                        Observation o = share.observation();
                        production.add(new ProductionRow(
                                mineral.id().value(),
                                set.stage().id(),
                                set.series(),
                                set.period().toString(),
                                preferred,
                                share.quantity().map(q -> q.value()).orElse(null),
                                share.quantity().map(q -> q.unit().symbol()).orElse(null),
                                share.share(),
                                i + 1,
                                set.producers().size(),
                                o.flags().stream().map(Flag::id).sorted().toList(),
                                o.provenance().source().value(),
                                o.provenance().locator()));
                    }
                }
            }
            List<Observation> all = snapshot.observations(mineral.id(), Metric.RESERVES);
            int lastYear =
                    all.stream().mapToInt(o -> o.period().endYear()).max().orElse(0);
            all.stream()
                    .filter(o -> o.area().equals(area) && o.period().endYear() == lastYear)
                    .forEach(o -> reserves.add(new ReserveRow(
                            mineral.id().value(),
                            o.quantity().map(q -> q.value()).orElse(null),
                            o.quantity().map(q -> q.unit().symbol()).orElse(null),
                            o.raw(),
                            lastYear,
                            o.provenance().source().value())));
        }
        production.sort(Comparator.comparing(ProductionRow::share).reversed());
        return new CountryReport(country.code().value(), country.alpha3(), country.name(), production, reserves);
    }
}
