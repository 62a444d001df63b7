package lodestone.report.country;

import lodestone.model.knowledge.KnowledgeSnapshot;
import lodestone.report.Lookup;
import lodestone.report.Query;
import lodestone.report.ReportContext;
import org.jspecify.annotations.Nullable;

/**
 * What a country produces and its share of each, and its reserves.
 *
 * @param country ISO 3166-1 alpha-2 or alpha-3 code, or a name
 * @param edition {@code latest} (the newest edition of each data year), an edition id such as {@code mcs-2025},
 *     or null for the latest
 */
public record CountryQuery(String country, @Nullable String edition) implements Query<CountryReport> {
    @Override
    public CountryReport answer(ReportContext context) {
        KnowledgeSnapshot snapshot = context.snapshot(edition);
        return CountryReport.build(snapshot, Lookup.country(snapshot, country, "country"));
    }
}
