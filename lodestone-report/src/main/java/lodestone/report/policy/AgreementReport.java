package lodestone.report.policy;

import java.time.LocalDate;
import java.util.List;
import lodestone.report.table.Table;
import lodestone.report.table.Tabular;
import lodestone.risk.agreement.Scorecard;

/**
 * An agreement with the delivery outlook of its projects. Its CSV form is the scorecard.
 *
 * @param on the date deadlines are judged on
 * @param agreement the agreement
 * @param outlooks the delivery outlook per mineral of its projects' capacity
 */
public record AgreementReport(LocalDate on, AgreementView agreement, List<OutlookView> outlooks) implements Tabular {
    public AgreementReport {
        outlooks = List.copyOf(outlooks);
    }

    @Override
    public Table<Scorecard.Criterion> table() {
        return Table.of(
                        "agreement",
                        agreement.id(),
                        AgreementView.CRITERION_COLUMNS,
                        agreement.scorecard().criteria())
                .width(90);
    }
}
