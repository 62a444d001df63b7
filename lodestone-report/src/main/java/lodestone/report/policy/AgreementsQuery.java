package lodestone.report.policy;

import java.time.LocalDate;
import lodestone.model.geo.Country;
import lodestone.model.knowledge.KnowledgeSnapshot;
import lodestone.model.mineral.Mineral;
import lodestone.report.Lookup;
import lodestone.report.Query;
import lodestone.report.ReportContext;

/**
 * Agreements with their concreteness scorecards.
 *
 * @param on the date deadlines are judged on, or null for today
 * @param party only agreements with a party of this country (code or name), or null
 * @param mineral only agreements naming this mineral or its group, or null
 */
public record AgreementsQuery(LocalDate on, String party, String mineral) implements Query<AgreementListing> {
    @Override
    public AgreementListing answer(ReportContext context) {
        KnowledgeSnapshot snapshot = context.snapshot();
        Country partyFilter = party == null ? null : Lookup.country(snapshot, party, "party");
        Mineral mineralFilter = mineral == null ? null : Lookup.mineral(snapshot, mineral, "mineral");
        return new AgreementListing(PolicyQueries.agreements(snapshot, context.dateOr(on), partyFilter, mineralFilter));
    }
}
