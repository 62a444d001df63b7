package lodestone.news.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a deal noun is told as signed or only as something signing would do: the form of the verb "sign" right
 * before it.
 *
 * <p>A deal frame needs a predicate that tells the signing. A finite verb does ("signed an offtake", "will sign a
 * framework", "is also signing its own agreements"), and so does a gerund that dates a told act ("after signing the
 * memorandum"). A gerund or a bare infinitive that no finite verb carries tells what signing is or would do, not that
 * anyone signed:
 *
 * <ul>
 *   <li>a condition or a definition ("conditional on the company signing offtake agreements", "no longer just a matter
 *       of signing an offtake with a miner");
 *   <li>a purpose of a scramble or a capability ("carmakers scrambling to sign supply contracts", "a fund which can take
 *       equity stakes, guarantee loans and sign supply agreements");
 *   <li>a habit of a generic subject ("projects that sign offtake contracts").
 * </ul>
 *
 * Titles are left alone: headlines tell past acts in the present tense ("US and Australia sign minerals framework").
 */
final class DealVerb {
    /** "sign" or "signing" followed by up to three words of the deal's noun phrase, at the end of the text before it. */
    private static final Pattern VERB_BEFORE_NOUN =
            Pattern.compile("\\b(?<verb>sign|signing)\\s+(?:[\\p{L}\\d$’'-]+\\s+){0,3}$", Pattern.CASE_INSENSITIVE);

    /**
     * What carries a gerund as a told act: a form of "be" (a progressive, "is also signing"), a preposition of time
     * ("after signing"), or a determiner that makes it a noun ("at the signing of a peace accord").
     */
    private static final Pattern GERUND_CARRIER = Pattern.compile(
            "\\b(?:(?:is|are|was|were|be|been|am|after|before|upon|since|when|while|following)\\s+(?:\\p{L}+\\s+)?"
                    + "|(?:the|a|its|their|this)\\s+)$",
            Pattern.CASE_INSENSITIVE);

    /**
     * What carries a bare infinitive as an announcement or a commitment: a future or past auxiliary, or "to" after a
     * verb that is no gerund ("agreed to sign", not "scrambling to sign").
     */
    private static final Pattern INFINITIVE_CARRIER = Pattern.compile(
            "(?:\\b(?:will|would|shall|did)|['’]ll|(?<!\\p{L}ing)\\s+to)\\s+(?:(?:also|now|soon|then|jointly|formally|\\p{L}+ly)\\s+)?$",
            Pattern.CASE_INSENSITIVE);

    private DealVerb() {}

    /**
     * @param sentence the sentence text
     * @param triggerStart where the deal noun's trigger starts in the sentence
     * @return whether the deal noun is the object of "sign" or "signing" in a form no finite verb carries
     */
    static boolean signingNotTold(String sentence, int triggerStart) {
        if (triggerStart <= 0 || triggerStart > sentence.length()) {
            return false;
        }
        String before = sentence.substring(Math.max(0, triggerStart - 80), triggerStart);
        Matcher verb = VERB_BEFORE_NOUN.matcher(before);
        if (!verb.find()) {
            return false;
        }
        String carrier = before.substring(0, verb.start());
        boolean gerund = verb.group("verb").length() > "sign".length();
        return gerund
                ? !GERUND_CARRIER.matcher(carrier).find()
                : !INFINITIVE_CARRIER.matcher(carrier).find();
    }
}
