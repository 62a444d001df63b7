package lodestone.news.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits text into sentences by rule: a line break always ends a sentence (headlines and datelines stand alone); within
 * a line, '.', '!' or '?' (optionally followed by a closing quote) ends one when the next word starts with a capital,
 * digit or quote, unless the period belongs to an abbreviation ("U.S.", "Dr.", "No.", "Inc.") or an initial.
 */
final class SentenceSplitter {
    private static final Set<String> ABBREVIATIONS = Set.of(
            "U.S", "U.K", "U.N", "E.U", "Dr", "Mr", "Mrs", "Ms", "Prof", "No", "Nos", "Inc", "Ltd", "Corp", "Co", "Jr",
            "Sr", "St", "Gen", "Gov", "Sen", "Rep", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept",
            "Oct", "Nov", "Dec", "e.g", "i.e", "vs", "approx", "D.C", "U.S.A", "S.A", "Mt", "Art", "Vol", "p.m", "a.m");
    private static final Pattern END = Pattern.compile("[.!?][\"'”’)]*(?=\\s+[\"'“‘(]?[\\p{Lu}\\d])");
    /** Opening quotes and brackets before a word, compiled once (String.replaceAll compiles on every call). */
    private static final Pattern OPENING = Pattern.compile("^[\"'(“‘]+");

    private SentenceSplitter() {}

    static List<Sentence> split(String text) {
        List<Sentence> out = new ArrayList<>();
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            splitLine(text, lineStart, lineEnd, out);
            lineStart = lineEnd + 1;
        }
        return out;
    }

    private static void splitLine(String text, int from, int to, List<Sentence> out) {
        String line = text.substring(from, to);
        Matcher m = END.matcher(line);
        int start = 0;
        while (m.find()) {
            if (line.charAt(m.start()) == '.' && abbreviation(line, m.start())) {
                continue;
            }
            add(text, from + start, from + m.end(), out);
            start = m.end();
        }
        add(text, from + start, to, out);
    }

    /** The characters that close a sentence: final punctuation, or a closing quote after it. */
    private static final String CLOSING = ".!?\"”’'";

    /**
     * Whether the text ends with a sentence's closing mark: exactly what the whole-string expression {@code
     * (?s).*[.!?"”’']$} matches (a whole-string match leaves {@code $} no line terminator to stop before), without
     * reading the text up to its last character.
     *
     * @param text a text
     * @return whether its last character is one of {@code . ! ? " ” ’ '}
     */
    static boolean closed(String text) {
        return !text.isEmpty() && CLOSING.indexOf(text.charAt(text.length() - 1)) >= 0;
    }

    private static boolean abbreviation(String line, int dot) {
        int wordStart = dot;
        while (wordStart > 0 && !Character.isWhitespace(line.charAt(wordStart - 1))) {
            wordStart--;
        }
        String word = OPENING.matcher(line.substring(wordStart, dot)).replaceAll("");
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return true; // an initial
        }
        return ABBREVIATIONS.contains(word);
    }

    private static void add(String text, int start, int end, List<Sentence> out) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new Sentence(out.size(), start, end, text.substring(start, end)));
        }
    }
}
