package lodestone.report.country;

import lodestone.model.geo.Country;
import lodestone.model.knowledge.KnowledgeSnapshot;
import lodestone.report.Lookup;
import lodestone.report.Query;
import lodestone.report.ReportContext;
import org.jspecify.annotations.Nullable;

/**
 * A country's reserves: the rows of {@link CountryQuery}'s report under "Reserves", on their own so that they have a CSV
 * form (the country report's CSV is its production).
 *
 * @param country ISO 3166-1 alpha-2 or alpha-3 code, or a name
 * @param mineral only this mineral, id, name or symbol; or null for every mineral
 * @param edition {@code latest} (the newest edition of each data year), an edition id such as {@code mcs-2025}, or
 *     null for the latest
 */
public record CountryReservesQuery(
        String country, @Nullable String mineral, @Nullable String edition) implements Query<CountryReserves> {
    @Override
    public CountryReserves answer(ReportContext context) {
        KnowledgeSnapshot snapshot = context.snapshot(edition);
        Country found = Lookup.country(snapshot, country, "country");
        String only = mineral == null
                ? null
                : Lookup.mineral(snapshot, mineral, "mineral").id().value();
        CountryReport report = CountryReport.build(snapshot, found);
        return new CountryReserves(
                report.country(),
                report.name(),
                report.reserves().stream()
                        .filter(row -> only == null || row.mineral().equals(only))
                        .toList());
    }
}
