package lodestone.app.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import lodestone.model.geo.Area;
import lodestone.model.geo.Country;
import lodestone.model.knowledge.KnowledgeSnapshot;
import lodestone.model.mineral.Mineral;
import lodestone.model.observation.Flag;
import lodestone.model.observation.Metric;
import lodestone.model.observation.Observation;
import lodestone.risk.concentration.ProducerShare;
import lodestone.risk.concentration.ResolutionPolicy;
import lodestone.risk.concentration.SupplyShareCalculator;
import lodestone.risk.concentration.SupplyShares;
import lodestone.store.db.LodestoneStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lodestone country <iso2>}: what a country produces and its share of each. */
@Command(
        name = "country",
        mixinStandardHelpOptions = true,
        description = "Show what a country produces, by mineral and stage, with its quantity, its share of the world"
                + " and its rank (latest year of each series), and its reserves. Every row names its source.")
final class CountryCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Parameters(paramLabel = "COUNTRY", description = "ISO 3166-1 alpha-2 or alpha-3 code, or a name: CN, CHN, China.")
    String country;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

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
    record ProductionRow(
            String mineral,
            String stage,
            String series,
            String period,
            boolean preferred,
            Double quantity,
            String unit,
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
    record ReserveRow(String mineral, Double quantity, String unit, String raw, int year, String source) {}

    /**
     * @param country alpha-2 code
     * @param alpha3 alpha-3 code
     * @param name name
     * @param production production and shares
     * @param reserves reserves
     */
    record Result(
            String country, String alpha3, String name, List<ProductionRow> production, List<ReserveRow> reserves) {}

    @Override
    public Integer call() {
        KnowledgeSnapshot snapshot;
        try (LodestoneStore opened = store.open()) {
            snapshot = opened.snapshot();
        }
        Country found = Lookup.country(snapshot, country);
        Area area = Area.country(found.code());
        List<ProductionRow> production = new ArrayList<>();
        List<ReserveRow> reserves = new ArrayList<>();
        for (Mineral mineral : snapshot.minerals().all()) {
            List<SupplyShares> sets = SupplyShareCalculator.all(snapshot, mineral.id());
            List<SupplyShares> latest = new ArrayList<>();
            for (SupplyShares set : sets) {
                boolean newer = sets.stream()
                        .anyMatch(other -> other.series().equals(set.series())
                                && other.stage() == set.stage()
                                && other.period().compareTo(set.period()) > 0);
                if (!newer) {
                    latest.add(set);
                }
            }
            for (SupplyShares set : latest) {
                List<SupplyShares> sameStage =
                        latest.stream().filter(s -> s.stage() == set.stage()).toList();
                boolean preferred = ResolutionPolicy.preferred(snapshot, sameStage)
                        .map(p -> p == set)
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
            int lastYear = snapshot.observations(mineral.id(), Metric.RESERVES).stream()
                    .mapToInt(o -> o.period().endYear())
                    .max()
                    .orElse(0);
            snapshot.observations(mineral.id(), Metric.RESERVES).stream()
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
        Result result = new Result(found.code().value(), found.alpha3(), found.name(), production, reserves);
        PrintWriter out = spec.commandLine().getOut();
        switch (store.format) {
            case JSON -> Output.json(out, result);
            case CSV ->
                Output.csv(
                        out,
                        List.of(
                                "country",
                                "mineral",
                                "stage",
                                "series",
                                "period",
                                "preferred",
                                "quantity",
                                "unit",
                                "share",
                                "rank",
                                "producers",
                                "flags",
                                "source",
                                "locator"),
                        production.stream()
                                .map(r -> List.<Object>of(
                                        found.code().value(),
                                        r.mineral(),
                                        r.stage(),
                                        r.series(),
                                        r.period(),
                                        r.preferred(),
                                        r.quantity() == null ? "" : r.quantity(),
                                        r.unit() == null ? "" : r.unit(),
                                        r.share(),
                                        r.rank(),
                                        r.producers(),
                                        String.join(";", r.flags()),
                                        r.source(),
                                        r.locator()))
                                .toList());
            case TABLE -> {
                out.println(found.name() + " (" + found.code() + ", " + found.alpha3() + ")");
                out.println();
                if (production.isEmpty()) {
                    out.println("No production or supply shares recorded.");
                } else {
                    Output.table(
                            out,
                            List.of(
                                    "MINERAL",
                                    "STAGE",
                                    "PERIOD",
                                    "QUANTITY",
                                    "UNIT",
                                    "SHARE",
                                    "RANK",
                                    "SERIES",
                                    "SOURCE"),
                            production.stream()
                                    .map(r -> List.of(
                                            r.mineral() + (r.preferred() ? "" : " (alt.)"),
                                            r.stage(),
                                            r.period(),
                                            Output.number(r.quantity()),
                                            r.unit() == null ? "" : r.unit(),
                                            Output.percent(r.share()),
                                            r.rank() + "/" + r.producers(),
                                            r.series(),
                                            r.source()))
                                    .toList(),
                            45);
                }
                if (!reserves.isEmpty()) {
                    out.println();
                    Output.table(
                            out,
                            List.of("RESERVES OF", "QUANTITY", "UNIT", "YEAR", "SOURCE"),
                            reserves.stream()
                                    .map(r -> List.of(
                                            r.mineral(),
                                            r.quantity() == null ? r.raw() : Output.number(r.quantity()),
                                            r.unit() == null ? "" : r.unit(),
                                            Integer.toString(r.year()),
                                            r.source()))
                                    .toList(),
                            40);
                }
            }
        }
        return 0;
    }
}
