package lodestone.report.risk;

import java.time.LocalDate;
import java.util.Optional;
import lodestone.model.knowledge.KnowledgeSnapshot;
import lodestone.model.mineral.Mineral;
import lodestone.model.mineral.MineralId;
import lodestone.report.Lookup;
import lodestone.report.Query;
import lodestone.report.QueryError;
import lodestone.report.QueryException;
import lodestone.report.ReportContext;
import lodestone.report.risk.RiskView.EuView;
import lodestone.risk.eu.EuRecomputation;
import org.jspecify.annotations.Nullable;

/**
 * One material under the EU 2017 method with 2023 inputs: the weighted HHI terms, SR with the published t and with t
 * adjusted to the measures in force on a date.
 *
 * @param mineral mineral id or name
 * @param on the date of the measures for the adjusted t, or null for today
 */
public record EuBreakdownQuery(String mineral, @Nullable LocalDate on) implements Query<EuView> {
    @Override
    public EuView answer(ReportContext context) {
        Mineral subject = Lookup.mineral(context.snapshot(), mineral, "mineral");
        return view(context.snapshot(), subject.id(), context.dateOr(on))
                .orElseThrow(() -> new QueryException(
                        QueryError.NO_DATA,
                        "mineral",
                        "mineral (" + subject.id() + ") has no EU 2023 supply-risk inputs that can be recomputed.\n"
                                + "Maybe it is a group or its transcribed row is excluded; see"
                                + " docs/methods/eu-supply-risk.md."));
    }

    static Optional<EuView> view(KnowledgeSnapshot snapshot, MineralId id, LocalDate on) {
        return EuRecomputation.one(snapshot, EuMethodInputs.all(), id, on).map(EuView::of);
    }
}
