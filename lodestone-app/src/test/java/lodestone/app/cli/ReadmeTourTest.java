package lodestone.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's tour, run (a drift test): every command line in it parses (its command, options and values exist), the
 * read-only ones run against the bundled baseline with exit code 0 and nothing on standard error but the basis of a
 * name that is not an id, and the figures the README quotes appear in their output. A README that drifts from the code fails here.
 */
class ReadmeTourTest {
    private static final Path README = Path.of("..", "README.md");

    /**
     * Tour commands that are parsed but not run here: they serve, write to the database the command-line tests share,
     * read files from {@code ../shared} or a placeholder file, or run long (simulations, sweeps, screens, plans and
     * back-tests have tests of their own; BacktestCliTest checks the back-test's table as this test checks the tour's,
     * at fewer paths).
     */
    private static final Set<String> NOT_RUN = Set.of(
            "serve",
            "simulate",
            "sweep",
            "screen",
            "plan",
            "backtest",
            "extract",
            "check",
            "ingest",
            "import",
            "baseline");

    /** What the tour's commands that name a mineral by another name than its id print on standard error. */
    private static final Map<String, String> RESOLVED =
            Map.of("mineral \"rare earth\"", "rare earth: rare-earths, matched as the plural");

    /** What the README says each command shows, as it appears in the output (runs of spaces read as one). */
    private static final Map<String, List<String>> QUOTED = quoted();

    private static Map<String, List<String>> quoted() {
        Map<String, List<String>> quoted = new LinkedHashMap<>();
        // "China 270,000 t REO of a world 390,000 t (69 %...), then the United States (51,000 t)"; "net import
        // reliance 67 % in 2025"
        quoted.put(
                "mineral rare-earths",
                List.of("world 390,000 t", "China (CN) 270,000", "69.2 %", "51,000", "net import reliance 67.0 %"));
        quoted.put("mineral \"rare earth\"", List.of("Rare earths (rare-earths)"));
        // "Australia's mine production 13,000 -> 29,000 t, Nigeria's 13,000 -> 1,500 t, Thailand's 13,000 -> 2,100 t"
        quoted.put(
                "diff mcs-2025 mcs-2026 --mineral rare-earths",
                List.of(
                        "Australia 2024 13,000 t 29,000 t",
                        "Nigeria 2024 13,000 t 1,500 t",
                        "Thailand 2024 13,000 t 2,100 t"));
        // "on 2026-11-20 the same command says 'suspension ended 2026-11-10; no later record'"
        quoted.put("measures --on 2026-11-20 --mineral dysprosium", List.of("suspension ended 2026-11-10; no later"));
        // "the deadline that passed on 2026-04-20", "a US$8.5 billion pipeline (a pipeline value, not money committed)"
        quoted.put(
                "agreement us-au-framework-2025",
                List.of("AT LEAST USD 1,000,000,000", "USD 8,500,000,000 [pipeline]", "deadline 2026-04-20, passed"));
        // "the USGS 2025 list of 60"
        quoted.put("minerals --list usgs-2025", List.of("USGS 2025 List of Critical Minerals (60)"));
        return quoted;
    }

    /** @return the command lines of the tour, without {@code ./lodestone} and without their comments */
    private static List<String> tour() throws IOException {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        int start = readme.indexOf("## A short tour");
        assertThat(start).as("the README's tour").isNotNegative();
        int open = readme.indexOf("```sh\n", start);
        int close = readme.indexOf("```", open + 6);
        List<String> lines = new ArrayList<>();
        for (String line : readme.substring(open + 6, close).lines().toList()) {
            if (line.startsWith("./lodestone ")) {
                lines.add(line.substring("./lodestone ".length())
                        .replaceAll("\\s+#\\s.*$", "")
                        .strip());
            }
        }
        return lines;
    }

    /** Splits a command line as a shell would for the simple lines of the README: spaces, double and single quotes. */
    static List<String> words(String line) {
        List<String> words = new ArrayList<>();
        Matcher matcher = Pattern.compile("\"([^\"]*)\"|'([^']*)'|(\\S+)").matcher(line);
        while (matcher.find()) {
            words.add(
                    matcher.group(1) != null
                            ? matcher.group(1)
                            : matcher.group(2) != null ? matcher.group(2) : matcher.group(3));
        }
        return words;
    }

    @Test
    void everyTourCommandParses() throws IOException {
        List<String> tour = tour();
        assertThat(tour).hasSizeGreaterThan(30);
        for (String line : tour) {
            String[] args = words(line).toArray(String[]::new);
            assertThatCode(() -> Main.commandLine(
                                    new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()))
                            .parseArgs(args))
                    .as(line)
                    .doesNotThrowAnyException();
        }
    }

    /**
     * The read-only tour commands run with exit code 0 and nothing on standard error, and show what the README quotes
     * (read unwrapped, with {@code --wide}). Every table fits the terminal (100 characters unless $COLUMNS says
     * otherwise): each line is at most that wide, or is one word that cannot break (a URL) under its indentation. With
     * {@code --wide} the same text prints unwrapped: the same characters, only the line breaks and spaces differ.
     */
    @Test
    void theReadOnlyTourCommandsRunFitTheTerminalAndShowWhatTheReadmeQuotes() throws IOException {
        List<String> tour = tour();
        assertThat(tour).as("every quoted command is in the tour").containsAll(QUOTED.keySet());
        int width = TextLayout.width(System.getenv("COLUMNS"));
        boolean wideSeen = false;
        for (String line : tour) {
            List<String> args = words(line);
            if (NOT_RUN.contains(args.get(0))) {
                continue;
            }
            if (args.contains("--help")) {
                CliTest.Run run = CliTest.run(args.toArray(String[]::new));
                assertThat(run.code()).as(line + "\n" + run.err()).isZero();
                assertThat(run.out()).as(line).isNotBlank();
                continue;
            }
            List<String> wideArgs = new ArrayList<>(args);
            wideArgs.add("--wide");
            CliTest.Run wide = CliTest.runDb(wideArgs.toArray(String[]::new));
            assertThat(wide.code()).as(line + "\n" + wide.err()).isZero();
            assertThat(wide.err())
                    .as(line + ": standard error says how a name that is not an id resolved, else nothing")
                    .isEqualTo(RESOLVED.containsKey(line) ? RESOLVED.get(line) + System.lineSeparator() : "");
            assertThat(wide.out()).as(line).isNotBlank();
            String shown = wide.out().replaceAll(" +", " ");
            for (String quoted : QUOTED.getOrDefault(line, List.of())) {
                assertThat(shown).as(line).contains(quoted);
            }
            if (args.contains("--format")) {
                continue;
            }
            CliTest.Run fitted = CliTest.runDb(args.toArray(String[]::new));
            assertFitsAndMatchesWide(line, fitted, wide);
            wideSeen |= wide.out().lines().anyMatch(l -> l.length() > width);
        }
        assertThat(wideSeen)
                .as("some tour table is wider than the terminal unwrapped")
                .isTrue();
    }

    /**
     * Checks a command's table as the tour's are checked: it ran with exit code 0, each line fits the terminal (100
     * characters unless $COLUMNS says otherwise) or is one word that cannot break under its indentation, and the same
     * command with {@code --wide} printed the same characters, only the line breaks and spaces differing.
     *
     * @param line the command line, for the messages
     * @param fitted its run without {@code --wide}
     * @param wide its run with {@code --wide}
     */
    static void assertFitsAndMatchesWide(String line, CliTest.Run fitted, CliTest.Run wide) {
        int width = TextLayout.width(System.getenv("COLUMNS"));
        assertThat(fitted.code()).as(line + "\n" + fitted.err()).isZero();
        for (String printed : fitted.out().lines().toList()) {
            assertThat(printed.length() <= width || printed.strip().indexOf(' ') < 0)
                    .as(line + ": a line of " + printed.length() + " characters:\n" + printed)
                    .isTrue();
        }
        assertThat(characters(wide.out())).as(line + " --wide").isEqualTo(characters(fitted.out()));
    }

    /** @return the text's characters other than white space, sorted */
    private static String characters(String text) {
        int[] sorted = text.codePoints()
                .filter(c -> !Character.isWhitespace(c))
                .sorted()
                .toArray();
        return new String(sorted, 0, sorted.length);
    }

    @Test
    void wordsAreSplitAsTheShellWould() {
        assertThat(words("mineral \"rare earth\" --format json"))
                .containsExactly("mineral", "rare earth", "--format", "json");
        assertThat(words("screen x.yaml --master 'local[2]'"))
                .containsExactly("screen", "x.yaml", "--master", "local[2]");
    }
}
