package lodestone.report.policy;

import java.time.LocalDate;
import java.util.List;
import lodestone.report.table.Table;
import lodestone.report.table.Tabular;
import org.jspecify.annotations.Nullable;

/**
 * Measures with their status on a date.
 *
 * @param on the date of the statuses
 * @param measures the measures, oldest first
 * @param newestSource the newest dated source the curated measures cite (how current the record is; drafts from news
 *     do not count), or null
 */
public record MeasuresResult(
        LocalDate on, List<MeasureView> measures, @Nullable RecordCurrency newestSource) implements Tabular {
    public MeasuresResult {
        measures = List.copyOf(measures);
    }

    @Override
    public Table<MeasureView> table() {
        return Table.of(MeasureView.COLUMNS, measures);
    }
}
