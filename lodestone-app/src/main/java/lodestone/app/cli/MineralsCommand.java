package lodestone.app.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import lodestone.app.view.MineralListing;
import lodestone.model.knowledge.KnowledgeSnapshot;
import lodestone.model.list.CriticalMineralList;
import lodestone.model.mineral.Mineral;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code lodestone minerals}: the catalogue, optionally one official list. */
@Command(
        name = "minerals",
        mixinStandardHelpOptions = true,
        description = "List the minerals Lodestone knows, with their list memberships; or only the members of one"
                + " official list.")
final class MineralsCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Option(
            names = "--list",
            paramLabel = "LIST",
            description = "Only the members of this list: usgs-2025 (60, 7 Nov 2025), usgs-2022 (50, 24 Feb 2022) or"
                    + " eu-2023 (34, 16 Mar 2023).")
    String list;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /**
     * @param list the list asked for, or null
     * @param name its name
     * @param published its date
     * @param source its source id
     * @param count number of entries as published
     * @param minerals the rows
     */
    record Result(
            String list, String name, String published, String source, Integer count, List<MineralListing> minerals) {}

    @Override
    public Integer call() {
        KnowledgeSnapshot snapshot = store.snapshot();
        CriticalMineralList chosen = null;
        if (list != null) {
            chosen = snapshot.list(list)
                    .orElseThrow(() -> new UserException("list (" + list
                            + ") is unknown; the lists are "
                            + snapshot.lists().stream()
                                    .map(CriticalMineralList::id)
                                    .toList()));
        }
        List<MineralListing> rows = new ArrayList<>();
        if (chosen == null) {
            rows.addAll(MineralListing.catalogue(snapshot));
        } else {
            for (CriticalMineralList.Entry entry : chosen.entries()) {
                Mineral mineral = snapshot.minerals().require(entry.minerals().get(0));
                rows.add(MineralListing.of(snapshot, mineral, entry.name()));
            }
        }
        Result result = chosen == null
                ? new Result(null, null, null, null, null, rows)
                : new Result(
                        chosen.id(),
                        chosen.name(),
                        chosen.published().toString(),
                        chosen.source().value(),
                        chosen.entries().size(),
                        rows);
        PrintWriter out = spec.commandLine().getOut();
        switch (store.format) {
            case JSON -> Output.json(out, result);
            case CSV ->
                Output.csv(
                        out,
                        List.of("id", "name", "symbol", "groups", "lists", "entry"),
                        rows.stream()
                                .map(r -> List.<Object>of(
                                        r.id(),
                                        r.name(),
                                        r.symbol() == null ? "" : r.symbol(),
                                        String.join(";", r.groups()),
                                        String.join(";", r.lists()),
                                        r.entry()))
                                .toList());
            case TABLE -> {
                if (chosen != null) {
                    out.println(chosen.name() + ", published " + chosen.published() + " ("
                            + chosen.entries().size() + " entries; source: "
                            + snapshot.source(chosen.source()).title() + ")");
                }
                Output.table(
                        out,
                        List.of("ID", "NAME", "SYMBOL", "GROUPS", "LISTS", "ENTRY AS PUBLISHED"),
                        rows.stream()
                                .map(r -> List.of(
                                        r.id(),
                                        r.name(),
                                        r.symbol() == null ? "" : r.symbol(),
                                        String.join(",", r.groups()),
                                        String.join(",", r.lists()),
                                        r.entry()))
                                .toList(),
                        40);
            }
        }
        return 0;
    }
}
