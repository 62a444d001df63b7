package lodestone.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import lodestone.app.view.CountryReport;
import lodestone.model.geo.Country;
import lodestone.model.knowledge.KnowledgeSnapshot;
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

    @Mixin
    EditionOption edition;

    @Parameters(paramLabel = "COUNTRY", description = "ISO 3166-1 alpha-2 or alpha-3 code, or a name: CN, CHN, China.")
    String country;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        KnowledgeSnapshot snapshot = edition.snapshot(store);
        Country found = Lookup.country(snapshot, country);
        CountryReport result = CountryReport.build(snapshot, found);
        List<CountryReport.ProductionRow> production = result.production();
        List<CountryReport.ReserveRow> reserves = result.reserves();
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
