package lodestone.news.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import lodestone.news.TabSeparated;

/**
 * The wordings of the extractor's triggers, as data: {@code lodestone/news/vocabulary.tsv}, read once at start. One
 * entry per line, five tab-separated fields: the name of the pattern it belongs to, the event type it signals (or
 * {@code -} for a helper such as a hedge), its strength ({@code strong}, {@code weak} or {@code -}), a Java regular
 * expression (matched case-insensitively) and an example it fires on. The entries of one name are alternatives of one
 * pattern, in file order. Lines starting with {@code #} and blank lines are comments. {@code VocabularyTest} checks
 * that every entry compiles and fires on its example.
 *
 * @param entries the entries in file order
 */
record Vocabulary(List<Vocabulary.Entry> entries) {
    /** The resource the bundled vocabulary is read from. */
    static final String RESOURCE = "vocabulary.tsv";

    /**
     * One wording.
     *
     * @param line the line of the file it was read from (1-based)
     * @param name the pattern it is an alternative of ("action-verb", "export-control")
     * @param type the event type it signals, or "-"
     * @param strength "strong", "weak" or "-"
     * @param regex the regular expression
     * @param example a phrase it fires on
     */
    record Entry(int line, String name, String type, String strength, String regex, String example) {}

    Vocabulary {
        entries = List.copyOf(entries);
    }

    private static final class Holder {
        static final Vocabulary BUNDLED = parse(RESOURCE, Gazetteer.lines(RESOURCE));
    }

    /** @return the vocabulary bundled with the extractor */
    static Vocabulary bundled() {
        return Holder.BUNDLED;
    }

    /**
     * @param source the file name, for messages
     * @param lines the file's lines
     * @return the entries
     * @throws IllegalArgumentException naming the file, line and field of a malformed entry
     */
    static Vocabulary parse(String source, List<String> lines) {
        List<Entry> out = new ArrayList<>();
        for (TabSeparated.Line line : TabSeparated.lines(lines)) {
            int number = line.number();
            String[] f = line.fields();
            if (f.length != 5) {
                throw new IllegalArgumentException(source + " line " + number + ": " + f.length
                        + " tab-separated fields, expected 5 (name, type, strength, pattern, example)."
                        + "\nMaybe a tab was typed as spaces.");
            }
            if (!List.of("strong", "weak", "-").contains(f[2])) {
                throw new IllegalArgumentException(
                        source + " line " + number + ": strength '" + f[2] + "' is not strong, weak or -.");
            }
            try {
                Pattern.compile(f[3]);
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException(
                        source + " line " + number + ": pattern '" + f[3] + "' does not compile: " + e.getDescription(),
                        e);
            }
            out.add(new Entry(number, f[0], f[1], f[2], f[3], f[4]));
        }
        return new Vocabulary(out);
    }

    /**
     * @param name a pattern's name ("action-object")
     * @return each of its entries as a pattern of its own, in file order, case-insensitive and bounded by word
     *     boundaries (to tell which kind of instrument a phrase names)
     */
    List<Pattern> each(String name) {
        List<Pattern> out = new ArrayList<>();
        for (Entry e : entries) {
            if (e.name().equals(name)) {
                out.add(Pattern.compile("\\b(?:" + e.regex() + ")\\b", Pattern.CASE_INSENSITIVE));
            }
        }
        return List.copyOf(out);
    }

    /** @return the entries grouped by name, in file order */
    Map<String, List<Entry>> byName() {
        Map<String, List<Entry>> out = new LinkedHashMap<>();
        entries.forEach(
                e -> out.computeIfAbsent(e.name(), k -> new ArrayList<>()).add(e));
        return out;
    }

    /**
     * @param name a pattern's name
     * @return the alternation of its entries, case-insensitive
     * @throws IllegalArgumentException if no entry has that name
     */
    Pattern pattern(String name) {
        return Pattern.compile(alternation(name), Pattern.CASE_INSENSITIVE);
    }

    /**
     * @param name a pattern's name
     * @return its entries joined as one non-capturing alternation, dispatched by each entry's first character ({@link
     *     LeadDispatch}: the same matches under {@code CASE_INSENSITIVE}, tried only where an entry can start)
     */
    String alternation(String name) {
        List<String> parts = new ArrayList<>();
        for (Entry e : entries) {
            if (e.name().equals(name)) {
                parts.add(e.regex());
            }
        }
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("vocabulary has no entry named '" + name + "'.");
        }
        return LeadDispatch.rewrite(parts);
    }

    /** @return a definite reference to an {@code action-object} ("the price floor", "its strategic reserve") */
    Pattern definiteAction() {
        return Pattern.compile(
                "\\b(?:the|this|these|that|its|their)\\s+(?:[\\w-]+\\s+){0,2}?" + alternation("action-object") + "\\b",
                Pattern.CASE_INSENSITIVE);
    }

    /**
     * A relative clause set off by commas between an instrument and its act (round 25b): "the Regulations on Rare Earth
     * Management, which the State Council published in June, took effect in October". Its words are one clause of at
     * most 80 characters, without a comma, colon or semicolon of their own.
     */
    static final String RELATIVE = ",\\s+(?:which|that)\\s+[^,;:]{1,80},\\s+";

    /**
     * The general frame of an {@code other} action: an {@code action-verb}, up to six words, an {@code action-object}
     * ("approved the launch of the National Critical Mineral Mission"); or an object and an {@code action-passive}
     * ("the Act entered into force", "the framework has been adopted").
     *
     * @return the frame's pattern, case-insensitive
     */
    /** The title after an instrument's noun: "the Regulations on Rare Earth Management", capitalised words only. */
    static final String TITLE = "(?:\\s+(?:on|of)\\s+(?-i:[A-Z][\\w-]*)(?:\\s+(?-i:[A-Z][\\w-]*)){0,3})?";

    Pattern actionFrame() {
        String verb = alternation("action-verb");
        String object = alternation("action-object");
        String passive = alternation("action-passive");
        String regex = String.format(
                Locale.ROOT,
                "\\b%1$s\\s+(?:[\\w$€£.,%%'’()&-]+\\s+){0,6}?%2$s\\b|\\b%2$s" + TITLE
                        + "(?:,?\\s+(?:\\([A-Z]+\\)\\s+)?(?:[\\w-]+\\s+){0,1}?|" + RELATIVE + ")%3$s",
                verb,
                object,
                passive);
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
    }
}
