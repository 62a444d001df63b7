package lodestone.report.policy;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import lodestone.report.table.Table;
import lodestone.report.table.Tabular;

/**
 * Agreements, oldest first. Its JSON form is the list of agreements.
 *
 * @param agreements the agreements with their scorecards
 */
public record AgreementListing(List<AgreementView> agreements) implements Tabular {
    public AgreementListing {
        agreements = List.copyOf(agreements);
    }

    /** @return the agreements, as the JSON document */
    @JsonValue
    public List<AgreementView> json() {
        return agreements;
    }

    @Override
    public Table<AgreementView> table() {
        return Table.of(AgreementView.COLUMNS, agreements).width(50);
    }
}
