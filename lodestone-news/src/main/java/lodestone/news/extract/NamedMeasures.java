package lodestone.news.extract;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An export measure named rather than told (round 23c): a sentence that names a measure by its instrument or by its
 * time, with no verb of imposing it, tells an event of its own when its issuer and minerals are named (the labelling
 * guideline's background controls). Two shapes, read where no other export-control trigger is in the sentence:
 *
 * <ul>
 *   <li>an <b>instrument</b>: a numbered announcement, notice, decree, order, circular or statutory instrument in a
 *       sentence about exports ("the ministry's Notice No. 12, which lists who may ship germanium abroad"; "under
 *       Statutory Instrument 40 of 2021 the export of raw ore stopped"); a sentence that suspends, lifts or revokes
 *       something by its instrument tells the lifting, not a measure, and is left alone;
 *   <li>a <b>dated noun</b>: the measure's noun and its month told around a few words the shorter readings of the
 *       vocabulary do not allow ("the broad March 2024 tungsten curbs", "the cobalt rules it had issued on 3 May", "the
 *       package of 12 June 2024", "its far wider rules of last March").
 * </ul>
 *
 * <p>Each reading is a span of the sentence; {@link NewsExtractor} makes it a strong export-control trigger where no
 * other export-control trigger is in the sentence and the clause names a mineral.
 */
final class NamedMeasures {
    private NamedMeasures() {}

    /** A numbered instrument: "Announcement No. 68", "Notice No 12 of 2024", "Statutory Instrument 5 of 2023". */
    private static final Pattern INSTRUMENT = MeasureSequences.words(
            "\\b(?:(?:announcement|notice|decree|order|circular|regulation)\\s+(?:No\\.?|Number|n°)\\s*\\d+",
            "|statutory\\s+instrument\\s+(?:No\\.?\\s*)?\\d+(?:\\s+of\\s+",
            MeasureSequences.YEAR,
            ")?)");

    /** A word of exporting: what the instrument must be about. */
    private static final Pattern EXPORT_WORD =
            MeasureSequences.words("\\b(?:export(?:s|ed|ers?|ing)?|shipments?\\s+abroad|ship\\s+\\w+\\s+abroad)\\b");

    /** A word of undoing a measure: the instrument's sentence tells a lifting, a suspension or a revocation. */
    private static final Pattern UNDOING = MeasureSequences.words(
            "\\b(?:suspend(?:s|ed|ing)?|suspension|lift(?:s|ed|ing)?|paus(?:e|es|ed|ing)|revok(?:e|es|ed|ing)",
            "|rescind(?:s|ed|ing)?|repeal(?:s|ed|ing)?|withdr(?:aw|aws|awn|ew))\\b");

    /** The nouns of a measure named by its time. */
    private static final String NOUN = "(?:controls|package|licen[cs](?:es|ing)|bans?|curbs|restrictions|rules)";

    /**
     * A month, capitalised (not the verb "may"), a day either side of it, and a year: "October 9, 2025", "9 October
     * 2025", "October 2025".
     */
    private static final String MONTH_DATE = "(?:\\d{1,2}\\s+)?(?-i:"
            + MeasureSequences.MONTH
            + ")"
            + "(?:\\s+\\d{1,2}(?:st|nd|rd|th)?\\b)?,?(?:\\s+"
            + MeasureSequences.YEAR
            + ")?";

    /** "the sweeping October 2025 rare earth controls": one or two words between the determiner and the month. */
    private static final Pattern WORDS_THEN_MONTH = MeasureSequences.words(
            "\\b(?:the|its|their|\\w[\\w.-]*(?:'s|’s))\\s+(?:[\\w-]+\\s+){1,2}?",
            MONTH_DATE,
            "\\s+(?:[\\w-]+\\s+){0,3}?",
            NOUN,
            "\\b");

    /**
     * "the rare earth controls it had unveiled on Oct. 9", "the controls unveiled in October 2025": the noun, up to
     * three words before it, a subject, and a verb of announcing with its month.
     */
    private static final Pattern NOUN_THEN_VERB = MeasureSequences.words(
            "\\bthe\\s+(?:[\\w,-]+\\s+){0,5}?",
            NOUN,
            "\\s+(?:(?:that|which)\\s+)?(?:(?:it|Beijing|China|the\\s+ministry)\\s+)?(?:had\\s+)?",
            "(?:imposed|announced|introduced|unveiled|issued|adopted)\\s+(?:on|in)\\s+",
            MONTH_DATE);

    /** "the package of October 9, 2025", "its rules of 9 October": the noun, "of" and a date with its month. */
    private static final Pattern NOUN_OF_DATE =
            MeasureSequences.words("\\b(?:the|its|their)\\s+(?:[\\w-]+\\s+){0,2}?", NOUN, "\\s+of\\s+", MONTH_DATE);

    /** What a reading is: a numbered instrument or a measure named by its time. */
    enum Kind {
        /** "Announcement No. 68": the measure named by its instrument. */
        INSTRUMENT,
        /** "the sweeping October 2025 controls": the measure named by its time. */
        DATED
    }

    /**
     * A measure named in a sentence.
     *
     * @param start where its words start in the sentence
     * @param end where they end
     * @param kind what it is
     */
    record Reading(int start, int end, Kind kind) {}

    /**
     * @param s a sentence
     * @return the first measure it names by its instrument or its time, if any
     */
    static Optional<Reading> find(String s) {
        Matcher instrument = INSTRUMENT.matcher(s);
        if (instrument.find()
                && EXPORT_WORD.matcher(s).find()
                && !UNDOING.matcher(s).find()) {
            return Optional.of(new Reading(instrument.start(), instrument.end(), Kind.INSTRUMENT));
        }
        Reading best = null;
        for (Pattern p : new Pattern[] {WORDS_THEN_MONTH, NOUN_THEN_VERB, NOUN_OF_DATE}) {
            Matcher m = p.matcher(s);
            if (m.find() && (best == null || m.start() < best.start())) {
                best = new Reading(m.start(), m.end(), Kind.DATED);
            }
        }
        return Optional.ofNullable(best);
    }
}
