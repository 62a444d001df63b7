package lodestone.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import lodestone.news.extract.Claim;
import lodestone.news.extract.Event;
import lodestone.news.extract.Extraction;
import lodestone.report.news.ExtractQuery;
import lodestone.report.news.ExtractResult;
import lodestone.report.table.Column;
import lodestone.report.table.Format;
import lodestone.report.table.Table;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code lodestone extract}: events and share claims read from articles, without the knowledge base. */
@Command(
        name = "extract",
        mixinStandardHelpOptions = true,
        description = {
            "Read events (agreement, investment, offtake, joint_venture, export_control, export_control_suspension,"
                    + " list_update, tariff) and share claims from news articles, each with its evidence span. Rule-based"
                    + " and deterministic; no database and no network unless the input is a URL.",
            "--format jsonl prints one object per article in the schema of ../shared/seeds/gold.jsonl, for"
                    + " ../shared/tools/score-extraction."
        })
final class ExtractCommand implements Callable<Integer> {
    @Mixin
    NewsInput input;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "table",
            description = "Output format: table, json or jsonl (default: ${DEFAULT-VALUE}).")
    String format;

    @Spec
    CommandSpec spec;

    static final List<Column<Event>> EVENT_COLUMNS = List.of(
            Column.<Event>of(null, "EVENT", e -> e.type().id()),
            Column.of(null, "PARTIES", Event::parties),
            Column.of(null, "MINERALS", Event::minerals),
            Column.<Event>of(
                    null,
                    "AMOUNT",
                    e -> e.money()
                            .map(m -> m.qualifier() + " " + Format.number(m.amount()) + " " + m.currency())
                            .orElse("")),
            Column.<Event>of(null, "DATE", e -> e.date().map(Object::toString).orElse("")),
            Column.of(null, "EVIDENCE", Event::evidence));

    static final List<Column<Claim>> CLAIM_COLUMNS = List.of(
            Column.of(null, "COUNTRY", Claim::country),
            Column.of(null, "MINERAL", Claim::mineral),
            Column.of(null, "STAGE", Claim::stage),
            Column.<Claim>of(null, "SHARE", c -> Format.number(c.sharePct()) + " %"),
            Column.of(null, "EVIDENCE", Claim::evidence));

    @Override
    public Integer call() throws JsonProcessingException {
        String f = format.trim().toLowerCase(Locale.ROOT);
        if (!f.equals("table") && !f.equals("json") && !f.equals("jsonl")) {
            throw new UserException("format (" + format + ") must be one of table, json, jsonl.");
        }
        ExtractResult result = new ExtractQuery(input.articles()).read();
        PrintWriter out = spec.commandLine().getOut();
        switch (f) {
            case "jsonl" -> {
                ObjectWriter writer = Output.JSON.writer().without(SerializationFeature.INDENT_OUTPUT);
                for (Map<String, Object> document : result.documents()) {
                    out.println(writer.writeValueAsString(document));
                }
            }
            case "json" -> Output.json(out, result);
            default -> result.extractions().forEach(x -> table(out, x));
        }
        out.flush();
        return 0;
    }

    static void table(PrintWriter out, Extraction x) {
        out.println(x.article().name() + " (published "
                + x.article().published().map(Object::toString).orElse("unknown") + "): "
                + x.events().size() + " events, " + x.claims().size() + " claims");
        if (!x.events().isEmpty()) {
            Output.table(out, Table.of(EVENT_COLUMNS, x.events()).width(48));
        }
        if (!x.claims().isEmpty()) {
            Output.table(out, Table.of(CLAIM_COLUMNS, x.claims()).width(60));
        }
        out.println();
    }
}
