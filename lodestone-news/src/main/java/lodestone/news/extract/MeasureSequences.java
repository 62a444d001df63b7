package lodestone.news.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two export measures of one issuer told in one sentence, one of them through the other (round 22c). The labelling
 * guideline keeps an original control and what follows it apart; a sentence that tells one measure by way of another
 * names both, and each is an event of its own:
 *
 * <ul>
 *   <li>a <b>replacement</b>: a ban or suspension replaced by quotas, licensing or permits ("halted exports in
 *       February and replaced the ban with export quotas from October 16"; "quotas replaced a ban in October") names
 *       the new regime, a measure of its own beside the lifting of the old one, and, when the sentence tells it by its
 *       own verb before the replacement, the ban itself;
 *   <li>a <b>planned measure</b> named beside the one that overtook it or came before it, by the time it was planned
 *       for ("bringing forward a ban it had planned for 2027", "ten months before its planned 2027 deadline", "set
 *       January 2027 as the date from which concentrate exports would also stop").
 * </ul>
 *
 * <p>Each reading is a span of the sentence; {@link NewsExtractor} makes it an export-control trigger read as a
 * follow-up (its own clause, its own date, not merged with the measure of its sentence by {@link Coreference}), only
 * where no other trigger covers it and only in a sentence that tells another export measure.
 */
final class MeasureSequences {
    private MeasureSequences() {}

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /** @return the parts joined into one pattern, case-insensitive */
    static Pattern words(String... parts) {
        return Pattern.compile(String.join("", parts), FLAGS);
    }

    /** The kinds of regime that take a ban's place. */
    private static final String REGIME =
            "(?:quota\\s+(?:system|regime)|quotas?|licen[cs]ing(?:\\s+(?:system|regime))?" + "|licen[cs]es|permits?)";

    /** An old measure: the thing a new regime replaces. */
    private static final String OLD = "(?:ban|suspension|halt|moratorium|prohibition)";

    /** "replaced the ban with (a system of annual) export quotas": the new regime, group {@code regime}. */
    private static final Pattern REPLACED_WITH = words(
            "\\breplac(?:e|es|ed|ing)\\s+(?:it|them|(?:its|their|the|a|this|that)\\s+(?:[\\w-]+\\s+){0,3}?",
            OLD,
            ")\\s+with\\s+(?<regime>(?:an?\\s+)?(?:new\\s+)?(?:system\\s+of\\s+)?(?:annual\\s+)?(?:export\\s+)?",
            REGIME,
            ")\\b");

    /** "(export) quotas replaced a ban", the new regime as the subject: group {@code regime}. */
    private static final Pattern REGIME_REPLACED = words(
            "\\b(?<regime>(?:export\\s+)?",
            REGIME,
            ")\\s+(?:have\\s+|has\\s+)?replaced\\s+(?:an?|the|its|their)\\s+(?:[\\w-]+\\s+){0,3}?",
            OLD,
            "\\b");

    /** A verb that stops exports, told before the replacement: the measure replaced ("halted exports in February"). */
    private static final Pattern STOPPED_EXPORTS = words(
            "\\b(?:halt(?:ed|s)?|stopp?(?:ed|s)?|suspend(?:ed|s)?|ban(?:ned|s)?|bar(?:red|s)?|prohibit(?:ed|s)?)\\s+",
            "(?:all\\s+)?(?:[\\w-]+\\s+){0,2}?(?:exports?|shipments)\\b");

    /** A conjunction between the stopped exports and the replacement: two actions, not one. */
    private static final Pattern CONJUNCT = words("\\b(?:and|then|before|later)\\b");

    static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)";
    static final String YEAR = "(?:19|20)\\d\\d\\b";

    /** "a ban (it had earlier) planned for (January) 2027", "the concentrate ban scheduled for 2027". */
    private static final Pattern NOUN_PLANNED = words(
            "\\b(?:bans?|deadline|halt|prohibition)\\b(?:\\s+[\\w’'-]+){0,4}?\\s+(?:planned|scheduled|slated|due)\\s+",
            "(?:for|from|in)\\s+(?:",
            MONTH,
            "\\s+)?",
            YEAR);

    /** "its planned 2027 deadline", "the scheduled January 2027 ban". */
    private static final Pattern PLANNED_NOUN = words(
            "\\b(?:planned|scheduled)\\s+(?:",
            MONTH,
            "\\s+)?",
            YEAR,
            "\\s+(?:[\\w-]+\\s+){0,2}?(?:bans?|deadline|halt|prohibition)\\b");

    /** "set January 2027 as the date from which concentrate exports would also stop". */
    private static final Pattern SET_AS_DATE = words(
            "\\bset\\s+(?:", MONTH, "\\s+)?", YEAR, "\\s+as\\s+the\\s+(?:date|deadline)\\b[^.;]{0,60}?\\bexports?\\b");

    /** The rule of a replaced ban's trigger: dated by its own words, before the replacement's. */
    static final String REPLACED_RULE = "export control: follow-up replaced ";

    /** What a reading is: the new regime, the measure it replaced, or a measure named by its planned time. */
    enum Kind {
        /** The regime that replaced a ban ("replaced the ban with export quotas"). */
        REPLACING("replacing "),
        /** The ban a replacement lifted, told by its own verb before it ("halted exports in February"). */
        REPLACED("replaced "),
        /** A measure named by the time it was planned for ("a ban it had planned for 2027"). */
        PLANNED("planned ");

        private final String rule;

        Kind(String rule) {
            this.rule = rule;
        }

        /** @return the words the trigger's rule starts with after "follow-up " */
        String rule() {
            return rule;
        }
    }

    /**
     * A measure read in a sentence.
     *
     * @param start where its words start in the sentence
     * @param end where they end
     * @param kind what it is
     */
    record Reading(int start, int end, Kind kind) {}

    /**
     * @param s a sentence
     * @return the measures it tells by way of another, in text order: a replacement's new regime and the ban told
     *     before it, and measures named by their planned time
     */
    static List<Reading> read(String s) {
        List<Reading> out = new ArrayList<>();
        int replacedAt = -1;
        Matcher m = REPLACED_WITH.matcher(s);
        if (m.find()) {
            out.add(new Reading(m.start("regime"), m.end("regime"), Kind.REPLACING));
            replacedAt = m.start();
        } else {
            m = REGIME_REPLACED.matcher(s);
            if (m.find()) {
                out.add(new Reading(m.start("regime"), m.end("regime"), Kind.REPLACING));
                replacedAt = m.start();
            }
        }
        if (replacedAt > 0) {
            Matcher stopped = STOPPED_EXPORTS.matcher(s).region(0, replacedAt);
            if (stopped.find()
                    && CONJUNCT.matcher(s.substring(stopped.end(), replacedAt)).find()) {
                out.add(0, new Reading(stopped.start(), stopped.end(), Kind.REPLACED));
            }
        }
        for (Pattern planned : List.of(NOUN_PLANNED, PLANNED_NOUN, SET_AS_DATE)) {
            Matcher p = planned.matcher(s);
            if (p.find()) {
                out.add(new Reading(p.start(), p.end(), Kind.PLANNED));
                break;
            }
        }
        out.sort(java.util.Comparator.comparingInt(Reading::start));
        return out;
    }
}
