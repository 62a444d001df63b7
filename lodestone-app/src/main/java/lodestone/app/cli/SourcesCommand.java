package lodestone.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import lodestone.app.view.SourceView;
import lodestone.model.knowledge.KnowledgeSnapshot;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code lodestone sources}: every source with its attribution. */
@Command(
        name = "sources",
        mixinStandardHelpOptions = true,
        description = "List every source in the knowledge base with its publisher, licence, attribution and the number"
                + " of observations that cite it.")
final class SourcesCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /**
     * @param source the source
     * @param observations how many observations cite it
     */
    record Row(SourceView source, long observations) {}

    @Override
    public Integer call() {
        KnowledgeSnapshot snapshot = store.snapshot();
        Map<String, Long> counts = snapshot.observations().stream()
                .collect(Collectors.groupingBy(o -> o.provenance().source().value(), Collectors.counting()));
        List<Row> rows = snapshot.sources().stream()
                .map(SourceView::of)
                .map(view -> new Row(view, counts.getOrDefault(view.id(), 0L)))
                .toList();
        PrintWriter out = spec.commandLine().getOut();
        switch (store.format) {
            case JSON -> Output.json(out, rows);
            case CSV ->
                Output.csv(
                        out,
                        List.of(
                                "id",
                                "publisher",
                                "title",
                                "url",
                                "doi",
                                "tier",
                                "licence",
                                "attribution",
                                "observations"),
                        rows.stream()
                                .map(r -> List.<Object>of(
                                        r.source().id(),
                                        r.source().publisher(),
                                        r.source().title(),
                                        orEmpty(r.source().url()),
                                        orEmpty(r.source().doi()),
                                        r.source().tier(),
                                        r.source().licence(),
                                        r.source().attribution(),
                                        r.observations()))
                                .toList());
            case TABLE ->
                rows.forEach(r -> {
                    out.println("[" + r.source().id() + "] " + r.source().title());
                    out.println("    publisher: " + r.source().publisher() + "; tier: "
                            + r.source().tier() + "; licence: " + r.source().licence() + "; observations: "
                            + r.observations());
                    out.println("    "
                            + (r.source().url() == null
                                    ? "doi:" + r.source().doi()
                                    : r.source().url()));
                    out.println("    credit: " + r.source().attribution());
                });
        }
        return 0;
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
