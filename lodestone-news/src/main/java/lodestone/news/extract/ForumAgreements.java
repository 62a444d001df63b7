package lodestone.news.extract;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Agreements that are not told by the name of a signed paper (round 23c). The labelling guideline's {@code agreement}
 * covers partnerships, cooperation agreements and action plans between governments or companies; two shapes of them
 * name no memorandum or framework, so the signing readings miss them:
 *
 * <ul>
 *   <li>a <b>named body</b> launched, created or joined: a forum, partnership, alliance, initiative, club or dialogue
 *       with a name of its own, in capitals ("launched the Mineral Producers Forum", "agreed to join the Ore Security
 *       Initiative", "set up the Forum on Battery Metals"); a body named only by its kind ("a new dialogue", "a
 *       partnership in mining") is a generic cooperation and is left alone;
 *   <li><b>technical assistance</b> given or received between two parties ("will receive technical assistance from
 *       Korea for surveying its graphite"; "its aid agency announced technical assistance to Peru").
 * </ul>
 *
 * <p>Each reading is a span of the sentence; {@link NewsExtractor} makes it an agreement trigger where no other
 * trigger covers its words, the words are not hedged and the sentence names a mineral or the body's name says it is
 * about minerals ("the Ore Security Partnership"). The parties are read as for any agreement, from the clause.
 */
final class ForumAgreements {
    private ForumAgreements() {}

    /** The kinds of body a name ends or starts with. */
    private static final String BODY = "(?:Forum|Partnership|Alliance|Initiative|Club|Dialogue)";

    /**
     * A verb of launching, creating or joining, then a named body: capitalised words ending in the kind of body ("the
     * Ore Security Partnership", "the US-led Metals Club") or the kind first with a capitalised name after "on", "for"
     * or "of" ("the Forum on Battery Metals"). The name's case is read as written.
     */
    private static final Pattern LAUNCHED = Pattern.compile("(?i:\\b(?<verb>launch(?:ed|es|ing)?|creat(?:ed|es|ing)"
            + "|establish(?:ed|es|ing)?|set\\s+up|found(?:ed)?|join(?:ed|s|ing)?)\\s+(?:the\\s+|a\\s+)?"
            + "(?:[\\w.-]+-led\\s+|new\\s+)?)"
            + "(?:(?:[A-Z][\\w-]*\\s+){1,4}" + BODY + "|" + BODY + "\\s+(?:on|for|of)\\s+[A-Z][\\w-]*)\\b");

    /** Technical assistance named as given, received, announced or agreed. */
    private static final Pattern ASSISTANCE = MeasureSequences.words("\\btechnical\\s+assistance\\b");

    /** A party named after the preposition: a capitalised name ("Korea", "the Philippines"), not a verb ("to restart"). */
    private static final String PARTY = "(?:the\\s+)?(?-i:[A-Z])";

    /** A verb or a preposition that tells assistance passing between parties: from one, to or for another. */
    private static final Pattern BETWEEN = MeasureSequences.words(
            "\\b(?:receiv(?:e|es|ed|ing)|provid(?:e|es|ed|ing)|offer(?:s|ed)?|extend(?:s|ed)?|announc(?:e|es|ed)"
                    + "|agreed|giv(?:e|es|en)|gave)\\b[^.;]{0,80}?\\btechnical\\s+assistance\\s+(?:from|to|for)\\s+",
            PARTY,
            "|\\btechnical\\s+assistance\\s+(?:from|to)\\s+",
            PARTY);

    /** A body's name that says it is about minerals: "Minerals Security Partnership", "Raw Materials Alliance". */
    private static final Pattern MINERALS_NAME =
            MeasureSequences.words("\\b(?:minerals?|metals?|raw\\s+materials|mining|ores?)\\b");

    /**
     * @param s a sentence
     * @return whether the body it tells launched or joined has a name that says it is about minerals (a sentence that
     *     names no mineral is then still about them)
     */
    static boolean aboutMinerals(String s) {
        Matcher body = LAUNCHED.matcher(s);
        return body.find() && MINERALS_NAME.matcher(body.group()).find();
    }

    /**
     * @param s a sentence
     * @return the span of the first agreement it tells as a named body launched or joined (the verb's words), or as
     *     technical assistance passing between parties, if any
     */
    static Optional<int[]> find(String s) {
        Matcher body = LAUNCHED.matcher(s);
        if (body.find()) {
            // the verb alone: the body's name may hold an agreement noun ("Partnership") that another reading takes
            return Optional.of(new int[] {body.start("verb"), body.end("verb")});
        }
        Matcher assistance = ASSISTANCE.matcher(s);
        if (assistance.find() && BETWEEN.matcher(s).find()) {
            return Optional.of(new int[] {assistance.start(), assistance.end()});
        }
        return Optional.empty();
    }
}
