package lodestone.app.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Locale;
import lodestone.report.Defaults;
import lodestone.report.Query;
import lodestone.report.policy.AgreementQuery;
import lodestone.report.policy.AgreementReport;
import lodestone.report.policy.AgreementView;
import lodestone.report.policy.OutlookView;
import lodestone.report.table.Format;
import lodestone.report.table.Table;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lodestone agreement <id>}: commitments, scorecard, projects, outlook, sources. */
@Command(
        name = "agreement",
        mixinStandardHelpOptions = true,
        description = "Show one agreement: official title and variants, date, parties, money (qualifier, purpose,"
                + " press-only), commitments with deadlines, clauses, the concreteness scorecard with the reason for"
                + " every point, the linked projects, the delivery outlook of their capacity, and every source.")
final class AgreementCommand extends QueryCommand<AgreementReport> {
    @Parameters(
            paramLabel = "ID",
            description = "Agreement id, e.g. us-au-framework-2025 (see `lodestone agreements`).")
    String id;

    @Option(names = "--on", paramLabel = "DATE", description = "Date for deadlines, YYYY-MM-DD (default: today).")
    LocalDate on;

    @Option(
            names = "--to",
            paramLabel = "YEAR",
            description = "Last year of the outlook (default: " + Defaults.OUTLOOK_LAST_YEAR + ").")
    Integer toYear;

    @Override
    Query<AgreementReport> query() {
        return new AgreementQuery(id, on, toYear);
    }

    @Override
    void text(PrintWriter out, AgreementReport report) {
        AgreementView view = report.agreement();
        out.println(view.title());
        out.println("[" + view.id() + "] " + view.kind() + ", signed " + view.signed() + ", " + view.place());
        out.println("Parties: " + String.join("; ", view.parties()));
        out.println("Minerals: " + String.join(", ", view.minerals()));
        if (!view.titleVariants().isEmpty()) {
            out.println("Also called: " + String.join("; ", view.titleVariants()));
        }
        out.println();
        out.println("== MONEY ==");
        if (view.money().isEmpty()) {
            out.println("No amount in the sources.");
        }
        view.money()
                .forEach(m -> out.println("- " + m.qualifier().replace('-', ' ').toUpperCase(Locale.ROOT) + " "
                        + m.currency() + " " + Format.number(m.amount()) + " [" + m.purpose() + "] " + m.payer()
                        + (m.pressOnly() ? " (PRESS ONLY)" : "") + " ("
                        + (m.source() == null ? "no source" : m.source()) + ")"
                        + (m.note().isEmpty() ? "" : ": " + m.note())));
        out.println();
        out.println("== COMMITMENTS (deadlines as of " + report.on() + ") ==");
        view.commitments()
                .forEach(c -> out.println("- " + c.text()
                        + (c.deadline() == null
                                ? ""
                                : " [deadline " + c.deadline()
                                        + (c.deadlinePassed() ? ", passed; no record of delivery in the store" : "")
                                        + "]")
                        + " (" + c.source() + ")"));
        out.println();
        out.println("== CLAUSES ==");
        view.clauses()
                .forEach((name, text) -> out.println("- " + name + ": " + (text == null ? "none recorded" : text)));
        out.println();
        out.println("== CONCRETENESS SCORE: " + view.scorecard().points() + " of "
                + view.scorecard().maxPoints() + " ==");
        Output.table(
                out,
                Table.of(AgreementView.CRITERION_COLUMNS, view.scorecard().criteria())
                        .width(90));
        out.println();
        out.println("== PROJECTS ==");
        if (view.projects().isEmpty()) {
            out.println("No linked project.");
        }
        for (AgreementView.ProjectView p : view.projects()) {
            out.println("- " + p.name() + " [" + p.id() + "], " + p.country() + ", " + p.stage() + ", operator "
                    + p.operator());
            if (p.capacityTonnesPerYear() != null) {
                out.println("  capacity " + Format.number(p.capacityTonnesPerYear()) + " t/yr " + p.capacityBasis()
                        + " (" + p.capacitySource() + ")");
            }
            out.println("  status: " + p.status());
            p.parameters().forEach(text -> out.println("  " + text));
            p.conflictingFigures()
                    .forEach(c ->
                            out.println("  sources disagree on " + c.field() + ": " + String.join(" | ", c.values())));
        }
        for (OutlookView outlook : report.outlooks()) {
            OutlookCommand.print(out, outlook);
        }
        Output.sources(out, view.sources());
        if (!view.note().isEmpty()) {
            out.println();
            out.println("Note: " + view.note());
        }
    }
}
