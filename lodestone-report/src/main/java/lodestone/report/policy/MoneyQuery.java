package lodestone.report.policy;

import java.util.ArrayList;
import java.util.List;
import lodestone.model.agreement.Agreement;
import lodestone.report.Query;
import lodestone.report.ReportContext;
import lodestone.report.table.Column;
import lodestone.report.table.Columns;
import lodestone.report.table.Listing;
import org.jspecify.annotations.Nullable;

/**
 * The money agreements name (commitments, investments, financing offers), each amount with its qualifier, purpose,
 * payer and source: of one agreement, or of every agreement the filters keep, in the agreements' order.
 *
 * @param agreement only this agreement's money, its id; or null
 * @param party only agreements with a party of this country (code or name), or null
 * @param mineral only agreements naming this mineral or its group, or null
 */
public record MoneyQuery(
        @Nullable String agreement,
        @Nullable String party,
        @Nullable String mineral) implements Query<Listing<MoneyQuery.Row>> {
    /**
     * One amount of one agreement.
     *
     * @param agreement the agreement's id
     * @param money the amount with its currency, qualifier, purpose, payer and source
     */
    public record Row(String agreement, AgreementView.MoneyView money) {}

    /** The columns: the agreement's id, then the amount's fields. */
    static final List<Column<Row>> COLUMNS = columns();

    private static List<Column<Row>> columns() {
        List<Column<Row>> columns = new ArrayList<>();
        columns.add(Column.of("agreement", "AGREEMENT", Row::agreement));
        Columns.of(AgreementView.MoneyView.class).forEach(c -> columns.add(c.through(Row::money)));
        return List.copyOf(columns);
    }

    @Override
    public Listing<Row> answer(ReportContext context) {
        List<AgreementView> views = agreement == null
                ? new AgreementsQuery(null, party, mineral, null)
                        .answer(context)
                        .agreements()
                : filtered(context, agreement);
        List<Row> rows = new ArrayList<>();
        for (AgreementView view : views) {
            for (AgreementView.MoneyView m : view.money()) {
                rows.add(new Row(view.id(), m));
            }
        }
        return new Listing<>(rows, COLUMNS);
    }

    /** The one agreement asked for, if the other filters keep it. */
    private List<AgreementView> filtered(ReportContext context, String agreement) {
        Agreement found = lodestone.report.Lookup.agreement(context.snapshot(), agreement, "agreement");
        return new AgreementsQuery(null, party, mineral, null)
                .answer(context).agreements().stream()
                        .filter(v -> v.id().equals(found.id()))
                        .toList();
    }
}
