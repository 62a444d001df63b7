package lodestone.report.policy;

import java.time.LocalDate;
import lodestone.model.agreement.Agreement;
import lodestone.report.Defaults;
import lodestone.report.Lookup;
import lodestone.report.Query;
import lodestone.report.ReportContext;
import org.jspecify.annotations.Nullable;

/**
 * One agreement: commitments, scorecard, projects, the delivery outlook of their capacity, sources.
 *
 * @param id the agreement id
 * @param on the date deadlines are judged on (and the outlook's first year), or null for today
 * @param toYear the outlook's last year, or null for {@link Defaults#OUTLOOK_LAST_YEAR}
 */
public record AgreementQuery(
        String id, @Nullable LocalDate on, @Nullable Integer toYear) implements Query<AgreementReport> {
    @Override
    public AgreementReport answer(ReportContext context) {
        Agreement agreement = Lookup.agreement(context.snapshot(), id, "id");
        LocalDate date = context.dateOr(on);
        int last = OutlookQuery.lastYear(date.getYear(), toYear);
        return new AgreementReport(
                date,
                AgreementView.of(context.snapshot(), agreement, date),
                PolicyQueries.outlooks(context.snapshot(), agreement, date.getYear(), last));
    }
}
