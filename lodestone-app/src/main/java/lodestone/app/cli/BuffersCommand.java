package lodestone.app.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import lodestone.model.buffer.BufferStatus;
import lodestone.model.buffer.Buffers;
import lodestone.model.buffer.BuffersInForce;
import lodestone.model.buffer.PriceFloor;
import lodestone.model.buffer.Stockpile;
import lodestone.model.geo.Country;
import lodestone.model.knowledge.KnowledgeSnapshot;
import lodestone.model.mineral.Mineral;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lodestone buffers}: stockpiles and price floors covering a mineral, and which are in force on a date. */
@Command(
        name = "buffers",
        mixinStandardHelpOptions = true,
        description = {
            "List the stockpiles (strategic reserves) and price floors or offtake guarantees that cover a mineral and"
                    + " serve a country, with their state on a date (announced, funded, in force, ended) derived from"
                    + " their sourced milestones: a reserve counts as in force only from a sourced start of operation.",
            "These are the dated inputs scenarios and the risk index read; --without KEY switches one off, as a"
                    + " scenario's `--without vault` does."
        })
final class BuffersCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "MINERAL", description = "Mineral id or name, e.g. dysprosium.")
    String mineral;

    @Mixin
    StoreOptions store;

    @Option(names = "--on", paramLabel = "DATE", description = "Date of the states, YYYY-MM-DD (default: today).")
    LocalDate on;

    @Option(
            names = "--perspective",
            paramLabel = "ISO2",
            defaultValue = "US",
            description = "The country whose supply is buffered (default: ${DEFAULT-VALUE}).")
    String perspective;

    @Option(
            names = "--without",
            paramLabel = "KEY",
            description = "Switch a stockpile or floor off by key or id (repeat).")
    List<String> without = new ArrayList<>();

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        KnowledgeSnapshot snapshot = store.snapshot();
        Mineral found = Lookup.mineral(snapshot, mineral);
        Country country = Lookup.country(snapshot, perspective);
        LocalDate date = on == null ? LocalDate.now(Clocks.SYSTEM) : on;
        Buffers buffers = new BuffersInForce(
                        snapshot.policy().stockpiles(),
                        snapshot.policy().priceFloors(),
                        snapshot.minerals(),
                        snapshot.lists())
                .on(date, found.id(), Optional.of(country.code()), Set.copyOf(without));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (BufferStatus<Stockpile> s : buffers.stockpiles()) {
            rows.add(row(
                    s,
                    "stockpile",
                    s.record().id(),
                    s.record().key(),
                    s.record().name(),
                    s.record().target().map(t -> "target " + t.label()).orElse("no target stated"),
                    s.record().sources().stream().map(id -> id.value()).toList()));
        }
        for (BufferStatus<PriceFloor> f : buffers.floors()) {
            PriceFloor floor = f.record();
            String terms = floor.price().map(p -> "floor " + p.label()).orElse("no price stated")
                    + floor.volume().map(v -> "; " + v.label()).orElse("")
                    + floor.termYears().map(y -> "; " + y + "-year term").orElse("");
            rows.add(row(
                    f,
                    floor.kind().id(),
                    floor.id(),
                    floor.key(),
                    floor.name(),
                    terms,
                    floor.sources().stream().map(id -> id.value()).toList()));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (store.format == OutputFormat.JSON) {
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("on", date.toString());
            result.put("mineral", found.id().value());
            result.put("perspective", country.code().value());
            result.put("without", without);
            result.put(
                    "targetDaysInForce",
                    buffers.targetDaysInForce().isPresent()
                            ? buffers.targetDaysInForce().getAsDouble()
                            : null);
            result.put("buffers", rows);
            Output.json(out, result);
            return 0;
        }
        out.println("Stockpiles and price floors for " + found.id().value() + " serving "
                + country.code().value() + " on " + date + (rows.isEmpty() ? ": none on record." : ":"));
        Output.table(
                out,
                List.of("ID", "KEY", "KIND", "STATE", "TERMS"),
                rows.stream()
                        .map(r -> List.of(
                                (String) r.get("id"),
                                (String) r.get("key"),
                                (String) r.get("kind"),
                                (Boolean.TRUE.equals(r.get("switchedOff")) ? "SWITCHED OFF; " : "") + r.get("state"),
                                (String) r.get("terms")))
                        .toList(),
                40);
        out.println("Sources:");
        rows.forEach(r -> out.println("  " + r.get("id") + ": " + String.join(", ", castList(r.get("sources")))));
        buffers.targetDaysInForce()
                .ifPresent(days -> out.println("Days of supply targeted by the reserves in force: " + days + "."));
        return 0;
    }

    @SuppressWarnings("unchecked")
    private static List<String> castList(Object value) {
        return (List<String>) value;
    }

    private static Map<String, Object> row(
            BufferStatus<?> status,
            String kind,
            String id,
            String key,
            String name,
            String terms,
            List<String> sources) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", id);
        row.put("key", key);
        row.put("kind", kind);
        row.put("name", name);
        row.put("state", status.description());
        row.put("inForce", status.inForce());
        row.put("switchedOff", status.switchedOff());
        row.put("terms", terms);
        row.put("sources", sources);
        return row;
    }
}
