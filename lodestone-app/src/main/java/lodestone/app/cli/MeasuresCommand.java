package lodestone.app.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import lodestone.report.Query;
import lodestone.report.policy.MeasuresQuery;
import lodestone.report.policy.MeasuresResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code lodestone measures}: export controls and their status on a date. */
@Command(
        name = "measures",
        mixinStandardHelpOptions = true,
        description = {
            "List export controls and restrictions with their status on a date, derived from their dated events:"
                    + " in force, announced, suspended (until when), suspension ended (no later record), lifted,"
                    + " expired. Measures not yet announced on that date are left out.",
            "Filters combine: --mineral dysprosium --target US lists what binds dysprosium exports to the US."
        })
final class MeasuresCommand extends QueryCommand<MeasuresResult> {
    @Option(names = "--on", paramLabel = "DATE", description = "Date of the status, YYYY-MM-DD (default: today).")
    LocalDate on;

    @Option(names = "--mineral", paramLabel = "ID", description = "Only measures covering this mineral (id or name).")
    String mineral;

    @Option(names = "--issuer", paramLabel = "ISO2", description = "Only measures issued by this country.")
    String issuer;

    @Option(names = "--target", paramLabel = "ISO2", description = "Only measures covering exports to this country.")
    String target;

    @Override
    Query<MeasuresResult> query() {
        return new MeasuresQuery(on, mineral, issuer, target);
    }

    @Override
    void text(PrintWriter out, MeasuresResult result) {
        out.println("Measures on " + result.on() + (result.measures().isEmpty() ? ": none match." : ":"));
        Output.table(out, result.table());
    }
}
