package lodestone.report.edition;

import java.util.Optional;
import lodestone.model.knowledge.KnowledgeSnapshot;
import lodestone.model.mineral.MineralId;
import lodestone.model.provenance.Edition;
import lodestone.report.Lookup;
import lodestone.report.Query;
import lodestone.report.QueryException;
import lodestone.report.ReportContext;
import lodestone.risk.edition.EditionDiff;
import org.jspecify.annotations.Nullable;

/**
 * What a later edition of a publication revised in the data years both give: every value that moved at least 5 % (shares
 * and other fractions: at least 1 percentage point), and every country's share of world production that moved at least
 * 1 percentage point, with both editions' values and sources.
 *
 * @param from the earlier edition, e.g. {@code mcs-2025}
 * @param to the later edition, e.g. {@code mcs-2026}
 * @param mineral one mineral (id or name), or null for all
 */
public record DiffQuery(String from, String to, @Nullable String mineral) implements Query<EditionDiffView> {
    @Override
    public EditionDiffView answer(ReportContext context) {
        KnowledgeSnapshot snapshot = context.everyEdition();
        Optional<MineralId> subject = mineral == null
                ? Optional.empty()
                : Optional.of(Lookup.mineral(snapshot, mineral, "mineral").id());
        EditionDiff.Result result;
        try {
            result = EditionDiff.compare(snapshot, edition(from, "from"), edition(to, "to"), subject);
        } catch (IllegalArgumentException e) {
            throw QueryException.badParameter("to", e.getMessage());
        }
        return EditionDiffView.of(
                snapshot, result, subject.map(MineralId::value).orElse(null));
    }

    private static Edition edition(String id, String field) {
        if (id == null) {
            throw QueryException.badParameter(field, field + " is required: an edition such as mcs-2025.");
        }
        try {
            return Edition.parse(id);
        } catch (IllegalArgumentException e) {
            throw QueryException.badParameter(field, e.getMessage());
        }
    }
}
