package lodestone.app.cli;

import lodestone.report.Query;
import lodestone.report.mineral.CriticalLists;
import lodestone.report.mineral.ListsQuery;
import picocli.CommandLine.Command;

/** {@code lodestone lists}: the official critical-mineral lists with their entries as published. */
@Command(
        name = "lists",
        mixinStandardHelpOptions = true,
        description = "List the official critical-mineral lists (USGS 2022 and 2025, EU 2023) with every entry as"
                + " published and the catalogue minerals it covers (as GET /api/v1/lists).")
final class ListsCommand extends QueryCommand<CriticalLists> {
    @Override
    Query<CriticalLists> query() {
        return new ListsQuery();
    }
}
