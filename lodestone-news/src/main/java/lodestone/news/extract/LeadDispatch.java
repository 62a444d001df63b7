package lodestone.news.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Rewrites an alternation of regular expressions into an equivalent one that tries, at each position of the text, only
 * the alternatives that can start there. A {@code java.util.regex} alternation tries every alternative at every position
 * (the vocabulary's hedge has 115 of them), and most fail on their first character; this is most of the extractor's
 * time. The rewrite reads each alternative's <em>lead</em>: the set of characters its first consumed character must be
 * (after zero-width assertions such as {@code \b} or a look-behind), and groups the alternatives by lead character,
 * each group behind a one-character look-ahead; a look-ahead on the union of the leads (and a {@code \b} when every
 * alternative starts with one) fails most positions at once:
 *
 * <pre>
 * (?:\bmay\s+x|\bcould\s+x|\bmight\s+x)
 *   becomes  (?=[cm])\b(?:(?=c)(?:\bcould\s+x)|(?=m)(?:\bmay\s+x|\bmight\s+x))
 * </pre>
 *
 * <p><b>Same matches.</b> At a given position only the alternatives whose lead holds the character there can match;
 * the rewrite keeps those, in their original order (an alternative with several lead characters appears in each of
 * their groups), and only one group's look-ahead holds at a position, so the leftmost-first choice of the alternation,
 * and its backtracking order inside a larger expression, are unchanged. Lead characters are compared case-insensitively
 * for ASCII letters only, as {@link java.util.regex.Pattern#CASE_INSENSITIVE} does without {@code UNICODE_CASE}; the
 * rewrite is for patterns compiled with that flag and no other.
 *
 * <p><b>When it does nothing.</b> When any alternative's lead cannot be read (it starts with a character class other
 * than a plain list of characters, {@code .}, a shorthand such as {@code \S}, an optional element, or an inline flag
 * other than a group scoped to the case flag alone, {@code (?-i:may)} or {@code (?i:x)}),
 * or any alternative holds a capturing group (the rewrite would renumber groups), {@link #rewrite} returns the plain
 * alternation: new vocabulary entries of any form are always matched correctly, only perhaps not faster.
 * {@code LeadDispatchTest} checks the equivalence on every vocabulary pattern over the labelled corpus and on random
 * text.
 */
final class LeadDispatch {
    private static final String META = "()[]{}.*+?^$|\\";
    private static final Set<Character> DIGITS = Set.of('0', '1', '2', '3', '4', '5', '6', '7', '8', '9');

    private LeadDispatch() {}

    /**
     * @param alternatives regular expressions (each may itself contain top-level {@code |})
     * @return a non-capturing group equivalent to {@code (?:a|b|...)} under {@code CASE_INSENSITIVE}, dispatched by
     *     lead character where every alternative's lead can be read, else exactly {@code (?:a|b|...)}
     */
    static String rewrite(List<String> alternatives) {
        String plain = "(?:" + String.join("|", alternatives) + ")";
        List<String> branches = new ArrayList<>();
        for (String alternative : alternatives) {
            Optional<List<String>> split = topLevel(alternative);
            if (split.isEmpty() || capturing(alternative)) {
                return plain;
            }
            branches.addAll(split.get());
        }
        List<Set<Character>> leads = new ArrayList<>();
        Set<Character> union = new TreeSet<>();
        boolean allBounded = true;
        for (String branch : branches) {
            Optional<Set<Character>> lead = lead(branch);
            if (lead.isEmpty()) {
                return plain;
            }
            leads.add(lead.get());
            union.addAll(lead.get());
            allBounded &= branch.startsWith("\\b");
        }
        StringBuilder out = new StringBuilder("(?=[");
        union.forEach(c -> out.append(literal(c)));
        out.append("])").append(allBounded ? "\\b" : "").append("(?:");
        boolean first = true;
        for (char c : union) {
            List<String> group = new ArrayList<>();
            for (int i = 0; i < branches.size(); i++) {
                if (leads.get(i).contains(c)) {
                    group.add(branches.get(i));
                }
            }
            out.append(first ? "" : "|")
                    .append("(?=")
                    .append(literal(c))
                    .append(")(?:")
                    .append(String.join("|", group))
                    .append(')');
            first = false;
        }
        return out.append(')').toString();
    }

    /**
     * @param regex a regular expression, with any flags and capturing groups
     * @return the same expression behind a one-character look-ahead on its lead (both cases of a letter, so it holds
     *     with or without {@code CASE_INSENSITIVE}), which fails at once the positions where no match can start, and the
     *     expression in a non-capturing group (its groups keep their numbers); the expression unchanged when its lead
     *     cannot be read
     */
    static String guard(String regex) {
        Optional<List<String>> branches = topLevel(regex);
        if (branches.isEmpty()) {
            return regex;
        }
        Set<Character> union = new TreeSet<>();
        for (String branch : branches.get()) {
            Optional<Set<Character>> lead = lead(branch);
            if (lead.isEmpty()) {
                return regex;
            }
            union.addAll(lead.get());
        }
        StringBuilder out = new StringBuilder("(?=[");
        for (char c : union) {
            out.append(literal(c));
            if (c < 128 && Character.isLetter(c)) {
                out.append(Character.toUpperCase(c));
            }
        }
        return out.append("])(?:").append(regex).append(')').toString();
    }

    /** A lead character as a pattern element: letters and digits as they are, anything else by its code. */
    private static String literal(char c) {
        return Character.isLetterOrDigit(c) && c < 128
                ? String.valueOf(c)
                : String.format(Locale.ROOT, "\\x{%x}", (int) c);
    }

    /** The key of a character under ASCII-only case folding. */
    private static char fold(char c) {
        return c < 128 ? Character.toLowerCase(c) : c;
    }

    /**
     * @param regex a regular expression
     * @return its top-level alternatives, or empty when its groups or classes do not balance
     */
    static Optional<List<String>> topLevel(String regex) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int from = 0;
        for (int i = 0; i < regex.length(); i = skip(regex, i) + 1) {
            if (skip(regex, i) < 0) {
                return Optional.empty();
            }
            char c = regex.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
                if (depth < 0) {
                    return Optional.empty();
                }
            } else if (c == '|' && depth == 0) {
                out.add(regex.substring(from, i));
                from = i + 1;
            }
        }
        if (depth != 0) {
            return Optional.empty();
        }
        out.add(regex.substring(from));
        return Optional.of(out);
    }

    /**
     * @param regex an expression
     * @param i an index in it
     * @return the length of the opening of a group scoped to a case flag alone at {@code i}, {@code (?i:} or {@code
     *     (?-i:}, or 0. Such a group neither captures nor changes the flags outside it, and its lead is its body's, read
     *     as everywhere else with ASCII letters folded: a case-sensitive {@code (?-i:May)} is read as {@code m}, which
     *     takes in more places than it can match at (the dispatch's look-aheads are case-insensitive and the guard's
     *     hold both cases), never fewer, and the alternative itself then fails where the case differs
     */
    private static int caseFlagGroup(String regex, int i) {
        if (regex.startsWith("(?i:", i)) {
            return 4;
        }
        return regex.startsWith("(?-i:", i) ? 5 : 0;
    }

    /** Whether the expression holds a capturing group, named or not, or an inline flag other than a scoped case flag. */
    private static boolean capturing(String regex) {
        for (int i = 0; i < regex.length(); i = skip(regex, i) + 1) {
            if (skip(regex, i) < 0) {
                return true;
            }
            boolean plainGroup = regex.startsWith("(?:", i)
                    || caseFlagGroup(regex, i) > 0
                    || regex.startsWith("(?=", i)
                    || regex.startsWith("(?!", i)
                    || regex.startsWith("(?<=", i)
                    || regex.startsWith("(?<!", i);
            if (regex.charAt(i) == '(' && !plainGroup) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param regex an expression
     * @param i the index of a token's first character
     * @return the index of the token's last character: an escape is two characters, a class runs to its {@code ]}; -1
     *     for a class that does not close
     */
    private static int skip(String regex, int i) {
        char c = regex.charAt(i);
        if (c == '\\') {
            return i + 1;
        }
        return c == '[' ? closing(regex, i, '[', ']', LeadDispatch::classToken) : i;
    }

    /**
     * @param regex an expression
     * @param i the index of a character inside a class
     * @return the index of the last character of the class's token there: an escape is two characters, and a nested
     *     class's {@code [} takes a {@code ^} after it and then a {@code ]}, which is a literal first in a class
     */
    private static int classToken(String regex, int i) {
        char c = regex.charAt(i);
        if (c == '\\') {
            return i + 1;
        }
        int end = i;
        if (c == '[') {
            if (end + 1 < regex.length() && regex.charAt(end + 1) == '^') {
                end++;
            }
            if (end + 1 < regex.length() && regex.charAt(end + 1) == ']') {
                end++;
            }
        }
        return end;
    }

    /** The index of the ')' that closes the group opened at {@code open}, or -1. */
    private static int groupEnd(String regex, int open) {
        return closing(regex, open, '(', ')', LeadDispatch::skip);
    }

    /** How a scan steps over a token: the index of the last character of the token that starts at an index, or -1. */
    @FunctionalInterface
    private interface Token {
        int last(String regex, int i);
    }

    /**
     * One scanner for classes and groups: counts the openers and closers at the start of each token, so that what a
     * token holds (an escaped bracket; inside a group, a whole class) does not count.
     *
     * @param regex an expression
     * @param open the index of an {@code opener}
     * @param opener {@code [} or {@code (}
     * @param closer {@code ]} or {@code )}
     * @param token how to step over a token: a class steps over escapes and a nested class's opening, a group over
     *     escapes and whole classes
     * @return the index of the {@code closer} that closes the bracket at {@code open}, or -1
     */
    private static int closing(String regex, int open, char opener, char closer, Token token) {
        int depth = 0;
        int i = open;
        while (i < regex.length()) {
            int last = token.last(regex, i);
            if (last < 0) {
                return -1;
            }
            char c = regex.charAt(i);
            if (c == opener) {
                depth++;
            } else if (c == closer) {
                depth--;
                if (depth == 0) {
                    return i;
                }
            }
            i = last + 1;
        }
        return -1;
    }

    /** Whether a quantifier that allows zero repetitions ({@code ?}, {@code *}, <code>{</code>) follows index {@code i}. */
    private static boolean optionalAfter(String regex, int i) {
        return i + 1 < regex.length() && "?*{".indexOf(regex.charAt(i + 1)) >= 0;
    }

    /**
     * @param branch an expression without top-level {@code |}
     * @return the characters (ASCII letters lower-cased) its first consumed character must be one of, or empty when
     *     that cannot be read
     */
    static Optional<Set<Character>> lead(String branch) {
        int i = 0;
        while (i < branch.length()) {
            if (branch.startsWith("\\b", i) || branch.startsWith("\\B", i)) {
                i += 2;
            } else if (branch.charAt(i) == '^') {
                i++;
            } else if (branch.startsWith("(?=", i)
                    || branch.startsWith("(?!", i)
                    || branch.startsWith("(?<=", i)
                    || branch.startsWith("(?<!", i)) {
                int end = groupEnd(branch, i);
                if (end < 0 || optionalAfter(branch, end)) {
                    return Optional.empty();
                }
                i = end + 1;
            } else {
                break;
            }
        }
        if (i >= branch.length()) {
            return Optional.empty();
        }
        int end = atomEnd(branch, i);
        Optional<Set<Character>> first = end < 0 ? Optional.empty() : atomLead(branch, i, end);
        if (first.isEmpty() || !optionalAfter(branch, end)) {
            return first;
        }
        // an optional first element ("(?:preferred )?stock"): the match starts with it or with what follows it
        int rest = quantifierEnd(branch, end + 1) + 1;
        Optional<Set<Character>> next = rest <= 0 ? Optional.empty() : lead(branch.substring(rest));
        if (next.isEmpty()) {
            return Optional.empty();
        }
        Set<Character> out = new LinkedHashSet<>(first.get());
        out.addAll(next.get());
        return Optional.of(out);
    }

    /** The index of the last character of the element that starts at {@code i}, or -1 where it does not close. */
    private static int atomEnd(String branch, int i) {
        char c = branch.charAt(i);
        if (c == '(') {
            return groupEnd(branch, i);
        }
        return c == '\\' && i + 1 >= branch.length() ? -1 : skip(branch, i);
    }

    /** The index of the last character of the quantifier at {@code q} (with a lazy or possessive mark), or -1. */
    private static int quantifierEnd(String branch, int q) {
        int end = branch.charAt(q) == '{' ? branch.indexOf('}', q) : q;
        if (end >= 0 && end + 1 < branch.length() && "?+".indexOf(branch.charAt(end + 1)) >= 0) {
            end++;
        }
        return end;
    }

    /** The lead of the element from {@code i} to {@code end}, taken once. */
    private static Optional<Set<Character>> atomLead(String branch, int i, int end) {
        char c = branch.charAt(i);
        if (c == '\\') {
            char escaped = branch.charAt(i + 1);
            if (escaped == 'd') {
                return Optional.of(DIGITS); // [0-9]: java.util.regex's \d without UNICODE_CHARACTER_CLASS
            }
            // a shorthand (\s, \w, \p{L}), a back reference or a code (\x41) has no readable lead
            return Character.isLetterOrDigit(escaped) || Character.isSurrogate(escaped)
                    ? Optional.empty()
                    : Optional.of(Set.of(escaped));
        }
        if (c == '(') {
            return groupLead(branch, i, end);
        }
        if (c == '[') {
            return classLead(branch, i, end);
        }
        // a surrogate is half of a character that java.util.regex matches whole: no lead is read from it
        return META.indexOf(c) >= 0 || Character.isSurrogate(c) ? Optional.empty() : Optional.of(Set.of(fold(c)));
    }

    private static Optional<Set<Character>> groupLead(String branch, int open, int end) {
        int body;
        if (branch.startsWith("(?:", open)) {
            body = open + 3;
        } else if (caseFlagGroup(branch, open) > 0) {
            body = open + caseFlagGroup(branch, open);
        } else if (branch.startsWith("(?<", open)) {
            body = branch.indexOf('>', open) + 1; // a named group (look-behinds were skipped as zero-width)
        } else if (branch.startsWith("(?", open)) {
            return Optional.empty(); // an inline flag or an atomic group
        } else {
            body = open + 1;
        }
        if (body <= 0 || body > end) {
            return Optional.empty();
        }
        Optional<List<String>> inner = topLevel(branch.substring(body, end));
        if (inner.isEmpty()) {
            return Optional.empty();
        }
        Set<Character> out = new LinkedHashSet<>();
        for (String part : inner.get()) {
            Optional<Set<Character>> lead = lead(part);
            if (lead.isEmpty()) {
                return Optional.empty();
            }
            out.addAll(lead.get());
        }
        return Optional.of(out);
    }

    /** The lead of a class of plain characters and ranges ("[ai]", "[a-z]"); empty for negations, escapes, nesting. */
    private static Optional<Set<Character>> classLead(String branch, int open, int end) {
        if (end == open + 1) {
            return Optional.empty();
        }
        Set<Character> out = new LinkedHashSet<>();
        for (int i = open + 1; i < end; i++) {
            char c = branch.charAt(i);
            if (c == '^' || c == '-' || c == '\\' || c == '[' || c == '&' || Character.isSurrogate(c)) {
                return Optional.empty();
            }
            char last = c;
            if (i + 2 < end && branch.charAt(i + 1) == '-') {
                last = branch.charAt(i + 2); // a range of plain characters ("a-z")
                if (last < c || last == '\\' || last == '[' || Character.isSurrogate(last)) {
                    return Optional.empty();
                }
                i += 2;
            }
            for (int k = c; k <= last; k++) {
                out.add(fold((char) k));
            }
        }
        return Optional.of(out);
    }
}
