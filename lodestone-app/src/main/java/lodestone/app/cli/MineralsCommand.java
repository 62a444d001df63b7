package lodestone.app.cli;

import java.io.PrintWriter;
import lodestone.report.Query;
import lodestone.report.mineral.MineralsQuery;
import lodestone.report.mineral.MineralsResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code lodestone minerals}: the catalogue, optionally one official list. */
@Command(
        name = "minerals",
        mixinStandardHelpOptions = true,
        description = "List the minerals Lodestone knows, with their list memberships; or only the members of one"
                + " official list.")
final class MineralsCommand extends QueryCommand<MineralsResult> {
    @Option(
            names = "--list",
            paramLabel = "LIST",
            description = "Only the members of this list: usgs-2025 (60, 7 Nov 2025), usgs-2022 (50, 24 Feb 2022) or"
                    + " eu-2023 (34, 16 Mar 2023).")
    String list;

    @Override
    Query<MineralsResult> query() {
        return new MineralsQuery(list);
    }

    @Override
    void text(PrintWriter out, MineralsResult result) {
        if (result.list() != null) {
            out.println(result.name() + ", published " + result.published() + " (" + result.count()
                    + " entries; source: " + result.sourceTitle() + ")");
        }
        Output.table(out, result.table());
    }
}
