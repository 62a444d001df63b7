package lodestone.news.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the matches {@link Matcher#find()} finds, in the same order, but tries the pattern only near <em>anchors</em>:
 * positions every match must reach. {@code find} tries the pattern at every position of the text; for a pattern whose
 * matches all hold a rare character (a digit, the "day" of a date word) almost all of those tries fail, and on a long
 * text they are most of the cost.
 *
 * <p><b>The contract.</b> The caller gives the anchors (a test on one position) and a reach {@code k}: for every match
 * starting at {@code p} there is an anchor {@code a >= p} such that the text from {@code p} to {@code a} holds at most
 * {@code k} characters that are neither whitespace nor, after those {@code k}, digits (runs of whitespace, as in
 * {@code \s+}, and a leading run of digits, as in {@code \d+}, may be of any length). The anchor is a character of the
 * text; it may lie after the match, in a look-ahead. Then no match can start before the position reached by walking back from the first anchor at or
 * after the current position over {@code k} such characters, and the pattern is tried only from there to that anchor:
 * with transparent bounds, so look-behinds and {@code \b} see the text before the position, exactly as
 * {@code find} does.
 */
final class AnchoredFind {
    /** A test on one position of a text. */
    @FunctionalInterface
    interface Anchor {
        boolean at(String text, int i);
    }

    private final Matcher matcher;
    private final String text;
    private final Anchor anchor;
    private final int reach;
    private int next;
    private int lastAnchor = -1;

    /**
     * @param pattern the pattern
     * @param text the whole text
     * @param anchor the positions every match reaches
     * @param reach the most characters between a match's start and its anchor, whitespace and leading digits aside
     */
    AnchoredFind(Pattern pattern, String text, Anchor anchor, int reach) {
        this.matcher = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        this.text = text;
        this.anchor = anchor;
        this.reach = reach;
    }

    /** @return the matcher, on the match {@link #find()} found (start, end and groups as after {@code find}) */
    Matcher matcher() {
        return matcher;
    }

    /** @return whether there is a next match; the matcher holds it */
    boolean find() {
        int n = text.length();
        while (next < n) {
            int a = Math.max(next, lastAnchor);
            while (a < n && !anchor.at(text, a)) {
                a++;
            }
            if (a >= n) {
                next = n + 1;
                return false;
            }
            lastAnchor = a;
            for (int p = Math.max(next, back(a)); p <= a; p++) {
                matcher.region(p, n);
                if (matcher.lookingAt()) {
                    next = matcher.end() == matcher.start() ? matcher.end() + 1 : matcher.end();
                    return true;
                }
            }
            next = a + 1;
        }
        return false;
    }

    /** The earliest position from which a match can reach the anchor at {@code a}. */
    private int back(int a) {
        int p = a;
        int counted = 0;
        while (p > 0) {
            char c = text.charAt(p - 1);
            if (Character.isWhitespace(c)) {
                p--;
            } else if (counted < reach) {
                counted++;
                p--;
            } else {
                break;
            }
        }
        while (p > 0 && Character.isDigit(text.charAt(p - 1))) {
            p--;
        }
        return p;
    }
}
