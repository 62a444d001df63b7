package lodestone.report.policy;

import java.time.LocalDate;
import java.util.List;
import lodestone.report.table.Table;
import lodestone.report.table.Tabular;
import org.jspecify.annotations.Nullable;

/**
 * Agreements, oldest first, with how current the record is.
 *
 * @param since the earliest signing date asked for, or null for all
 * @param agreements the agreements with their scorecards
 * @param newestSource the newest dated source the agreements and their projects cite (how current the record is), or
 *     null
 */
public record AgreementListing(
        @Nullable LocalDate since,
        List<AgreementView> agreements,
        @Nullable RecordCurrency newestSource) implements Tabular {
    public AgreementListing {
        agreements = List.copyOf(agreements);
    }

    @Override
    public Table<AgreementView> table() {
        return Table.of(AgreementView.COLUMNS, agreements).width(50);
    }
}
