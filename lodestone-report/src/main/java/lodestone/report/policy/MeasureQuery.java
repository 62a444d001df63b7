package lodestone.report.policy;

import java.time.LocalDate;
import lodestone.report.Lookup;
import lodestone.report.Query;
import lodestone.report.ReportContext;
import org.jspecify.annotations.Nullable;

/**
 * One trade measure: what it covers, its dated history, its status on a date and its sources.
 *
 * @param id the measure id
 * @param on the date of the status, or null for today
 */
public record MeasureQuery(String id, @Nullable LocalDate on) implements Query<MeasureView> {
    @Override
    public MeasureView answer(ReportContext context) {
        return MeasureView.of(context.snapshot(), Lookup.measure(context.snapshot(), id, "id"), context.dateOr(on));
    }
}
