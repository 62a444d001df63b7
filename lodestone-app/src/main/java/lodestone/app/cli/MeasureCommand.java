package lodestone.app.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import lodestone.app.view.MeasureView;
import lodestone.model.knowledge.KnowledgeSnapshot;
import lodestone.model.policy.TradeMeasure;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lodestone measure <id>}: one measure's history, status and sources. */
@Command(
        name = "measure",
        mixinStandardHelpOptions = true,
        description = "Show one export control: what it covers, its dated history, its status on a date (derived from"
                + " the events) and every source.")
final class MeasureCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Parameters(
            paramLabel = "ID",
            description = "Measure id, e.g. cn-ree-medium-heavy-2025 (see `lodestone measures`).")
    String id;

    @Option(names = "--on", paramLabel = "DATE", description = "Date of the status, YYYY-MM-DD (default: today).")
    LocalDate on;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        KnowledgeSnapshot snapshot = store.snapshot();
        TradeMeasure measure = snapshot.policy()
                .measure(id)
                .orElseThrow(() -> new UserException("measure (" + id
                        + ") is unknown.\nMaybe run `lodestone measures --on 2026-01-01` to list the ids."));
        MeasureView view = MeasureView.of(snapshot, measure, on == null ? LocalDate.now(Clocks.SYSTEM) : on);
        PrintWriter out = spec.commandLine().getOut();
        switch (store.format) {
            case JSON -> Output.json(out, view);
            case CSV ->
                Output.csv(
                        out,
                        List.of("measure", "event", "date", "until", "source", "note"),
                        view.events().stream()
                                .map(e -> List.<Object>of(
                                        view.id(),
                                        e.type(),
                                        e.date(),
                                        e.until() == null ? "" : e.until(),
                                        e.source(),
                                        e.note()))
                                .toList());
            case TABLE -> {
                out.println(view.title() + " [" + view.id() + "]");
                out.println("Issuer: " + view.issuer() + "; kind: " + view.kind() + "; legal reference: "
                        + view.legalReference());
                out.println("Minerals: " + String.join(", ", view.minerals()) + "; destinations: "
                        + String.join(", ", view.targets()));
                out.println("Status on " + view.status().on() + ": "
                        + view.status().description() + (view.status().binds() ? " (binds)" : " (does not bind)"));
                if (!view.productForms().isEmpty()) {
                    out.println("Product forms:");
                    view.productForms().forEach(form -> out.println("  - " + form));
                }
                out.println();
                out.println("History:");
                Output.table(
                        out,
                        List.of("DATE", "EVENT", "UNTIL", "SOURCE", "NOTE"),
                        view.events().stream()
                                .map(e -> List.of(
                                        e.date().toString(),
                                        e.type(),
                                        e.until() == null ? "" : e.until().toString(),
                                        e.source(),
                                        e.note()))
                                .toList(),
                        60);
                if (!view.note().isEmpty()) {
                    out.println();
                    out.println("Note: " + view.note());
                }
                out.println();
                out.println("Sources:");
                view.sources()
                        .forEach(s -> out.println("  [" + s.id() + "] " + s.publisher() + ", \"" + s.title() + "\" ("
                                + s.tier() + ") " + (s.url() == null ? "" : s.url())));
            }
        }
        return 0;
    }
}
