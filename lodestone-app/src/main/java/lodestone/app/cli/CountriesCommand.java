package lodestone.app.cli;

import lodestone.report.Query;
import lodestone.report.country.CountriesQuery;
import lodestone.report.country.CountryListing;
import picocli.CommandLine.Command;

/** {@code lodestone countries}: the countries with production or supply shares on record. */
@Command(
        name = "countries",
        mixinStandardHelpOptions = true,
        description = "List the countries with production or supply shares on record, with how many minerals each"
                + " (as GET /api/v1/countries).")
final class CountriesCommand extends QueryCommand<CountryListing> {
    @Override
    Query<CountryListing> query() {
        return new CountriesQuery();
    }
}
