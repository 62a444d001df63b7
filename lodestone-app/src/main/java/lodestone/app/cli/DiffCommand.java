package lodestone.app.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import lodestone.app.view.EditionDiffView;
import lodestone.model.knowledge.EditionChoice;
import lodestone.model.knowledge.KnowledgeSnapshot;
import lodestone.model.mineral.MineralId;
import lodestone.model.provenance.Edition;
import lodestone.risk.edition.EditionDiff;
import lodestone.store.db.LodestoneStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lodestone diff mcs-2025 mcs-2026 [--mineral X]}: what the later edition revised. */
@Command(
        name = "diff",
        mixinStandardHelpOptions = true,
        description = {
            "List what a later edition of a publication revised in the data years both give: every value that moved"
                    + " at least 5 %% (shares and other fractions: at least 1 percentage point), and every country's"
                    + " share of world production that moved at least 1 percentage point, with both editions'"
                    + " values and sources.",
            "Example: lodestone diff mcs-2025 mcs-2026 --mineral rare-earths"
        })
final class DiffCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Parameters(index = "0", paramLabel = "FROM", description = "The earlier edition, e.g. mcs-2025.")
    String from;

    @Parameters(index = "1", paramLabel = "TO", description = "The later edition, e.g. mcs-2026.")
    String to;

    @Option(names = "--mineral", paramLabel = "MINERAL", description = "One mineral (id or name); default: all.")
    String mineral;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        KnowledgeSnapshot snapshot;
        try (LodestoneStore opened = store.open()) {
            snapshot = opened.snapshot(EditionChoice.all());
        }
        Optional<MineralId> subject = mineral == null
                ? Optional.empty()
                : Optional.of(Lookup.mineral(snapshot, mineral).id());
        EditionDiff.Result result = EditionDiff.compare(snapshot, Edition.parse(from), Edition.parse(to), subject);
        EditionDiffView view = EditionDiffView.of(
                snapshot, result, subject.map(MineralId::value).orElse(null));
        PrintWriter out = spec.commandLine().getOut();
        switch (store.format) {
            case JSON -> Output.json(out, view);
            case CSV ->
                Output.csv(
                        out,
                        List.of(
                                "mineral",
                                "kind",
                                "metric",
                                "stage",
                                "area",
                                "period",
                                "unit",
                                view.from(),
                                view.to(),
                                "change",
                                "source_" + view.from(),
                                "locator_" + view.from(),
                                "source_" + view.to(),
                                "locator_" + view.to()),
                        view.revisions().stream()
                                .map(r -> List.<Object>of(
                                        r.mineral(),
                                        r.kind(),
                                        r.metric(),
                                        r.stage() == null ? "" : r.stage(),
                                        r.area(),
                                        r.period(),
                                        r.unit(),
                                        r.before(),
                                        r.after(),
                                        r.change(),
                                        r.sourceBefore(),
                                        r.locatorBefore(),
                                        r.sourceAfter(),
                                        r.locatorAfter()))
                                .toList());
            case TABLE -> table(out, view);
        }
        return 0;
    }

    private static void table(PrintWriter out, EditionDiffView view) {
        out.println("What " + view.to() + " revised in the data years it shares with " + view.from()
                + (view.mineral() == null ? "" : ", " + view.mineral()) + " (" + view.thresholds() + "):");
        List<List<String>> rows = new ArrayList<>();
        for (EditionDiffView.RevisionView r : view.revisions()) {
            boolean fraction = r.unit().isEmpty();
            rows.add(List.of(
                    r.mineral(),
                    r.kind().equals("share") ? "share of world" : r.metric(),
                    r.stage() == null ? "" : r.stage(),
                    r.name(),
                    r.period(),
                    fraction ? Output.percent(r.before()) : Output.number(r.before()) + " " + r.unit(),
                    fraction ? Output.percent(r.after()) : Output.number(r.after()) + " " + r.unit(),
                    fraction
                            ? String.format(java.util.Locale.ROOT, "%+.1f pt", 100 * r.change())
                            : r.relativeChange() == null
                                    ? "new"
                                    : String.format(java.util.Locale.ROOT, "%+.0f %%", 100 * r.relativeChange()),
                    r.locatorBefore() + " | " + r.locatorAfter()));
        }
        Output.table(
                out,
                List.of(
                        "MINERAL",
                        "WHAT",
                        "STAGE",
                        "AREA",
                        "YEAR",
                        view.from().toUpperCase(java.util.Locale.ROOT),
                        view.to().toUpperCase(java.util.Locale.ROOT),
                        "CHANGE",
                        "SOURCES (" + view.from() + " | " + view.to() + ")"),
                rows,
                70);
        out.println(view.revisions().size() + " revisions among " + view.compared() + " figures both editions give; "
                + view.unpaired() + " figures are in one edition only.");
        java.util.Set<String> sources = new java.util.TreeSet<>();
        view.revisions().forEach(r -> {
            sources.add(r.sourceBefore());
            sources.add(r.sourceAfter());
        });
        if (!sources.isEmpty()) {
            out.println("Sources: " + String.join(", ", sources) + " (see lodestone sources).");
        }
    }
}
