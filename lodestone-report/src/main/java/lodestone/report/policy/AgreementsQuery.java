package lodestone.report.policy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import lodestone.model.geo.Country;
import lodestone.model.knowledge.KnowledgeSnapshot;
import lodestone.model.mineral.Mineral;
import lodestone.model.provenance.SourceId;
import lodestone.report.Lookup;
import lodestone.report.Query;
import lodestone.report.ReportContext;
import org.jspecify.annotations.Nullable;

/**
 * Agreements with their concreteness scorecards.
 *
 * @param on the date deadlines are judged on, or null for today
 * @param party only agreements with a party of this country (code or name), or null
 * @param mineral only agreements naming this mineral or its group, or null
 * @param since only agreements signed on or after this date, or null for all
 */
public record AgreementsQuery(
        @Nullable LocalDate on,
        @Nullable String party,
        @Nullable String mineral,
        @Nullable LocalDate since) implements Query<AgreementListing> {
    @Override
    public AgreementListing answer(ReportContext context) {
        KnowledgeSnapshot snapshot = context.snapshot();
        Country partyFilter = party == null ? null : Lookup.country(snapshot, party, "party");
        Mineral mineralFilter = mineral == null ? null : Lookup.mineral(snapshot, mineral, "mineral");
        List<AgreementView> views =
                PolicyQueries.agreements(snapshot, context.dateOr(on), partyFilter, mineralFilter).stream()
                        .filter(v -> since == null || !v.signed().isBefore(since))
                        .toList();
        List<SourceId> cited = new ArrayList<>();
        snapshot.policy().agreements().forEach(a -> cited.addAll(a.sources()));
        snapshot.policy().projects().forEach(p -> cited.addAll(p.sources()));
        return new AgreementListing(
                since, views, RecordCurrency.of(snapshot, cited).orElse(null));
    }
}
