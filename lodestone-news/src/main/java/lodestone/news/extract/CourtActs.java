package lodestone.news.extract;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A court's decision (round 34a): a court or a judge as the subject of a verb of deciding ("Chile's Supreme Court on
 * Tuesday rejected a last-minute request by ...", "District Judge ... dismissed the lawsuit", "a three-judge panel of the
 * 9th U.S. Circuit Court of Appeals in San Francisco upheld the Bureau of Land Management's approval"). On the unseen
 * splits' first looks (blind25-32) a court's decision is the commonest kind of `other` act that no frame reads
 * (docs/methods/news.md, round 34a); the labels read it as an act of the court's state on the mineral project.
 *
 * <p>The court is a name ending in Court, Tribunal or Circuit, a judge named, or "a/an/the ... court"; between it and
 * its verb may stand its place ("in Phoenix", "of Caceres"), an apposition between commas, "which" and up to three
 * adverbs or times ("on Tuesday", "unanimously", "has"). The wordings are the vocabulary's {@code court-actor} and
 * {@code court-verb}. The extractor keeps the act as it keeps a state frame's: not hedged, with a mineral in its clause
 * or lent by the sentences around it.
 *
 * <p>Each court name is matched once and its verb looked for within {@link #REACH} characters after it: linear work.
 */
final class CourtActs {
    private CourtActs() {}

    /** The rule every court's decision's trigger starts with. */
    static final String RULE = "a court's decision: ";

    /** How far after the court's name its verb may start, in characters. */
    static final int REACH = 90;

    private static final Vocabulary VOCABULARY = Vocabulary.bundled();
    private static final Pattern COURT = VOCABULARY.pattern("court-actor");
    private static final Pattern VERB = VOCABULARY.pattern("court-verb");

    /** The court's place: "in Phoenix", "of Caceres", "in San Francisco". */
    private static final String PLACE = "(?:\\s+(?:in|of|at|for)\\s+(?:the\\s+)?(?:[A-Z][\\w'’.-]*\\s*?){1,3})?";

    /** An apposition between commas, or a relative "which". */
    private static final String APPOSITION = "(?:\\s*,[^,;]{0,60},)?(?:\\s*,\\s+which)?";

    /** Up to three adverbs, auxiliaries or times: "has", "unanimously", "on Tuesday". */
    private static final String ADVERBS = "(?:\\s+(?:has|had|have|also|again|unanimously|largely|then|now|later|finally"
            + "|already|partly|(?:on|in|last|this|earlier)\\s+\\w+)){0,3}";

    /** What may stand between the court and its verb: its place, an apposition, adverbs, then a space. */
    private static final Pattern GAP =
            Pattern.compile("^" + PLACE + APPOSITION + ADVERBS + "\\s+$", Pattern.UNICODE_CASE);

    /** A question: the sentence ends with a question mark. */
    private static final Pattern QUESTION = Pattern.compile("\\?[\"”’']?\\s*$");

    /**
     * A court's decision found in a sentence.
     *
     * @param start where the court's name starts
     * @param end where the verb ends
     */
    record Act(int start, int end) {}

    /**
     * @param s a sentence
     * @return the sentence's first court's decision told as done (not hedged), if any
     */
    static Optional<Act> find(String s) {
        if (QUESTION.matcher(s).find()) {
            return Optional.empty();
        }
        Matcher court = COURT.matcher(s);
        while (court.find()) {
            Matcher verb = VERB.matcher(s).region(court.end(), Math.min(s.length(), court.end() + REACH));
            if (verb.find()
                    && GAP.matcher(s.substring(court.end(), verb.start())).matches()
                    && !Hedges.hedged(s, verb.start())
                    && !Hedges.hedged(s, court.start())) {
                return Optional.of(new Act(court.start(), verb.end()));
            }
        }
        return Optional.empty();
    }
}
