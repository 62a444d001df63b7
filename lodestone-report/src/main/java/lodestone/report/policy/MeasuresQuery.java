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
 * Trade measures announced by a date, with their status on it, derived from their dated events.
 *
 * @param on the date, or null for today
 * @param mineral only measures covering it (id or name, directly or through a group they name), or null
 * @param issuer only measures issued by it (code or name), or null
 * @param target only measures covering exports to it (code or name), or null
 */
public record MeasuresQuery(
        @Nullable LocalDate on,
        @Nullable String mineral,
        @Nullable String issuer,
        @Nullable String target) implements Query<MeasuresResult> {
    @Override
    public MeasuresResult answer(ReportContext context) {
        KnowledgeSnapshot snapshot = context.snapshot();
        LocalDate date = context.dateOr(on);
        Mineral mineralFilter = mineral == null ? null : Lookup.mineral(snapshot, mineral, "mineral");
        Country issuerFilter = issuer == null ? null : Lookup.country(snapshot, issuer, "issuer");
        Country targetFilter = target == null ? null : Lookup.country(snapshot, target, "target");
        List<SourceId> cited = new ArrayList<>();
        snapshot.policy().measures().forEach(m -> cited.addAll(m.sources()));
        return new MeasuresResult(
                date,
                PolicyQueries.measures(snapshot, date, mineralFilter, issuerFilter, targetFilter),
                RecordCurrency.of(snapshot, cited).orElse(null));
    }
}
