package lodestone.news.extract;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A licence requirement told as standing since a time (round 22c): "antimony has required an export licence since 15
 * September 2024", "licences for seven rare earths have been required since April 2025", "the licences Beijing has
 * required since 4 April 2025 for ...", "licensing for gallium, in place since 1 August", "has been subject to export
 * licensing since ...". The labelling guideline counts a background control whose issuer and minerals the article
 * names; told by its state and its start, with no verb of imposing, such a control is read by no other trigger. The
 * reading is the licence word, a word of standing (required, needed, in place, in force, subject to) and "since" with a
 * month, a day or a year, in one clause in either order; {@link NewsExtractor} makes it an export-control trigger where
 * no other trigger covers it and the clause names a mineral.
 */
final class StandingControls {
    private static final String LICENCE = "(?:export\\s+)?licen[cs](?:e|es|ing)\\b";
    /** A word of a requirement standing: its state, not the act of imposing it. */
    private static final String STANDING = "(?:(?:has|have)\\s+(?:also\\s+|in\\s+addition\\s+)?(?:been\\s+)?"
            + "(?:required|needed|subject\\s+to)|in\\s+place|in\\s+force)";

    private static final String SINCE =
            "since\\s+(?:(?:\\d{1,2}\\s+)?" + MeasureSequences.MONTH + "|" + MeasureSequences.YEAR + ")";
    /** No clause boundary between the parts: a sentence end, a semicolon, a colon or a dash. */
    private static final String SAME_CLAUSE = "[^.;:–—]";

    /**
     * The licence word before the state and "since": "licences ... have been required since April 2025", "Antimony has
     * also required an export licence since ..." (the state before the licence, then "since").
     */
    private static final Pattern LICENCE_FIRST = MeasureSequences.words(
            "\\b", LICENCE, SAME_CLAUSE, "{0,60}?\\b", STANDING, "\\b", SAME_CLAUSE, "{0,40}?\\b", SINCE);

    private static final Pattern STATE_FIRST =
            MeasureSequences.words("\\b", STANDING, "\\s+(?:an?\\s+)?", LICENCE, SAME_CLAUSE, "{0,40}?\\b", SINCE);

    /** "Since 1 August exports of gallium have needed licences": the time first. */
    private static final Pattern SINCE_FIRST =
            MeasureSequences.words("\\b", SINCE, SAME_CLAUSE, "{0,80}?\\b", STANDING, "\\s+(?:an?\\s+)?", LICENCE);

    private StandingControls() {}

    /**
     * @param s a sentence
     * @return the span of the first licence requirement it tells as standing since a time, if any
     */
    static Optional<int[]> find(String s) {
        int[] best = null;
        for (Pattern p : new Pattern[] {LICENCE_FIRST, STATE_FIRST, SINCE_FIRST}) {
            Matcher m = p.matcher(s);
            if (m.find() && (best == null || m.start() < best[0])) {
                best = new int[] {m.start(), m.end()};
            }
        }
        return Optional.ofNullable(best);
    }
}
