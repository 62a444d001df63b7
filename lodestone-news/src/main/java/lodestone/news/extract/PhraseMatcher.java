package lodestone.news.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds dictionary phrases in text in time linear in the text's length: at each word start, the phrases beginning with
 * that word are tried, longest first, and a match must end at a word boundary. A regular expression with one
 * alternative per phrase does the same work but tries every alternative at every position (hundreds of phrases times
 * millions of characters on a large input).
 */
final class PhraseMatcher {
    /**
     * A phrase found.
     *
     * @param start offset of its first character
     * @param end offset after its last character
     * @param surface the text as written
     */
    record Match(int start, int end, String surface) {}

    private final Map<String, List<String>> byFirstWord = new HashMap<>();
    private final boolean ignoreCase;

    PhraseMatcher(Iterable<String> phrases, boolean ignoreCase) {
        this.ignoreCase = ignoreCase;
        for (String phrase : phrases) {
            if (phrase.isEmpty() || !wordChar(phrase.charAt(0))) {
                throw new IllegalArgumentException(
                        "phrase (" + phrase + ") must start with a letter or digit to be matched at word starts.");
            }
            byFirstWord
                    .computeIfAbsent(key(firstWord(phrase, 0)), k -> new ArrayList<>())
                    .add(phrase);
        }
        byFirstWord
                .values()
                .forEach(list -> list.sort(
                        Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder())));
    }

    private String key(String word) {
        return ignoreCase ? word.toLowerCase(Locale.ROOT) : word;
    }

    private static boolean wordChar(char c) {
        return Character.isLetterOrDigit(c);
    }

    private static String firstWord(String s, int from) {
        int end = from;
        while (end < s.length() && wordChar(s.charAt(end))) {
            end++;
        }
        return s.substring(from, end);
    }

    /**
     * @param text the text
     * @return the matches, left to right, not overlapping (the longest phrase at the leftmost start wins)
     */
    List<Match> find(String text) {
        List<Match> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            if (!wordChar(text.charAt(i)) || (i > 0 && wordChar(text.charAt(i - 1)))) {
                i++;
                continue;
            }
            int wordEnd = i;
            while (wordEnd < n && wordChar(text.charAt(wordEnd))) {
                wordEnd++;
            }
            List<String> candidates = byFirstWord.get(key(text.substring(i, wordEnd)));
            int next = wordEnd;
            if (candidates != null) {
                for (String phrase : candidates) {
                    int end = i + phrase.length();
                    if (end <= n
                            && text.regionMatches(ignoreCase, i, phrase, 0, phrase.length())
                            && (end == n
                                    || !wordChar(text.charAt(end))
                                    || !wordChar(phrase.charAt(phrase.length() - 1)))) {
                        out.add(new Match(i, end, text.substring(i, end)));
                        next = end;
                        break;
                    }
                }
            }
            i = next;
        }
        return out;
    }
}
