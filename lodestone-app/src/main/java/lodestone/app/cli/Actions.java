package lodestone.app.cli;

import static lodestone.app.resource.Param.Type.DATE;
import static lodestone.app.resource.Param.Type.DECIMAL;
import static lodestone.app.resource.Param.Type.FLAG;
import static lodestone.app.resource.Param.Type.INTEGER;
import static lodestone.app.resource.Param.Type.LIST;
import static lodestone.app.resource.Param.Type.LONG;
import static lodestone.app.resource.Param.Type.TEXT;

import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import lodestone.app.resource.Param;
import lodestone.news.article.FetchPolicy;
import lodestone.news.extract.Claim;
import lodestone.news.extract.Event;
import lodestone.news.extract.Extraction;
import lodestone.news.extract.ExtractionLimits;
import lodestone.news.reconcile.CheckReport;
import lodestone.plan.PlanSettings;
import lodestone.report.Defaults;
import lodestone.report.QueryException;
import lodestone.report.ReportContext;
import lodestone.report.dataset.DatasetImport;
import lodestone.report.dataset.ImportResult;
import lodestone.report.news.ArticleInput;
import lodestone.report.news.CheckQuery;
import lodestone.report.news.ExtractQuery;
import lodestone.report.news.ExtractResult;
import lodestone.report.news.IngestResult;
import lodestone.report.news.NewsViews;
import lodestone.report.plan.PlanDefaults;
import lodestone.report.plan.PlanRequest;
import lodestone.report.plan.PlanResult;
import lodestone.report.plan.Plans;
import lodestone.report.scenario.ScenarioDefaults;
import lodestone.report.scenario.ScenarioQuery;
import lodestone.report.scenario.SimulationView;
import lodestone.report.scenario.SweepQuery;
import lodestone.report.scenario.SweepResult;
import lodestone.report.table.Column;
import lodestone.report.table.Format;
import lodestone.report.table.Table;
import lodestone.report.table.Unit;
import lodestone.sim.engine.Band;
import lodestone.sim.engine.Progress;
import lodestone.sim.scenario.Assumption;
import lodestone.store.dataset.Datasets;
import lodestone.store.db.LodestoneStore;
import lodestone.store.importing.ImportProgress;
import lodestone.store.importing.ImportedDataset;
import lodestone.store.reference.ReferenceData;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;

/**
 * The commands that run more than one question: a scenario or a sweep with a progress bar, an import that writes, the
 * news commands that read articles. Each is declared with its parameters and its body.
 */
final class Actions {
    private static final List<Param> ARTICLES = List.of(
            Param.argument("input", "an article file (.txt or .html), a directory of them, or an http(s) URL"),
            Param.option(
                    "published",
                    DATE,
                    "the publication date, for relative dates (\"yesterday\", \"last"
                            + " Tuesday\") and office-holder checks; overrides the article's own, and dates an"
                            + " article whose own publication line reads two ways (04/03/2026), which is otherwise read"
                            + " as undated with a note"),
            Param.option(
                    "timeout",
                    INTEGER,
                    "the longest wait for a URL in seconds, redirects and body included" + " (default "
                            + ArticleInput.TIMEOUT_SECONDS + ")"),
            Param.option(
                    "max-bytes",
                    LONG,
                    "the largest article accepted, file or HTTP body (default " + ArticleInput.MAX_BYTES + ")"),
            Param.option(
                    "allow-private-fetch",
                    FLAG,
                    "let a URL lead to loopback, private, link-local or other non-public addresses (refused by"
                            + " default, redirects included)"),
            Param.option(
                    "max-chars",
                    LONG,
                    "extraction budget: the longest clean text accepted per article, in characters (default "
                            + ExtractionLimits.DEFAULT.maxChars() + ")"),
            Param.option(
                    "time-limit",
                    INTEGER,
                    "extraction budget: the longest extraction of one article in seconds; past it the work stops and"
                            + " names the limit (default "
                            + ExtractionLimits.DEFAULT.timeLimit().toSeconds() + ")"),
            Param.option(
                    "max-model-sentences",
                    INTEGER,
                    "sentences per article the classifier reads; the rest are decided by the rules alone, and the"
                            + " output says so; 0 for rules alone (default "
                            + ExtractionLimits.DEFAULT.maxModelSentences() + ")"));
    private static final Param PATHS =
            Param.option("paths", INTEGER, "Monte Carlo paths (default " + ScenarioDefaults.PATHS + ")");
    private static final Param SEED = Param.option("seed", LONG, "the seed (default " + ScenarioDefaults.SEED + ")");
    private static final Param THREADS =
            Param.option("threads", INTEGER, "worker threads (default every core); they do not change the numbers");

    private Actions() {}

    /** @return the commands, in the order the command line lists them */
    static List<CommandLine> all() {
        return List.of(
                DeclaredCommand.of(
                        "simulate",
                        "Run a disruption scenario: a shipped preset (lodestone scenarios) or a YAML/JSON spec file."
                                + " For each market, month by month: the shortfall (fraction of demand), the issuer's"
                                + " exports (index), the issuer's home price and the outside spot and realised prices"
                                + " (indices, 1 before the announcement), each as P10/P50/P90 (JSON and CSV also"
                                + " P5/P95 and means), the share of demand held by buyers that had to stop, and the"
                                + " cumulative shortfall, months to recovery and the probability of a stop. Supply"
                                + " mixes marked supplyFrom come from the dependency query, project partners from the"
                                + " knowledge base. A seed gives identical numbers on any number of threads. The"
                                + " stockpiles in force on the day the measure takes effect (lodestone buffers) add"
                                + " their days-of-supply target / 30.4375 months to every dependent buyer's stocks;"
                                + " price floors are listed, not modelled. Beside the model's P10-P90 of every price"
                                + " and volume index, a predictive P10-P90 adds the model's own error as the"
                                + " cross-validated back-test measures it (JSON: predictive and modelError; CSV:"
                                + " *_predictive_p10/p90; table: OUTSIDE PREDICTIVE P10-P90); the model's band is"
                                + " parameter uncertainty only. Model, assumptions and back-test:"
                                + " docs/methods/simulation.md, docs/methods/buffers.md.",
                        List.of(
                                Param.argument("scenario", "a preset id or the path of a spec file"),
                                PATHS,
                                SEED,
                                Param.option("horizon", INTEGER, "months to simulate (default the scenario's)"),
                                THREADS,
                                Param.option("assumptions", FLAG, "also list the scenario's written assumptions")
                                        .onlyIn(
                                                List.of("table"),
                                                "the JSON always has every note (assumptions) and the CSV has the"
                                                        + " monthly rows only. Maybe leave it out."),
                                Param.option(
                                        "without",
                                        LIST,
                                        "switch a stockpile or price floor off by key or id, e.g. vault (repeat)"),
                                Param.option(
                                        "assume-in-force",
                                        LIST,
                                        "ASSUMPTION: treat a funded or announced stockpile as operating from the"
                                                + " scenario's date, e.g. vault (repeat); the output marks it and"
                                                + " compares the run with and without the credited stockpiles")),
                        true,
                        Actions::simulate),
                DeclaredCommand.of(
                        "plan",
                        "Choose which options (partner projects, offtakes, new sources, a stockpile, recycling and"
                                + " substitution programmes, price floors) to fund within a budget so as to minimise the"
                                + " tail of the cumulative shortfall (CVaR95: the mean of the worst 5 % of simulated"
                                + " paths) in a disruption scenario. Prints the portfolio with each option's"
                                + " contribution and the basis of its figures (sourced or assumed), the budget-tail"
                                + " frontier, the budget's shadow price, what changes if the least certain option fails,"
                                + " and the scenario re-simulated on new paths with and without the portfolio. A mineral"
                                + " picks the latest preset that has a market for it; a scenario (preset or file) needs"
                                + " --mineral if it has several markets. Options come from the shipped catalogue for the"
                                + " mineral and perspective (dysprosium-us) or from --options FILE. A seed gives the same"
                                + " plan on any number of threads (POST /api/v1/plans runs it as a job). Method:"
                                + " docs/methods/planning.md.",
                        List.of(
                                Param.argument("target", "a mineral, a preset id or a scenario spec file"),
                                Param.option("budget", DECIMAL, "the budget in US dollars, e.g. 2e9 (required)"),
                                Param.option(
                                        "perspective",
                                        TEXT,
                                        "the country planning (default the scenario's perspective)"),
                                Param.option(
                                        "horizon",
                                        INTEGER,
                                        "months from the scenario's start (default " + PlanDefaults.HORIZON_MONTHS
                                                + ")"),
                                Param.option("paths", INTEGER, "disruption paths (default " + PlanDefaults.PATHS + ")"),
                                Param.option("seed", LONG, "the seed (default " + PlanDefaults.SEED + ")"),
                                Param.option("mineral", TEXT, "the scenario's market to plan for"),
                                Param.option(
                                        "options", TEXT, "an option catalogue (YAML file) instead of the shipped one"),
                                Param.option(
                                        "objective",
                                        TEXT,
                                        "what to minimise: cvar95 (default) or expected (mean cumulative shortfall)"),
                                Param.option(
                                        "max-country-share",
                                        DECIMAL,
                                        "the largest share of the budget spent in one country (default 1, no cap)"),
                                Param.option(
                                        "table",
                                        TEXT,
                                        "the table --format csv gives: portfolio (default), frontier (each budget's"
                                                + " optimal tail) or resimulation (the spread on the independent"
                                                + " sample); JSON and the text give every table"),
                                THREADS),
                        true,
                        Actions::plan),
                DeclaredCommand.of(
                        "sweep",
                        "Screen trade disruptions for an importing country (default the United States) over a year:"
                                + " every mineral of a"
                                + " critical-mineral list x its largest foreign suppliers x severities, each a licensed"
                                + " measure of uncertain length, lag and severity. Ranked by the probability that"
                                + " buyers stop (default), the 95th percentile of the cumulative shortfall (months of"
                                + " demand) or its mean (--rank-by); each row also shows its rank by the mean."
                                + " Suppliers and shares come from the dependency query: net import reliance x"
                                + " import-source share where the knowledge base has import sources, else net import"
                                + " reliance x share of world supply without the US (an assumption: imports mirror"
                                + " world supply). Minerals without a net import reliance are left out; an element"
                                + " without figures of its own takes its group's. Shared assumptions: the measure lasts"
                                + " a median 6 months (one in ten above 18), licences take 1-4 months, severity"
                                + " +/-0.1, stock cover a median 2 months across buyers, leakage 0-30 %, the"
                                + " calibrated behaviour (docs/methods/simulation.md).",
                        List.of(
                                Param.option(
                                        "paths",
                                        INTEGER,
                                        "paths per scenario (default " + ScenarioDefaults.SWEEP_PATHS
                                                + "; every scenario uses the same seed, so the ranking is not"
                                                + " sampling noise)"),
                                SEED,
                                THREADS,
                                Param.option(
                                        "rank-by",
                                        TEXT,
                                        "stop (probability that buyers stop), p95 (95th percentile of the"
                                                + " cumulative shortfall) or mean (default "
                                                + ScenarioDefaults.SWEEP_RANK_BY + ")"),
                                Param.option(
                                        "list",
                                        TEXT,
                                        "the critical-mineral list screened (default " + ScenarioDefaults.SWEEP_LIST
                                                + ")"),
                                Param.option(
                                        "perspective",
                                        TEXT,
                                        "the importing country whose supply is disrupted, ISO code or name (default "
                                                + Defaults.PERSPECTIVE + ")"),
                                Param.option(
                                        "suppliers",
                                        INTEGER,
                                        "the largest suppliers per mineral (default " + ScenarioDefaults.SWEEP_SUPPLIERS
                                                + ")"),
                                Param.option(
                                        "severities",
                                        TEXT,
                                        "the severities, comma-separated fractions (default "
                                                + ScenarioDefaults.SWEEP_SEVERITIES + ")"),
                                Param.option(
                                        "top",
                                        INTEGER,
                                        "the number of ranked scenarios printed, in every format (default: 25 in"
                                                + " the table, all of them in JSON and CSV)")),
                        true,
                        Actions::sweep),
                DeclaredCommand.of(
                        "import",
                        "Import an official dataset into the knowledge base, replacing an earlier load of the same"
                                + " dataset. The whole dataset is read and checked first; if any file has an error,"
                                + " nothing is written and every problem is listed with its file, line, field and value"
                                + " (exit code 1). The datasets are listed below.",
                        List.of(
                                Param.argument("dataset", "the dataset").allowing(Datasets.ids()),
                                Param.argument("dir", "the dataset's folder")),
                        true,
                        Actions::importDataset),
                DeclaredCommand.of(
                        "extract",
                        "Read events (agreement, investment, offtake, joint_venture, export_control,"
                                + " export_control_suspension, list_update, tariff, other) and share claims from news"
                                + " articles, each with its evidence span. A pipeline of rules and a sentence classifier"
                                + " (MiniLM, shipped in the jar); deterministic; no database and no network unless the"
                                + " input is a URL. --format jsonl prints one object per article in"
                                + " the schema of ../shared/seeds/gold.jsonl, for ../shared/tools/score-extraction.",
                        concat(ARTICLES, Param.option("format", TEXT, "table, json or jsonl (default table)")),
                        false,
                        Actions::extract),
                DeclaredCommand.of(
                        "check",
                        "Check news articles against the knowledge base: each share claim gets a verdict (consistent,"
                                + " conflicting, ambiguous-stage, unverifiable) with the reference values it was"
                                + " compared with; each event is matched with known agreements, measures and lists"
                                + " (confirms, consistent, adds-detail, contradicts, new); dates are checked against"
                                + " who held office, amounts against press-only records. Nothing is stored; ingest"
                                + " does that.",
                        concat(
                                ARTICLES,
                                Param.option(
                                        "tolerance",
                                        DECIMAL,
                                        "the tolerance for share claims in percentage" + " points (default 5)")),
                        true,
                        (command, given) -> Output.answer(
                                command.store(),
                                command.out(),
                                new CheckQuery(articles(given), given.get("tolerance", Double.class)),
                                TextForms::print)),
                DeclaredCommand.of(
                        "ingest",
                        "Read articles, check them against the knowledge base, and store each with its events and"
                                + " claims as unverified news records (with the verdict at ingest time), all or nothing"
                                + " per article. Ingesting the same text again replaces its records.",
                        ARTICLES,
                        true,
                        Actions::ingest));
    }

    private static List<Param> concat(List<Param> params, Param more) {
        List<Param> all = new ArrayList<>(params);
        all.add(more);
        return all;
    }

    private static ArticleInput articles(DeclaredCommand.Given given) {
        Integer timeout = given.integer("timeout");
        Long maxBytes = given.get("max-bytes", Long.class);
        return new ArticleInput(
                ArticleInput.Kind.LOCATION,
                given.argument("input"),
                given.date("published"),
                timeout == null ? ArticleInput.TIMEOUT_SECONDS : timeout,
                maxBytes == null ? ArticleInput.MAX_BYTES : maxBytes,
                given.flag("allow-private-fetch") ? FetchPolicy.ALLOW_PRIVATE : FetchPolicy.PUBLIC_ONLY,
                ArticleInput.extractionLimits(
                        orDefault(given.get("max-chars", Long.class), ExtractionLimits.DEFAULT.maxChars()),
                        orDefault(given.integer("time-limit"), (int)
                                ExtractionLimits.DEFAULT.timeLimit().toSeconds()),
                        orDefault(given.integer("max-model-sentences"), ExtractionLimits.DEFAULT.maxModelSentences())));
    }

    private static <T> T orDefault(@Nullable T value, T fallback) {
        return value == null ? fallback : value;
    }

    private static int simulate(DeclaredCommand command, DeclaredCommand.Given given) {
        String scenario = given.argument("scenario");
        ScenarioQuery.Prepared prepared = new ScenarioQuery(
                        scenario,
                        specText(scenario),
                        given.integer("paths"),
                        given.get("seed", Long.class),
                        given.integer("horizon"),
                        given.integer("threads"),
                        ScenarioDefaults.MAX_PATHS,
                        given.texts("without"),
                        given.texts("assume-in-force"))
                .prepare(command.store().context());
        SimulationView.View view;
        try (Bar bar = new Bar("simulate", prepared.steps(), command.store().format == OutputFormat.TABLE)) {
            view = prepared.run(bar);
        } catch (QueryException e) {
            // the engine's memory check names the run's size; on the command line, the options that set it
            String message = e.getMessage();
            throw message != null && message.contains("lower the paths or the horizon")
                    ? new UserException(message.replace("lower the paths or the horizon", "lower --paths or --horizon"))
                    : e;
        }
        boolean assumptions = given.flag("assumptions");
        Output.render(command.out(), command.store(), view, (out, v) -> simulation(out, v, assumptions));
        return 0;
    }

    /** @return the text of the spec file the argument names, or null if it names none (a preset) */
    private static @Nullable String specText(String scenario) {
        Path file = Path.of(scenario);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UserException("cannot read scenario file (" + file + "): " + e.getMessage());
        }
    }

    private static void simulation(PrintWriter out, SimulationView.View view, boolean assumptions) {
        out.println(view.title());
        out.println(String.format(
                Locale.ROOT,
                "Scenario %s from %s, %d months, perspective %s, issuer %s; %,d paths, seed %d.",
                view.scenario(),
                view.start(),
                view.horizonMonths(),
                view.perspective(),
                view.issuer(),
                view.paths(),
                view.seed()));
        out.println("Shortfall and stopped: share of the perspective's demand. Exports: index, 1 = the issuer's exports"
                + " before the announcement. Prices: indices, 1 before the announcement; inside = the issuer's home"
                + " market, outside = the marginal spot price elsewhere, realised = what the perspective pays on"
                + " average. Bands are P10 / P50 / P90 across paths.");
        for (SimulationView.MarketView market : view.markets()) {
            out.println();
            Band cum = market.cumulativeShortfall();
            Band rec = market.monthsToRecovery();
            out.println(String.format(
                    Locale.ROOT,
                    "%s%s: issuer share %s. Cumulative shortfall P50 %.2f months of demand (P5 %.2f, P95 %.2f, mean"
                            + " %.2f); P(shortfall > %s in some month) %s; P(some buyers stop) %s; months to recovery"
                            + " P50 %.0f (P95 %.0f), not recovered by the horizon on %s of paths.",
                    market.mineral(),
                    market.product().isEmpty() ? "" : " (" + market.product() + ")",
                    Format.percent(market.issuerShare()),
                    cum.p50(),
                    cum.p5(),
                    cum.p95(),
                    cum.mean(),
                    Format.percent(view.threshold()),
                    Format.percent(market.probabilityAboveThreshold()),
                    Format.percent(market.probabilityOfStop()),
                    rec.p50(),
                    rec.p95(),
                    Format.percent(market.notRecovered())));
            Output.table(out, view.table(market));
        }
        buffers(out, view);
        out.println();
        long assumed =
                view.assumptions().stream().filter(Assumption::isAssumption).count();
        out.println(view.assumptions().size() + " written notes on parameters (" + assumed
                + " marked ASSUMPTION); " + view.sources().size() + " sources."
                + (assumptions ? "" : " Use --assumptions to list them, --format json for all numbers."));
        if (assumptions) {
            for (Assumption note : view.assumptions()) {
                out.println("- " + note.parameter() + " = " + note.value() + ": " + note.basis());
            }
            view.sources().forEach(source -> out.println("  source: " + source));
        }
    }

    private static void buffers(PrintWriter out, SimulationView.View view) {
        if (view.buffersOn() == null) {
            return;
        }
        out.println();
        if (view.buffers().isEmpty()) {
            out.println(
                    "Buffers on " + view.buffersOn() + ": no stockpile or price floor on record covers these markets"
                            + " and serves " + view.perspective() + ".");
            return;
        }
        out.println("Buffers on " + view.buffersOn() + " (stockpiles and price floors on record for "
                + view.perspective() + "; lodestone buffers MINERAL --on DATE):");
        // one line per buffer and use, naming the markets it applies to
        Map<String, List<SimulationView.BufferView>> grouped = new LinkedHashMap<>();
        view.buffers()
                .forEach(b -> grouped.computeIfAbsent(b.id() + " " + b.use(), k -> new ArrayList<>())
                        .add(b));
        for (List<SimulationView.BufferView> group : grouped.values()) {
            SimulationView.BufferView b = group.get(0);
            out.println(String.format(
                    Locale.ROOT,
                    "- %s (%s, key %s): %s [%s] for %s. %s: %s. Sources: %s.",
                    b.id(),
                    b.kind(),
                    b.key(),
                    b.use().toUpperCase(Locale.ROOT),
                    b.state(),
                    String.join(
                            ", ",
                            group.stream()
                                    .map(SimulationView.BufferView::mineral)
                                    .toList()),
                    b.name(),
                    b.basis(),
                    String.join(", ", b.sources())));
        }
        if (view.buffers().stream().anyMatch(b -> b.use().equals("assumed-in-force"))) {
            out.println("ASSUMPTION: buffers marked ASSUMED-IN-FORCE are not in force in the record on "
                    + view.buffersOn() + "; the run assumes they operate (--assume-in-force).");
        }
        if (!view.bufferEffects().isEmpty()) {
            out.println(
                    "Cumulative shortfall, months of demand, with and without the credited stockpiles (same seed):");
            for (SimulationView.BufferEffect e : view.bufferEffects()) {
                out.println(String.format(
                        Locale.ROOT,
                        "  %-12s with: P50 %.3f, P95 %.3f   without: P50 %.3f, P95 %.3f",
                        e.mineral(),
                        e.withBuffers().p50(),
                        e.withBuffers().p95(),
                        e.withoutBuffers().p50(),
                        e.withoutBuffers().p95()));
            }
        }
    }

    private static int sweep(DeclaredCommand command, DeclaredCommand.Given given) {
        String severities = given.text("severities");
        SweepQuery query = new SweepQuery(
                given.text("list"),
                given.text("perspective"),
                given.integer("suppliers"),
                severities == null ? null : severities(severities),
                given.integer("paths"),
                given.get("seed", Long.class),
                given.integer("threads"),
                given.text("rank-by"));
        SweepQuery.Prepared prepared = query.prepare(command.store().context());
        long started = System.nanoTime();
        SweepResult result;
        try (Bar bar = new Bar("sweep", prepared.cells().size(), command.store().format == OutputFormat.TABLE)) {
            result = prepared.run(bar);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        Integer topGiven = given.integer("top");
        int top = topGiven == null ? 25 : topGiven;
        SweepResult shown = topGiven == null ? result : result.top(topGiven);
        Output.render(command.out(), command.store(), shown, (out, r) -> {
            out.println(String.format(
                    Locale.ROOT,
                    "%,d one-year disruption scenarios (%d minerals of %s x up to %d suppliers x %d severities),"
                            + " %,d paths each, seed %d, in %.1f s. Top %d by %s (Kendall's tau with the ranking by"
                            + " the mean: %.2f):",
                    r.scenarios(),
                    r.minerals(),
                    r.list(),
                    query.suppliers() == null ? ScenarioDefaults.SWEEP_SUPPLIERS : query.suppliers(),
                    query.severities() == null
                            ? SweepQuery.defaultSeverities().size()
                            : query.severities().size(),
                    r.paths(),
                    r.seed(),
                    seconds,
                    Math.min(top, r.rows().size()),
                    switch (r.rankedBy()) {
                        case "stop" -> "the probability that buyers stop";
                        case "p95" -> "the 95th percentile of the cumulative shortfall";
                        default -> "expected shortfall";
                    },
                    r.kendallTauWithMean()));
            Table<SweepResult.Row> table = r.table();
            Output.table(
                    out,
                    new Table<>(
                            table.columns(),
                            r.rows().subList(0, Math.min(top, r.rows().size())),
                            table.maxWidth()));
            if (!r.leftOut().isEmpty()) {
                out.println("Left out (no " + r.perspective()
                        + " net import reliance or no supplier shares in the knowledge base): "
                        + String.join(", ", r.leftOut()) + ".");
            }
            if (!r.partners().isEmpty()) {
                out.println("Partner supply credited where the disrupted supplier is another country (as in the"
                        + " presets for " + r.perspective() + "; each delivers on a path with its probability):");
                r.partners().forEach(p -> out.println("- " + p));
            }
        });
        return 0;
    }

    private static List<Double> severities(String text) {
        List<Double> out = new ArrayList<>();
        for (String value : text.split(",", -1)) {
            try {
                out.add(Double.parseDouble(value.trim()));
            } catch (NumberFormatException e) {
                throw QueryException.badParameter(
                        "severities", "severities value (" + value + ") must be a number within [0, 1].");
            }
        }
        return out;
    }

    private static int plan(DeclaredCommand command, DeclaredCommand.Given given) {
        Double budget = given.get("budget", Double.class);
        if (budget == null) {
            throw QueryException.badParameter("budget", "--budget is required: US dollars, e.g. 2e9.");
        }
        String file = given.text("options");
        Optional<String> options = Optional.empty();
        if (file != null) {
            try {
                options = Optional.of(Files.readString(Path.of(file), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UserException("cannot read option catalogue (" + file + "): " + e.getMessage());
            }
        }
        String table = PlanResult.csvTable(given.text("table"));
        StoreOptions store = command.store();
        PlanRequest.Resolved request = Plans.resolve(
                new PlanRequest(
                        given.argument("target"),
                        Optional.ofNullable(given.text("perspective")),
                        Optional.ofNullable(given.text("mineral")),
                        options,
                        String.valueOf(file),
                        true),
                store.snapshot());
        Integer threads = given.integer("threads");
        Double share = given.get("max-country-share", Double.class);
        Long seed = given.get("seed", Long.class);
        PlanSettings settings = Plans.settings(
                budget,
                given.text("objective") == null ? PlanDefaults.OBJECTIVE : given.text("objective"),
                orDefault(given.integer("paths"), PlanDefaults.PATHS),
                seed == null ? PlanDefaults.SEED : seed,
                threads == null ? Runtime.getRuntime().availableProcessors() : threads,
                share == null ? PlanDefaults.MAX_COUNTRY_SHARE : share);
        PlanResult result = new PlanResult(
                Plans.plan(request, orDefault(given.integer("horizon"), PlanDefaults.HORIZON_MONTHS), settings),
                request.catalogue(),
                table);
        Output.render(command.out(), store, result, (out, r) -> PlanTable.print(out, r.plan(), r.catalogue()));
        return 0;
    }

    private static int importDataset(DeclaredCommand command, DeclaredCommand.Given given) {
        String dataset = given.argument("dataset");
        Path dir = Path.of(given.argument("dir"));
        StoreOptions store = command.store();
        ReferenceData reference = ReferenceData.load();
        ImportedDataset read;
        try (ImportBar bar = new ImportBar(store.format == OutputFormat.TABLE && Output.console())) {
            read = DatasetImport.read(dataset, dir, reference, bar);
        }
        ImportResult result = ImportResult.of(read);
        if (result.imported()) {
            try (LodestoneStore opened = store.open()) {
                opened.importDataset(read, dir.toAbsolutePath().toString());
            }
        }
        PrintWriter err = command.err();
        Output.render(command.out(), store, result, (out, r) -> {
            r.warnings().forEach(err::println);
            r.errors().forEach(err::println);
            if (r.imported()) {
                out.println("Imported " + r.dataset() + " from " + dir + ": " + r.rowsRead() + " rows read, "
                        + r.observations() + " observations, " + r.warnings().size() + " warnings. Database: "
                        + store.path());
            }
        });
        if (!result.imported()) {
            err.println("error: " + result.errors().size() + " errors in " + dataset + " at " + dir
                    + "; nothing was imported and the database is unchanged.");
            return 1;
        }
        return 0;
    }

    /** @return one help line per dataset: its id and what folder to pass */
    static String[] datasetHelp() {
        return Datasets.OFFICIAL.stream()
                .map(d -> "  " + d.id() + ": " + d.description() + ".")
                .toArray(String[]::new);
    }

    private static final List<Column<Event>> EVENT_COLUMNS = List.of(
            Column.<Event>of(null, "EVENT", e -> e.type().id()),
            Column.of(null, "PARTIES", Event::parties),
            Column.of(null, "MINERALS", Event::minerals),
            Column.<Event>of(
                            null,
                            "AMOUNT",
                            e -> e.money()
                                    .map(m -> m.qualifier() + " " + Format.number(m.amount()) + " " + m.currency())
                                    .orElse(""))
                    .in(Unit.dimensionless("money in the currency each cell names")),
            Column.<Event>of(null, "DATE", e -> e.date().map(Object::toString).orElse("")),
            Column.of(null, "EVIDENCE", Event::evidence));

    private static final List<Column<Claim>> CLAIM_COLUMNS = List.of(
            Column.of(null, "COUNTRY", Claim::country),
            Column.of(null, "MINERAL", Claim::mineral),
            Column.of(null, "STAGE", Claim::stage),
            Column.<Claim>of(null, "SHARE", c -> Format.number(c.sharePct()) + " %")
                    .in(Unit.PERCENT),
            Column.of(null, "EVIDENCE", Claim::evidence));

    private static int extract(DeclaredCommand command, DeclaredCommand.Given given) {
        String format = given.text("format") == null
                ? "table"
                : given.text("format").trim().toLowerCase(Locale.ROOT);
        if (!List.of("table", "json", "jsonl").contains(format)) {
            throw new UserException("format (" + given.text("format") + ") must be one of table, json, jsonl.");
        }
        ExtractResult result = new ExtractQuery(articles(given)).read();
        PrintWriter out = command.out();
        switch (format) {
            case "jsonl" -> {
                ObjectWriter writer = Output.JSON.writer().without(SerializationFeature.INDENT_OUTPUT);
                for (Map<String, Object> document : result.documents()) {
                    try {
                        out.println(writer.writeValueAsString(document));
                    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                        throw new IllegalStateException("cannot render JSON: " + e.getMessage(), e);
                    }
                }
            }
            case "json" -> Output.json(out, result);
            default -> result.extractions().forEach(x -> extraction(out, x));
        }
        out.flush();
        if (!format.equals("table")) {
            // the schema has no place for them: what the reader should know goes to stderr, stdout stays the data
            PrintWriter err = command.err();
            result.extractions()
                    .forEach(x -> x.notices()
                            .forEach(n -> err.println("note: " + x.article().name() + ": " + n)));
            err.flush();
        }
        return 0;
    }

    private static void extraction(PrintWriter out, Extraction x) {
        out.println(x.article().name() + " (published "
                + x.article().published().map(Object::toString).orElse("unknown") + "): "
                + x.events().size() + " events, " + x.claims().size() + " claims");
        x.notices().forEach(n -> out.println("note: " + n));
        if (!x.events().isEmpty()) {
            Output.table(out, Table.of(EVENT_COLUMNS, x.events()).width(48));
        }
        if (!x.claims().isEmpty()) {
            Output.table(out, Table.of(CLAIM_COLUMNS, x.claims()).width(60));
        }
        out.println();
    }

    private static int ingest(DeclaredCommand command, DeclaredCommand.Given given) {
        StoreOptions store = command.store();
        List<IngestResult.Article> stored = new ArrayList<>();
        try (LodestoneStore opened = store.open()) {
            ReportContext context = StoreOptions.context(opened);
            for (CheckReport report :
                    new CheckQuery(articles(given), null).answer(context).reports()) {
                stored.add(NewsViews.ingest(opened, report));
            }
        }
        IngestResult result = new IngestResult(stored, store.path().toString());
        Output.render(
                command.out(),
                store,
                result,
                (out, r) -> r.articles()
                        .forEach(a -> out.println("Stored " + a.events() + " events and " + a.claims() + " claims from "
                                + a.file() + " as unverified news records (article " + a.id() + ")"
                                + (a.replaced() ? ", replacing the earlier copy." : "."))));
        return 0;
    }

    /** A progress bar on the console (ASCII, standard error); silent without a console or for JSON/CSV. */
    static final class Bar implements Progress, AutoCloseable {
        private final @Nullable ProgressBar bar;

        Bar(String task, long total, boolean table) {
            bar = table && Output.console()
                    ? new ProgressBarBuilder()
                            .setTaskName(task)
                            .setInitialMax(total)
                            .setStyle(ProgressBarStyle.ASCII)
                            .build()
                    : null;
        }

        @Override
        public void advance(int steps) {
            if (bar != null) {
                bar.stepBy(steps);
            }
        }

        @Override
        public void close() {
            if (bar != null) {
                bar.close();
            }
        }
    }

    /** The progress of an import, file by file; silent when there is no console or for JSON/CSV. */
    private static final class ImportBar implements ImportProgress, AutoCloseable {
        private final boolean visible;
        private @Nullable ProgressBar bar;

        ImportBar(boolean visible) {
            this.visible = visible;
        }

        @Override
        public void total(int steps) {
            if (visible) {
                bar = new ProgressBarBuilder()
                        .setTaskName("import")
                        .setInitialMax(steps)
                        .setStyle(ProgressBarStyle.ASCII)
                        .build();
            }
        }

        @Override
        public void step(String label) {
            if (bar != null) {
                bar.step();
                bar.setExtraMessage(label);
            }
        }

        @Override
        public void close() {
            if (bar != null) {
                bar.close();
            }
        }
    }
}
