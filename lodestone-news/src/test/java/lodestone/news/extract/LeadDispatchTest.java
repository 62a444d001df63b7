package lodestone.news.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The dispatched alternation finds exactly what the plain one finds: on every sentence of the labelled corpus (and the
 * 50-character windows before each word that the hedge reads), on random text built from the vocabulary's own
 * examples, and in the two composed frames.
 */
class LeadDispatchTest {
    private static final Vocabulary VOCABULARY = Vocabulary.bundled();

    /**
     * Every vocabulary pattern by name: plain, dispatched, and plain with its {@code \b} written once in front instead
     * of at the start of each alternative when every alternative starts with one (else plain again). The third is the
     * plain one made cheaper by elementary means: a zero-width test that every alternative starts with holds or fails
     * for all of them at once, at the same place of the same text, so testing it once in front of the alternation
     * instead of once in each alternative changes no match and no backtracking; the engine then fails most places once,
     * and tries each alternative at a word's edge without working out the edge again per alternative (most of this
     * class's time was {@code \b} tested 100 times over at each word's edge).
     */
    private static Map<String, Pattern[]> pairs() {
        Map<String, Pattern[]> out = new LinkedHashMap<>();
        VOCABULARY.byName().forEach((name, entries) -> {
            List<String> regexes = entries.stream().map(Vocabulary.Entry::regex).toList();
            String plain = "(?:" + String.join("|", regexes) + ")";
            Pattern plainPattern = Pattern.compile(plain, Pattern.CASE_INSENSITIVE);
            out.put(name, new Pattern[] {
                plainPattern,
                VOCABULARY.pattern(name),
                boundaryOnce(regexes)
                        .map(once -> Pattern.compile(once, Pattern.CASE_INSENSITIVE))
                        .orElse(plainPattern)
            });
        });
        return out;
    }

    /**
     * @param regexes the alternatives of an alternation, each perhaps of several top-level alternatives itself
     * @return {@code \b(?:a|b|...)} where {@code (?:\ba|\bb|...)} is their alternation, when every top-level
     *     alternative starts with {@code \b} and compiles on its own without it (so that the split read a whole
     *     alternative); else empty
     */
    static Optional<String> boundaryOnce(List<String> regexes) {
        List<String> bare = new ArrayList<>();
        for (String regex : regexes) {
            if (!startsWithABoundary(regex)) {
                return Optional.empty();
            }
            for (String alternative : topLevelAlternatives(regex)) {
                String rest = alternative.substring(2);
                try {
                    Pattern.compile(rest);
                } catch (PatternSyntaxException e) {
                    return Optional.empty(); // a quantified boundary ("\\b?"), or a split inside a group or class
                }
                bare.add(rest);
            }
        }
        return Optional.of("\\b(?:" + String.join("|", bare) + ")");
    }

    /**
     * @return the expression split at each top-level {@code |} (read as {@link #startsWithABoundary} reads it: escapes
     *     and classes skipped, parentheses counted)
     */
    static List<String> topLevelAlternatives(String regex) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int from = 0;
        boolean inClass = false;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                out.add(regex.substring(from, i));
                from = i + 1;
            }
        }
        out.add(regex.substring(from));
        return out;
    }

    /**
     * @return whether each top-level alternative of the expression starts with {@code \b} (read here, not by {@link
     *     LeadDispatch}: escapes and classes skipped, parentheses counted)
     */
    static boolean startsWithABoundary(String regex) {
        return topLevelAlternatives(regex).stream().allMatch(alternative -> alternative.startsWith("\\b"));
    }

    /** The matches of a pattern in a text: start, end and the match, in order. */
    static List<String> matches(Pattern p, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            out.add(m.start() + ":" + m.end() + ":" + m.group());
        }
        return out;
    }

    /**
     * What {@code work} answers for each of {@code 0 .. count - 1}, in that order, worked out on every core (the
     * oracle's matching is this class's cost, and each index's answer depends on nothing else); the assertions on the
     * answers are made afterwards, one after the other in the caller's thread, as before.
     */
    static <T> List<T> onEveryCore(int count, IntFunction<T> work) {
        return IntStream.range(0, count).parallel().mapToObj(work).toList();
    }

    /** @return the sentences of every article of the corpus, read and split once per test run */
    static List<String> corpusSentences() throws IOException, URISyntaxException {
        return Corpus.SENTENCES;
    }

    /**
     * The plain alternations' matches on every corpus sentence, each computed once per test JVM when first asked for:
     * the plain alternations are the slow part of this class, and two tests read them (the dispatched alternations are
     * compared with them; the guarded entries are tried where they match).
     */
    private static final class PlainMatches {
        private static final Map<String, Pattern[]> PAIRS = pairs();
        private static final Map<String, Map<Integer, List<String>>> BY_NAME = new ConcurrentHashMap<>();

        /**
         * @param name a pattern's name
         * @return the index of each sentence its plain alternation matches in, with its matches there
         */
        static Map<Integer, List<String>> of(String name) {
            return BY_NAME.computeIfAbsent(name, n -> {
                List<String> sentences = Corpus.SENTENCES;
                Pattern plain = PAIRS.get(n)[2];
                List<List<String>> all = onEveryCore(sentences.size(), i -> matches(plain, sentences.get(i)));
                Map<Integer, List<String>> found = new LinkedHashMap<>();
                for (int i = 0; i < sentences.size(); i++) {
                    List<String> m = all.get(i);
                    if (!m.isEmpty()) {
                        found.put(i, m);
                    }
                }
                return found;
            });
        }

        private static final Map<String, Map<Integer, int[]>> PLACES = new ConcurrentHashMap<>();

        /**
         * @param name a pattern's name
         * @return the index of each sentence its plain alternation matches in, with the places its matches cover there
         *     ({@link #covered}), worked out once per name for all the name's entries
         */
        static Map<Integer, int[]> places(String name) {
            return PLACES.computeIfAbsent(name, n -> {
                Map<Integer, int[]> out = new LinkedHashMap<>();
                of(n).forEach((i, matches) -> out.put(
                        i, covered(matches).stream().mapToInt(Integer::intValue).toArray()));
                return out;
            });
        }
    }

    /** The corpus's sentences: the tests here and SentenceSplitterTest read them all. */
    private static final class Corpus {
        static final List<String> SENTENCES = read();

        private static List<String> read() {
            try {
                return List.copyOf(readCorpusSentences());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static List<String> readCorpusSentences() throws IOException, URISyntaxException {
        Path root = Path.of(LeadDispatchTest.class
                        .getResource("/lodestone/news/corpus/LABELLING.md")
                        .toURI())
                .getParent();
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                SentenceSplitter.split(Files.readString(file, StandardCharsets.UTF_8))
                        .forEach(s -> out.add(s.text()));
            }
        }
        return out;
    }

    @Test
    void dispatchedPatternsFindWhatThePlainOnesFindOnTheCorpus() throws IOException, URISyntaxException {
        List<String> sentences = corpusSentences();
        assertThat(sentences).hasSizeGreaterThan(1_500);
        Map<String, Pattern[]> pairs = pairs();
        int dispatched = 0;
        for (Map.Entry<String, Pattern[]> pair : pairs.entrySet()) {
            Pattern plain = pair.getValue()[0];
            Pattern fast = pair.getValue()[1];
            if (plain.pattern().equals(fast.pattern())) {
                continue; // left plain: nothing to compare
            }
            dispatched++;
            Map<Integer, List<String>> expected = PlainMatches.of(pair.getKey());
            List<List<String>> found = onEveryCore(sentences.size(), i -> matches(fast, sentences.get(i)));
            for (int i = 0; i < sentences.size(); i++) {
                String s = sentences.get(i);
                assertThat(found.get(i))
                        .as("%s on '%s'", pair.getKey(), s)
                        .isEqualTo(expected.getOrDefault(i, List.of()));
            }
        }
        // most patterns start each entry with a word, so most are dispatched (the rest stay plain, still correct)
        assertThat(dispatched).isGreaterThan(pairs.size() / 2);
    }

    @Test
    void dispatchedPatternsAgreeOnTheWindowsBeforeEachWord() throws IOException, URISyntaxException {
        // the hedge and the look-backs read the text just before a trigger; their entries end in '$'
        Pattern[] hedge = pairs().get("hedge");
        List<String> sentences = corpusSentences();
        // per sentence, per window in order: whether the dispatched and the plain pattern find the hedge there
        List<boolean[][]> found = onEveryCore(sentences.size(), i -> {
            String s = sentences.get(i);
            List<boolean[]> both = new ArrayList<>();
            for (int at = s.indexOf(' '); at >= 0; at = s.indexOf(' ', at + 1)) {
                String window = s.substring(Math.max(0, at + 1 - 50), at + 1);
                both.add(new boolean[] {
                    hedge[1].matcher(window).find(), hedge[2].matcher(window).find()
                });
            }
            return both.toArray(boolean[][]::new);
        });
        for (int i = 0; i < sentences.size(); i++) {
            String s = sentences.get(i);
            int w = 0;
            for (int at = s.indexOf(' '); at >= 0; at = s.indexOf(' ', at + 1)) {
                String window = s.substring(Math.max(0, at + 1 - 50), at + 1);
                boolean[] both = found.get(i)[w++];
                assertThat(both[0]).as("hedge before '%s'", window).isEqualTo(both[1]);
            }
        }
    }

    @Test
    void composedFramesAgreeWithTheirPlainForms() throws IOException, URISyntaxException {
        Map<String, String> plain = new LinkedHashMap<>();
        VOCABULARY
                .byName()
                .forEach((name, entries) -> plain.put(
                        name,
                        "(?:"
                                + String.join(
                                        "|",
                                        entries.stream()
                                                .map(Vocabulary.Entry::regex)
                                                .toList()) + ")"));
        Pattern definite = Pattern.compile(
                "\\b(?:the|this|these|that|its|their)\\s+(?:[\\w-]+\\s+){0,2}?" + plain.get("action-object") + "\\b",
                Pattern.CASE_INSENSITIVE);
        Pattern frame = Pattern.compile(
                String.format(
                        java.util.Locale.ROOT,
                        "\\b%1$s\\s+(?:[\\w$€£.,%%'’()&-]+\\s+){0,6}?%2$s\\b|\\b%2$s" + Vocabulary.TITLE
                                + "(?:,?\\s+(?:\\([A-Z]+\\)\\s+)?(?:[\\w-]+\\s+){0,1}?|" + Vocabulary.RELATIVE
                                + ")%3$s",
                        plain.get("action-verb"),
                        plain.get("action-object"),
                        plain.get("action-passive")),
                Pattern.CASE_INSENSITIVE);
        Pattern fastDefinite = VOCABULARY.definiteAction();
        Pattern fastFrame = VOCABULARY.actionFrame();
        List<String> sentences = corpusSentences();
        // per sentence: the fast and the plain definite action's matches, then the fast and the plain frame's
        List<List<List<String>>> found = onEveryCore(sentences.size(), i -> {
            String s = sentences.get(i);
            return List.of(matches(fastDefinite, s), matches(definite, s), matches(fastFrame, s), matches(frame, s));
        });
        for (int i = 0; i < sentences.size(); i++) {
            String s = sentences.get(i);
            List<List<String>> m = found.get(i);
            assertThat(m.get(0)).as("definite action in '%s'", s).isEqualTo(m.get(1));
            assertThat(m.get(2)).as("action frame in '%s'", s).isEqualTo(m.get(3));
        }
    }

    @Test
    void guardedEntriesFindWhatThePlainOnesFindWithAndWithoutCaseFolding() throws IOException, URISyntaxException {
        // Where an entry alone can match, the plain alternation of its name matches too, at the same place or over it:
        // the alternation's scan tries the entry at every place it does not skip as part of a match. So under
        // CASE_INSENSITIVE, the alternation's flags, an entry can match only at the places PlainMatches covers (from
        // each match's start to its end), and the guarded entry only where the entry does (its guard is a look-ahead
        // before it). Both are tried at every such place of every corpus sentence: the same success and the same end at
        // each place make the same matches. Without the flag the same holds for an entry whose matches case folding can
        // only add to; for one with a negative look-around, a negated class or a possessive or atomic element (case
        // folding can take matches away there) the matches are compared on every third sentence as well, as every
        // entry's once were, and so are an entry's when an entry of its name holds an unscoped flag or a back reference
        // (the alternation would read it differently), on every sentence.
        List<String> sentences = corpusSentences();
        int places = 0;
        for (Vocabulary.Entry e : VOCABULARY.entries()) {
            String guarded = LeadDispatch.guard(e.regex());
            if (guarded.equals(e.regex())) {
                continue;
            }
            boolean covered = VOCABULARY.byName().get(e.name()).stream()
                    .noneMatch(x -> UNLIKE_ALONE.matcher(x.regex()).find());
            for (int flags : new int[] {0, Pattern.CASE_INSENSITIVE}) {
                Pattern plain = Pattern.compile(e.regex(), flags);
                Pattern fast = Pattern.compile(guarded, flags);
                if (!covered || (flags == 0 && !foldingOnlyAdds(e.regex()))) {
                    int first = covered ? e.line() % 3 : 0;
                    int step = covered ? 3 : 1;
                    // the sentences compared, first, first + step, ...: the fast and the plain entry's matches in each
                    List<List<List<String>>> found = onEveryCore(
                            (sentences.size() - first + step - 1) / step,
                            k -> List.of(
                                    matches(fast, sentences.get(first + k * step)),
                                    matches(plain, sentences.get(first + k * step))));
                    for (int i = first, k = 0; i < sentences.size(); i += step, k++) {
                        String s = sentences.get(i);
                        assertThat(found.get(k).get(0))
                                .as("line %d, flags %d, on '%s'", e.line(), flags, s)
                                .isEqualTo(found.get(k).get(1));
                    }
                }
                if (!covered) {
                    continue;
                }
                List<Map.Entry<Integer, int[]>> inPlain =
                        List.copyOf(PlainMatches.places(e.name()).entrySet());
                // per sentence the plain alternation matches in, per place it covers in order: the ends the fast and
                // the plain entry's matches starting there reach (-1: none starts there)
                List<int[][]> ends = onEveryCore(inPlain.size(), k -> {
                    String s = sentences.get(inPlain.get(k).getKey());
                    Matcher p = plain.matcher(s).useTransparentBounds(true).useAnchoringBounds(false);
                    Matcher f = fast.matcher(s).useTransparentBounds(true).useAnchoringBounds(false);
                    return Arrays.stream(inPlain.get(k).getValue())
                            .mapToObj(at -> new int[] {endAt(f, at, s.length()), endAt(p, at, s.length())})
                            .toArray(int[][]::new);
                });
                for (int k = 0; k < inPlain.size(); k++) {
                    String s = sentences.get(inPlain.get(k).getKey());
                    int w = 0;
                    for (int at : inPlain.get(k).getValue()) {
                        int[] end = ends.get(k)[w++];
                        if (end[0] != end[1]) { // the same assertion, its description built only where it fails
                            assertThat(end[0])
                                    .as("line %d, flags %d, at %d of '%s'", e.line(), flags, at, s)
                                    .isEqualTo(end[1]);
                        }
                        places++;
                    }
                }
            }
        }
        assertThat(places).isGreaterThan(100_000);
    }

    /** @return the places from each match's start to its end (its start alone for an empty match), in order */
    private static Set<Integer> covered(List<String> matches) {
        Set<Integer> out = new java.util.TreeSet<>();
        for (String m : matches) {
            String[] f = m.split(":", 3);
            int start = Integer.parseInt(f[0]);
            for (int at = start; at < Math.max(Integer.parseInt(f[1]), start + 1); at++) {
                out.add(at);
            }
        }
        return out;
    }

    /**
     * @param m a matcher of the text with transparent, non-anchoring bounds: the text before {@code at} visible to
     *     look-behinds and word boundaries, {@code ^} only at the text's start, as {@code find} reads the text
     * @return the end of the match {@code find} would make starting at {@code at}, or -1 if none starts there
     */
    private static int endAt(Matcher m, int at, int length) {
        m.region(at, length);
        return m.lookingAt() ? m.end() : -1;
    }

    /** What an entry can hold that it would not mean inside an alternation: an unscoped flag, a back reference. */
    private static final Pattern UNLIKE_ALONE = Pattern.compile("\\(\\?[a-zA-Z]*-?[a-zA-Z]*\\)|\\\\[1-9k]");

    /**
     * @return whether every match of the expression without {@code CASE_INSENSITIVE} is also a match with it, at the same
     *     place: true unless it holds an element that case folding can make fail where it held (a negative look-around,
     *     a negated class or property, a possessive quantifier or an atomic group); read coarsely, erring towards false
     */
    static boolean foldingOnlyAdds(String regex) {
        for (String taking : List.of("(?!", "(?<!", "[^", "\\P", "(?>", "*+", "++", "?+", "}+")) {
            if (regex.contains(taking)) {
                return false;
            }
        }
        return true;
    }

    @Test
    void dispatchedPatternsAgreeOnRandomTextOfVocabularyExamples() {
        // words of every entry's example, mixed with separators and case changes: text where many entries nearly match
        List<String> words = new ArrayList<>();
        for (Vocabulary.Entry e : VOCABULARY.entries()) {
            words.addAll(List.of(e.example().split(" ")));
        }
        List<String> separators = List.of(" ", " ", " ", ", ", ". ", "-", "'s ", "$", "’", "\n", "  ");
        Map<String, Pattern[]> pairs = pairs();
        qt().withFixedSeed(15L)
                .withExamples(300)
                .forAll(lists().of(integers().between(0, words.size() * separators.size() * 2 - 1))
                        .ofSizeBetween(1, 30))
                .checkAssert(picks -> {
                    StringBuilder text = new StringBuilder();
                    for (int pick : picks) {
                        String word = words.get(pick % words.size());
                        int rest = pick / words.size();
                        text.append(rest % 2 == 0 ? word : word.toUpperCase(java.util.Locale.ROOT))
                                .append(separators.get(rest / 2));
                    }
                    String s = text.toString();
                    pairs.forEach((name, pair) -> {
                        List<String> plain = matches(pair[0], s);
                        assertThat(matches(pair[1], s))
                                .as("%s on '%s'", name, s)
                                .isEqualTo(plain);
                        // the oracle the corpus tests read (the boundary once in front) is the plain alternation too
                        assertThat(matches(pair[2], s))
                                .as("%s's oracle on '%s'", name, s)
                                .isEqualTo(plain);
                    });
                });
    }

    @Test
    void theOracleReadsABoundaryOnlyWhereEveryTopLevelAlternativeStartsWithOne() {
        assertThat(startsWithABoundary("\\bmay\\s+x|\\bcould")).isTrue();
        assertThat(startsWithABoundary("\\b(?:may|could)\\s+x")).isTrue();
        assertThat(startsWithABoundary("\\bmay|could")).isFalse();
        assertThat(startsWithABoundary("\\b[|(]x|y")).isFalse();
        assertThat(startsWithABoundary("\\b\\|x|y")).isFalse();
        assertThat(startsWithABoundary("may")).isFalse();
        assertThat(pairs().get("hedge")[2].pattern()).startsWith("\\b(?:");
        // the boundary written once, in front: every top-level alternative of every entry loses its own
        assertThat(boundaryOnce(List.of("\\bmay\\s+x|\\bcould", "\\b(?:might|must)")))
                .contains("\\b(?:may\\s+x|could|(?:might|must))");
        assertThat(boundaryOnce(List.of("\\bmay", "could"))).isEmpty();
        assertThat(boundaryOnce(List.of("\\bmay", "\\b?could"))).isEmpty(); // a quantified boundary stays
        assertThat(pairs().get("hedge")[2].pattern()).doesNotContain("|\\b");
    }

    @Test
    void groupsAlternativesByTheirFirstCharacter() {
        assertThat(LeadDispatch.rewrite(List.of("\\bmay\\s+x", "\\bcould\\s+x", "\\bmight\\s+x")))
                .isEqualTo("(?=[cm])\\b(?:(?=c)(?:\\bcould\\s+x)|(?=m)(?:\\bmay\\s+x|\\bmight\\s+x))");
        // an entry with two lead characters is tried in both groups, in its place; top-level | splits entries
        assertThat(LeadDispatch.rewrite(List.of("(?:rais|lower)ed|cut", "lift")))
                .isEqualTo("(?=[clr])(?:(?=c)(?:cut)|(?=l)(?:(?:rais|lower)ed|lift)|(?=r)(?:(?:rais|lower)ed))");
        // zero-width starts are skipped; an escaped symbol is its own lead (written by its code)
        assertThat(LeadDispatch.lead("(?<!the )\\bpartner")).contains(Set.of('p'));
        assertThat(LeadDispatch.lead("\\$[\\d.,]+")).contains(Set.of('$'));
        assertThat(LeadDispatch.lead("g[ai]ve")).contains(Set.of('g'));
        assertThat(LeadDispatch.lead("[ai]ve")).contains(Set.of('a', 'i'));
        assertThat(LeadDispatch.lead("\\bJV\\b")).contains(Set.of('j'));
        // an optional first element: the match starts with it or with what follows
        assertThat(LeadDispatch.lead("\\b(?:preferred )?(?:stock|shares) in\\b"))
                .contains(Set.of('p', 's'));
        assertThat(LeadDispatch.lead("s?he")).contains(Set.of('s', 'h'));
        // ranges, digits, named and numbered groups
        assertThat(LeadDispatch.lead("\\b[a-c][\\w.-]*'s")).contains(Set.of('a', 'b', 'c'));
        assertThat(LeadDispatch.lead("(?<year>(?:19|20)\\d{2})")).contains(Set.of('1', '2'));
        assertThat(LeadDispatch.lead("(\\d+) days")).contains(Set.of('0', '1', '2', '3', '4', '5', '6', '7', '8', '9'));
        assertThat(LeadDispatch.lead("(?:has |will ){0,2}?entered")).contains(Set.of('h', 'w', 'e'));
    }

    @Test
    void readsAGroupScopedToTheCaseFlagAsItsBody() {
        // a case-sensitive "May" is read as m (the dispatch's look-aheads fold case, the alternative keeps its own)
        assertThat(LeadDispatch.lead("\\b(?-i:may)\\s+x")).contains(Set.of('m'));
        assertThat(LeadDispatch.lead("(?-i:\\b(?:June|Jan)\\b)")).contains(Set.of('j'));
        assertThat(LeadDispatch.lead("(?i:US)\\$")).contains(Set.of('u'));
        assertThat(LeadDispatch.lead("(?:the\\s+)?(?-i:[A-C])")).contains(Set.of('t', 'a', 'b', 'c'));
        String dispatched = LeadDispatch.rewrite(List.of("\\bcould", "\\b(?-i:may)\\b", "\\bmight"));
        assertThat(dispatched).isEqualTo("(?=[cm])\\b(?:(?=c)(?:\\bcould)|(?=m)(?:\\b(?-i:may)\\b|\\bmight))");
        Pattern p = Pattern.compile(dispatched, Pattern.CASE_INSENSITIVE);
        assertThat(matches(p, "May may MAY Might could")).containsExactly("4:7:may", "12:17:Might", "18:23:could");
        String guarded = LeadDispatch.guard("(?-i:May)|(?i:jan)");
        assertThat(guarded).isEqualTo("(?=[jJmM])(?:(?-i:May)|(?i:jan))");
        assertThat(matches(Pattern.compile(guarded), "may May JAN")).containsExactly("4:7:May", "8:11:JAN");
        // the production hedge, with its case-sensitive "may", is dispatched, and the flag stays on its entry
        assertThat(VOCABULARY.pattern("hedge").pattern()).startsWith("(?=[").contains("(?-i:may)");
        // other flags, or a flag set without a scope, still leave the alternation plain
        for (String unreadable : List.of("(?x:m ay)", "(?iu:may)", "(?-i)may", "(?s:m.)")) {
            assertThat(LeadDispatch.rewrite(List.of("\\bcould", unreadable)))
                    .as(unreadable)
                    .isEqualTo("(?:\\bcould|" + unreadable + ")");
        }
    }

    @Test
    void guardsAWholeExpressionInBothCasesAndKeepsItsGroups() {
        String guarded = LeadDispatch.guard("(?<qual>about\\s+)?(?<cur>US\\$|€)(?<num>\\d+)|Jan");
        assertThat(guarded).isEqualTo("(?=[aAjJuU\\x{20ac}])(?:(?<qual>about\\s+)?(?<cur>US\\$|€)(?<num>\\d+)|Jan)");
        Matcher m = Pattern.compile(guarded).matcher("paid about US$5 in Jan");
        assertThat(m.find()).isTrue();
        assertThat(m.group("num")).isEqualTo("5");
        assertThat(m.find()).isTrue();
        assertThat(m.group()).isEqualTo("Jan");
        assertThat(LeadDispatch.guard("\\S+ would")).isEqualTo("\\S+ would");
    }

    @Test
    void leavesTheAlternationPlainWhenALeadCannotBeRead() {
        // a shorthand, an optional element alone, a negated class, a capturing group, an inline flag, an empty
        // alternative
        for (String unreadable : List.of("\\S+ would", "s?", "[^a]+", "(\\w+) said", "(?i)x", "x|", ".x", "^\\s*x")) {
            assertThat(LeadDispatch.rewrite(List.of("\\bmay", unreadable)))
                    .as(unreadable)
                    .isEqualTo("(?:\\bmay|" + unreadable + ")");
        }
        assertThat(LeadDispatch.lead("(?:a|\\s)b")).isEqualTo(Optional.empty());
        assertThat(LeadDispatch.topLevel("a(b|c")).isEqualTo(Optional.empty());
    }
}
