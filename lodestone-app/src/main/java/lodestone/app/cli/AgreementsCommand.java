package lodestone.app.cli;

import java.time.LocalDate;
import lodestone.report.Query;
import lodestone.report.policy.AgreementListing;
import lodestone.report.policy.AgreementsQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code lodestone agreements}: agreements with their concreteness score. */
@Command(
        name = "agreements",
        mixinStandardHelpOptions = true,
        description = "List agreements, investments and joint ventures with their date, parties, firm money and"
                + " concreteness score (see `lodestone agreement <id>` for the reasons).")
final class AgreementsCommand extends QueryCommand<AgreementListing> {
    @Option(names = "--on", paramLabel = "DATE", description = "Date for deadlines, YYYY-MM-DD (default: today).")
    LocalDate on;

    @Option(names = "--party", paramLabel = "ISO2", description = "Only agreements with a party of this country.")
    String party;

    @Option(names = "--mineral", paramLabel = "ID", description = "Only agreements naming this mineral (or its group).")
    String mineral;

    @Override
    Query<AgreementListing> query() {
        return new AgreementsQuery(on, party, mineral);
    }
}
