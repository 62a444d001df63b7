package lodestone.app.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import lodestone.report.Query;
import lodestone.report.policy.MeasureQuery;
import lodestone.report.policy.MeasureView;
import lodestone.report.table.Table;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lodestone measure <id>}: one measure's history, status and sources. */
@Command(
        name = "measure",
        mixinStandardHelpOptions = true,
        description = "Show one export control: what it covers, its dated history, its status on a date (derived from"
                + " the events) and every source.")
final class MeasureCommand extends QueryCommand<MeasureView> {
    @Parameters(
            paramLabel = "ID",
            description = "Measure id, e.g. cn-ree-medium-heavy-2025 (see `lodestone measures`).")
    String id;

    @Option(names = "--on", paramLabel = "DATE", description = "Date of the status, YYYY-MM-DD (default: today).")
    LocalDate on;

    @Override
    Query<MeasureView> query() {
        return new MeasureQuery(id, on);
    }

    @Override
    void text(PrintWriter out, MeasureView view) {
        out.println(view.title() + " [" + view.id() + "]");
        out.println(
                "Issuer: " + view.issuer() + "; kind: " + view.kind() + "; legal reference: " + view.legalReference());
        out.println("Minerals: " + String.join(", ", view.minerals()) + "; destinations: "
                + String.join(", ", view.targets()));
        out.println("Status on " + view.status().on() + ": " + view.status().description()
                + (view.status().binds() ? " (binds)" : " (does not bind)"));
        if (!view.productForms().isEmpty()) {
            out.println("Product forms:");
            view.productForms().forEach(form -> out.println("  - " + form));
        }
        out.println();
        out.println("History:");
        Output.table(out, Table.of(MeasureView.EVENT_COLUMNS, view.events()).width(60));
        if (!view.note().isEmpty()) {
            out.println();
            out.println("Note: " + view.note());
        }
        out.println();
        out.println("Sources:");
        view.sources().forEach(s -> out.println("  " + s.line()));
    }
}
