package lodestone.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import lodestone.news.article.Article;
import lodestone.news.extract.Claim;
import lodestone.news.extract.Event;
import lodestone.news.extract.Extraction;
import lodestone.news.extract.ExtractionLimits;
import lodestone.news.extract.LimitExceededException;
import lodestone.news.extract.NewsExtractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code lodestone extract}: events and share claims read from articles, without the knowledge base. */
@Command(
        name = "extract",
        mixinStandardHelpOptions = true,
        description = {
            "Read events (agreement, investment, offtake, joint_venture, export_control, export_control_suspension,"
                    + " list_update, tariff, other) and share claims from news articles, each with its evidence span. A"
                    + " pipeline of rules and a sentence classifier (MiniLM, shipped in the jar); deterministic; no"
                    + " database and no network unless the input is a URL.",
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
            description = "Output format: table," + " json or jsonl (default: ${DEFAULT-VALUE}).")
    String format;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws JsonProcessingException {
        String f = format.trim().toLowerCase(Locale.ROOT);
        if (!f.equals("table") && !f.equals("json") && !f.equals("jsonl")) {
            throw new UserException("format (" + format + ") must be one of table, json, jsonl.");
        }
        NewsExtractor extractor = NewsExtractor.bundled();
        List<Extraction> extractions = new ArrayList<>();
        ExtractionLimits limits = input.limits();
        for (Article article : input.read()) {
            try {
                extractions.add(extractor.extract(article, limits));
            } catch (LimitExceededException e) {
                throw new UserException(e.getMessage());
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        switch (f) {
            case "jsonl" -> {
                var writer = Output.JSON.writer().without(SerializationFeature.INDENT_OUTPUT);
                for (Extraction x : extractions) {
                    out.println(writer.writeValueAsString(x.toSchema()));
                }
            }
            case "json" -> {
                List<Map<String, Object>> all = new ArrayList<>();
                extractions.forEach(x -> all.add(x.toSchema()));
                Output.json(out, Map.of("articles", all));
            }
            default -> {
                for (Extraction x : extractions) {
                    table(out, x);
                }
            }
        }
        out.flush();
        return 0;
    }

    static void table(PrintWriter out, Extraction x) {
        out.println(x.article().name() + " (published "
                + x.article().published().map(Object::toString).orElse("unknown") + "): "
                + x.events().size() + " events, " + x.claims().size() + " claims");
        x.notices().forEach(n -> out.println("note: " + n));
        List<List<String>> rows = new ArrayList<>();
        for (Event e : x.events()) {
            rows.add(List.of(
                    e.type().id(),
                    String.join(", ", e.parties()),
                    String.join(", ", e.minerals()),
                    e.money()
                            .map(m -> m.qualifier() + " " + Output.number(m.amount()) + " " + m.currency())
                            .orElse(""),
                    e.date().map(Object::toString).orElse(""),
                    e.evidence()));
        }
        if (!rows.isEmpty()) {
            Output.table(out, List.of("EVENT", "PARTIES", "MINERALS", "AMOUNT", "DATE", "EVIDENCE"), rows, 48);
        }
        rows = new ArrayList<>();
        for (Claim c : x.claims()) {
            rows.add(List.of(c.country(), c.mineral(), c.stage(), Output.number(c.sharePct()) + " %", c.evidence()));
        }
        if (!rows.isEmpty()) {
            Output.table(out, List.of("COUNTRY", "MINERAL", "STAGE", "SHARE", "EVIDENCE"), rows, 60);
        }
        out.println();
    }
}
