package lodestone.report.country;

import lodestone.report.Lookup;
import lodestone.report.Query;
import lodestone.report.ReportContext;

/**
 * What a country produces and its share of each, and its reserves.
 *
 * @param country ISO 3166-1 alpha-2 or alpha-3 code, or a name
 */
public record CountryQuery(String country) implements Query<CountryReport> {
    @Override
    public CountryReport answer(ReportContext context) {
        return CountryReport.build(context.snapshot(), Lookup.country(context.snapshot(), country, "country"));
    }
}
