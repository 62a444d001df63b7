package lodestone.app.cli;

import java.io.PrintWriter;
import lodestone.report.Query;
import lodestone.report.source.SourceListing;
import lodestone.report.source.SourcesQuery;
import picocli.CommandLine.Command;

/** {@code lodestone sources}: every source with its attribution. */
@Command(
        name = "sources",
        mixinStandardHelpOptions = true,
        description = "List every source in the knowledge base with its publisher, licence, attribution and the number"
                + " of observations that cite it.")
final class SourcesCommand extends QueryCommand<SourceListing> {
    @Override
    Query<SourceListing> query() {
        return new SourcesQuery();
    }

    @Override
    void text(PrintWriter out, SourceListing result) {
        result.rows().forEach(r -> {
            out.println("[" + r.source().id() + "] " + r.source().title());
            out.println("    publisher: " + r.source().publisher() + "; tier: "
                    + r.source().tier() + "; licence: " + r.source().licence() + "; observations: " + r.observations());
            out.println("    "
                    + (r.source().url() == null
                            ? "doi:" + r.source().doi()
                            : r.source().url()));
            out.println("    credit: " + r.source().attribution());
        });
    }
}
