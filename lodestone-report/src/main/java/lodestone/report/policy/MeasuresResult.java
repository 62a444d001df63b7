package lodestone.report.policy;

import java.time.LocalDate;
import java.util.List;
import lodestone.report.table.Table;
import lodestone.report.table.Tabular;

/**
 * Measures with their status on a date.
 *
 * @param on the date of the statuses
 * @param measures the measures, oldest first
 */
public record MeasuresResult(LocalDate on, List<MeasureView> measures) implements Tabular {
    public MeasuresResult {
        measures = List.copyOf(measures);
    }

    @Override
    public Table<MeasureView> table() {
        return Table.of(MeasureView.COLUMNS, measures);
    }
}
