package lodestone.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import lodestone.app.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Every option honoured in every format: an audit generated from picocli's command model. Every option of every
 * command and subcommand needs an entry below: a representative value that changes the answer, or the reason it
 * changes no content or is not run here. A new option without an entry fails {@link #everyOptionHasAnEntry()}.
 *
 * <p>For each option with a value, the command runs without and with it, in every format it accepts (table, JSON,
 * CSV where the answer is one table; extract: table, JSON, JSONL), in-process on the bundled baseline. In each format
 * either the output differs (the option is honoured there, not only in the table) or the command refuses the
 * combination with a one-line error and exit code 2 (the option would otherwise be ignored in that format).
 */
class OptionAuditTest {
    /** What the options shared by every command that reads the knowledge base do; they are audited elsewhere. */
    private static final Map<String, String> SHARED = Map.of(
            "--db", "where the knowledge base is, not what is asked (every run here passes it)",
            "--format", "the format: the axis of this audit",
            "--wide", "layout only: ReadmeTourTest checks it prints the same characters; CSV and JSON never wrap");

    private static final String SERVER = "configures the server, not an answer: the server tests cover it";
    private static final String LIMIT = "a limit on the input (size, time, address): it refuses what lies beyond it and"
            + " changes no answer; NewsCliTest covers the refusals";
    private static final String THREADS = "worker threads: a seed gives the same numbers on any number of threads"
            + " (SimulationCliTest, PlanCliTest)";
    private static final String WRITES = "writes to the knowledge base the command-line tests share: ReviewCliTest";
    private static final String SCREEN = "runs a screen into a results folder: ScreenCliTest and ScreensPageTest";
    private static final String BUDGET = "the classifier's budget: it changes the answer only for articles with"
            + " more candidate sentences than it, and the table says so (NewsCliTest); extract's JSON is the gold"
            + " schema, without notes";
    private static final String BACKTEST = "runs the back-test episodes, a minute on two cores: BacktestCliTest";

    /** The command line each command is audited from (the option is appended). */
    private static final Map<String, String> BASES = new LinkedHashMap<>();

    /** The value of each option audited ("" for a flag). */
    private static final Map<String, String> VALUES = new LinkedHashMap<>();

    /** The command line an option is audited from where it is not its command's base. */
    private static final Map<String, String> OWN_BASES = new LinkedHashMap<>();

    private static final Map<String, String> EXEMPT = new LinkedHashMap<>();

    private static final String ARTICLE = "ARTICLE";

    static {
        base("minerals", "minerals");
        value("minerals --list", "usgs-2022");
        base("mineral", "mineral gallium");
        value("mineral --year", "2023");
        value("mineral --perspective", "JP");
        value("mineral --edition", "mcs-2025");
        base("reserves", "reserves lithium");
        value("reserves --edition", "mcs-2025");
        value("reserves --country", "AU");
        base("projects", "projects");
        value("projects --country", "AU");
        value("projects --mineral", "gallium");
        base("money", "money");
        value("money --agreement", "us-au-framework-2025");
        value("money --party", "JP");
        value("money --mineral", "gallium");
        base("compare", "compare gallium,germanium");
        value("compare --on", "2024-01-01");
        value("compare --perspective", "JP");
        base("overview", "overview");
        value("overview --on", "2024-01-01");
        value("overview --perspective", "JP");
        base("history", "history rare-earths");
        base("dependency", "dependency gallium");
        value("dependency --perspective", "EU");
        base("diff", "diff mcs-2025 mcs-2026");
        value("diff --mineral", "gallium");
        base("countries", "countries");
        base("country", "country AU");
        value("country --edition", "mcs-2025");
        base("lists", "lists");
        base("sources", "sources");
        base("measures", "measures --on 2026-11-20");
        value("measures --on", "2024-01-01");
        value("measures --mineral", "gallium");
        value("measures --issuer", "US");
        value("measures --target", "US");
        base("measure", "measure cn-ree-medium-heavy-2025");
        value("measure --on", "2025-05-01");
        base("agreements", "agreements --on 2026-11-20");
        value("agreements --on", "2025-11-20");
        value("agreements --party", "AU");
        value("agreements --mineral", "gallium");
        value("agreements --since", "2025-10-01");
        base("agreement", "agreement us-au-framework-2025 --on 2026-11-20");
        value("agreement --on", "2025-11-20");
        value("agreement --to", "2028");
        base("buffers", "buffers neodymium --on 2026-12-02");
        value("buffers --on", "2024-01-01");
        value("buffers --perspective", "JP");
        value("buffers --without", "vault");
        base("outlook", "outlook gallium --from 2026");
        value("outlook --from", "2027");
        value("outlook --to", "2028");
        value("outlook --agreement", "us-jp-framework-2025");
        base("risk", "risk");
        value("risk --method", "usgs-2021");
        value("risk --perspective", "JP");
        value("risk --on", "2024-01-01");
        value("risk --year", "2023");
        value("risk --list", "usgs-2022");
        value("risk --diagnostics", "");
        value("risk --country", "AU", "risk gallium");
        base("scenarios", "scenarios");
        base("simulate", "simulate china-ga-ge-sb-us-ban --paths 100");
        value("simulate --paths", "150");
        value("simulate --seed", "7");
        value("simulate --horizon", "9");
        exempt("simulate --threads", THREADS);
        value("simulate --assumptions", "");
        exempt(
                "simulate --without",
                "switches off a stockpile the run credits as in force: none is in force on record today, and one"
                        + " assumed in force cannot also be switched off (refused), so the run is unchanged; the table"
                        + " and JSON list it as switched off. SimulationCliTest: switching off restores the baseline");
        value("simulate --assume-in-force", "vault");
        base("plan", "plan dysprosium --budget 1e9 --paths 100");
        value("plan --budget", "3e8");
        exempt(
                "plan --perspective",
                "the shipped presets and option catalogue are written for the United States:"
                        + " another perspective is refused with the reason (exit code 1), PlanCliTest");
        value("plan --horizon", "12");
        value("plan --paths", "150");
        value("plan --seed", "3");
        exempt(
                "plan --mineral",
                "picks the market of a scenario with several: without it such a scenario is"
                        + " refused with the markets named (PlanCliTest), so there is no answer without it to compare");
        exempt("plan --options", "an option catalogue file: PlanCliTest reads one");
        exempt(
                "plan --table",
                "picks which of the plan's tables its CSV gives (the frontier or the re-simulated spread); the table"
                        + " and JSON forms print all of them. DownloadQuestionsCliTest and DashboardBrowserTest check"
                        + " each CSV");
        value("plan --objective", "expected");
        value("plan --max-country-share", "0.05");
        exempt("plan --threads", THREADS);
        base("sweep", "sweep --paths 20 --suppliers 1 --severities 0.8 --list usgs-2022");
        value("sweep --paths", "30");
        value("sweep --seed", "3");
        exempt("sweep --threads", THREADS);
        value("sweep --rank-by", "mean");
        value("sweep --list", "eu-2023");
        value("sweep --perspective", "JP");
        value("sweep --suppliers", "2");
        value("sweep --severities", "0.5");
        value("sweep --top", "2");
        base("extract", "extract " + ARTICLE);
        value("extract --published", "2025-10-03");
        exempt("extract --max-model-sentences", BUDGET);
        base("check", "check " + ARTICLE);
        value("check --published", "2025-10-03");
        exempt("check --max-model-sentences", BUDGET);
        value("check --tolerance", "15");
        for (String command : List.of("extract", "check", "ingest")) {
            for (String limit : List.of("--timeout", "--max-bytes", "--max-chars", "--time-limit")) {
                exempt(command + " " + limit, LIMIT);
            }
            exempt(command + " --allow-private-fetch", LIMIT);
        }
        for (String option : List.of("--published", "--max-model-sentences")) {
            exempt("ingest " + option, "writes news records; reads articles as extract and check do, audited there");
        }
        exempt("baseline --out", "writes the baseline files into a folder: BaselineCommand's own check reads them");
        for (String option : List.of(
                "--as",
                "--id",
                "--title",
                "--issuer",
                "--kind",
                "--mineral",
                "--target",
                "--party",
                "--date",
                "--source-url",
                "--publisher")) {
            exempt("review promote " + option, WRITES);
        }
        for (String option : List.of("--engine", "--master", "--out", "--prepare", "--batch", "--threads", "--top")) {
            exempt("screen " + option, SCREEN);
        }
        for (String option : List.of(
                "--paths",
                "--seed",
                "--threads",
                "--behaviour",
                "--episode",
                "--observations",
                "--calibrate",
                "--cross-validate",
                "--bands")) {
            exempt("backtest " + option, BACKTEST);
        }
        for (String option : List.of(
                "--host",
                "--port",
                "--token-file",
                "--allow-private-fetch",
                "--data-root",
                "--screens-dir",
                "--allowed-host",
                "--max-run-cells",
                "--job-queue",
                "--jobs-per-client",
                "--result-ttl",
                "--check-timeout",
                "--check-max-chars",
                "--check-max-line-cost",
                "--check-workers",
                "--check-queue",
                "--job-threads",
                "--cache-mb",
                "--idle-timeout",
                "--max-body-bytes")) {
            exempt("serve " + option, SERVER);
        }
    }

    private static void base(String command, String line) {
        BASES.put(command, line);
    }

    private static void value(String option, String value) {
        VALUES.put(option, value);
    }

    private static void value(String option, String value, String base) {
        VALUES.put(option, value);
        OWN_BASES.put(option, base);
    }

    private static void exempt(String option, String reason) {
        EXEMPT.put(option, reason);
    }

    /** @return every option of every command and subcommand, as "COMMAND --option" */
    static Set<String> options() {
        Set<String> all = new TreeSet<>();
        walk(Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter())), all);
        return all;
    }

    private static void walk(CommandLine command, Set<String> all) {
        for (CommandLine sub : command.getSubcommands().values()) {
            if (sub.getCommandName().equals("help")) {
                continue;
            }
            String name = sub.getCommandSpec().qualifiedName(" ").substring("lodestone ".length());
            for (OptionSpec option : sub.getCommandSpec().options()) {
                if (!option.usageHelp() && !option.versionHelp() && !SHARED.containsKey(option.longestName())) {
                    all.add(name + " " + option.longestName());
                }
            }
            walk(sub, all);
        }
    }

    @Test
    void everyOptionHasAnEntry() {
        Set<String> declared = new TreeSet<>(VALUES.keySet());
        declared.addAll(EXEMPT.keySet());
        assertThat(VALUES.keySet())
                .as("an option is audited or exempt, not both")
                .doesNotContainAnyElementsOf(EXEMPT.keySet());
        assertThat(declared)
                .as("every option needs an entry in OptionAuditTest: a value that changes the answer, or why not")
                .containsExactlyInAnyOrderElementsOf(options());
        assertThat(VALUES.keySet())
                .allSatisfy(option -> assertThat(BASES).containsKey(option.substring(0, option.indexOf(" --"))));
    }

    @Test
    void everyOptionIsHonouredInEveryFormatOrRefused(@TempDir Path dir) throws IOException {
        Path article = Files.writeString(
                dir.resolve("wire.txt"),
                // a made-up wire story: a relative date, a share claim and an agreement
                "Beijing, Oct 3 (Wire) - China's commerce ministry said on Thursday it will extend export controls to"
                        + " five more rare earths from Nov. 8. China accounts for 60 % of world rare-earth mine"
                        + " production. Australia and the United States signed a critical minerals framework on"
                        + " Monday, pledging at least US$1 billion each within six months.\n",
                StandardCharsets.UTF_8);
        Map<String, CliTest.Run> bases = new HashMap<>();
        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, String> entry : VALUES.entrySet()) {
            String command = entry.getKey().substring(0, entry.getKey().indexOf(" --"));
            String option = entry.getKey().substring(command.length() + 1);
            String baseLine = OWN_BASES.getOrDefault(entry.getKey(), BASES.get(command));
            List<String> base = new ArrayList<>(ReadmeTourTest.words(baseLine));
            base.replaceAll(word -> word.equals(ARTICLE) ? article.toString() : word);
            List<String> with = new ArrayList<>(base);
            with.add(option);
            if (!entry.getValue().isEmpty()) {
                with.add(entry.getValue());
            }
            List<String> formats =
                    command.equals("extract") ? List.of("table", "json", "jsonl") : List.of("table", "json", "csv");
            for (String format : formats) {
                CliTest.Run without = bases.computeIfAbsent(baseLine + " " + format, k -> run(base, format));
                if (without.code() != 0) {
                    assertThat(format)
                            .as(base + " --format " + format + ": " + without.err())
                            .isEqualTo("csv");
                    continue;
                }
                CliTest.Run given = run(with, format);
                String line = String.join(" ", with) + " --format " + format;
                if (given.code() == ParameterErrors.USAGE) {
                    List<String> lines = given.err().lines().toList();
                    if (lines.size() != 1 || !lines.get(0).startsWith("error: ")) {
                        failures.add(line + ": refused, but not in one line: " + given.err());
                    }
                    continue;
                }
                if (given.code() != 0) {
                    failures.add(line + ": exit code " + given.code() + ": " + given.err());
                } else if (normal(given.out()).equals(normal(without.out()))) {
                    failures.add(line + ": the option changes nothing in " + format);
                }
            }
        }
        assertThat(failures).as("options ignored or refused unclearly").isEmpty();
    }

    private static CliTest.Run run(List<String> args, String format) {
        List<String> all = new ArrayList<>(args);
        all.add("--format");
        all.add(format);
        if (!all.get(0).equals("extract")) {
            all.add("--db");
            all.add(TestDatabase.PATH.toString());
        }
        return CliTest.run(all.toArray(String[]::new));
    }

    /** @return the output without what differs between two runs of the same command (the time a sweep took) */
    private static String normal(String out) {
        return out.replaceAll("in [0-9.]+ s\\.", "");
    }
}
