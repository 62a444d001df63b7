package lodestone.app.cli;

import java.io.PrintWriter;
import lodestone.report.Query;
import lodestone.report.country.CountryQuery;
import lodestone.report.country.CountryReport;
import lodestone.report.table.Table;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code lodestone country <iso2>}: what a country produces and its share of each. */
@Command(
        name = "country",
        mixinStandardHelpOptions = true,
        description = "Show what a country produces, by mineral and stage, with its quantity, its share of the world"
                + " and its rank (latest year of each series), and its reserves. Every row names its source.")
final class CountryCommand extends QueryCommand<CountryReport> {
    @Parameters(paramLabel = "COUNTRY", description = "ISO 3166-1 alpha-2 or alpha-3 code, or a name: CN, CHN, China.")
    String country;

    @Override
    Query<CountryReport> query() {
        return new CountryQuery(country);
    }

    @Override
    void text(PrintWriter out, CountryReport result) {
        out.println(result.name() + " (" + result.country() + ", " + result.alpha3() + ")");
        out.println();
        if (result.production().isEmpty()) {
            out.println("No production or supply shares recorded.");
        } else {
            Output.table(out, result.table());
        }
        if (!result.reserves().isEmpty()) {
            out.println();
            Output.table(out, Table.of(CountryReport.RESERVE_COLUMNS, result.reserves()));
        }
    }
}
