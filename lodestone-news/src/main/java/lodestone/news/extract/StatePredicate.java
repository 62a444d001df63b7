package lodestone.news.extract;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a trigger's noun phrase is the subject of a predicate that asserts no action: a state or a description
 * rather than something an actor did.
 *
 * <p>An event frame needs a predicate that tells an act (imposed, signed, will buy, was lifted). A trigger noun that
 * is itself the subject of a copula or a state verb is not that:
 *
 * <ul>
 *   <li>a negated predicate ("China's licensing system ... was not created in one go", "the ban is not new");
 *   <li>a state verb with a generic subject ("export licences for gallium remain slow", "price floors ... remain on
 *       paper"): the measure is told as standing, not as taken;
 *   <li>a generic or indefinite subject with a copula that is no passive ("A price floor is a promise about the
 *       future", "Price floors, we are told, are how the West will ...", "implementing export control on such items is
 *       an international practice"): a description of what such a measure is or does.
 * </ul>
 *
 * A specific subject with a state verb or copula ("the ban was lifted", "China's 2023 ban is still in force") is left to
 * the other rules: a passive tells an act, and a measure named by its owner may be a background event of its own.
 */
final class StatePredicate {
    /** The verb group right after the trigger's noun phrase (up to six words on, past one parenthetical). */
    private static final Pattern PREDICATE = Pattern.compile(
            "^[\\p{L}’'-]*(?<np>(?:\\s+(?!(?:is|are|was|were|remains?|remained|has|have|had|will|would|can|could|may|"
                    + "might|shall|should|must|did|does|do|which|that|who)\\b)[\\p{L}\\d’'%$.()/-]+){0,6}?)"
                    + "(?:\\s*,[^,;]{1,60},)?"
                    + "\\s+(?<verb>remains?|remained|is|are|was|were)\\b"
                    + "(?<neg>\\s+(?:not|never|no longer)\\b)?"
                    + "(?:\\s+(?<next>[\\p{L}-]+))?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Where the clause of the trigger begins: the last clause or list boundary before it. */
    private static final Pattern CLAUSE_START =
            Pattern.compile("(?:[,;:]\\s+|\\s+(?:and|but|while|whereas|because)\\s+)", Pattern.CASE_INSENSITIVE);

    /** A determiner, possessive or number that makes the subject specific: "the ban", "China's ban", "its 2023 ban". */
    private static final Pattern SPECIFIC = Pattern.compile(
            "(?i:\\b(?:the|this|these|those|its|their|his|her|our|my|your)\\b)|['’]s\\b|\\d|\\p{Lu}\\p{L}*\\s+(?:\\p{Lu}|and\\b)",
            Pattern.UNICODE_CASE);

    /** A participle after a copula makes a passive, which tells an act ("was imposed", "were set", "is to start"). */
    private static final Pattern PASSIVE_OR_PLAN = Pattern.compile(
            "(?:\\p{L}+(?:ed|en)|set|put|made|held|cut|paid|kept|laid|sent|shut|won|struck|brought|built|bought|sold|"
                    + "done|begun|given|taken|thrown|hit|to|due|being|about|now|also|already|still|officially|formally|"
                    + "expected|likely|poised|ready|scheduled|slated)",
            Pattern.CASE_INSENSITIVE);

    private StatePredicate() {}

    /**
     * A negated predicate asserts no action whatever its subject; a state verb or a copula does only with a generic
     * subject: a measure named by its owner ("Greenland's 2021 ban ..., remains in place", "the Pentagon's stake ...
     * remains the benchmark") may be a background event of its own.
     *
     * @param sentence the sentence text
     * @param triggerStart the trigger's start in the sentence
     * @param triggerEnd the trigger's end in the sentence
     * @return whether the trigger's noun phrase is the subject of a negated or state predicate, or a generic subject
     *     of a copula
     */
    static boolean assertsNoAction(String sentence, int triggerStart, int triggerEnd) {
        if (triggerEnd <= triggerStart || triggerEnd > sentence.length()) {
            return false;
        }
        Matcher m = PREDICATE.matcher(sentence.substring(triggerEnd, Math.min(sentence.length(), triggerEnd + 140)));
        if (!m.lookingAt()) {
            return false;
        }
        if (m.group("neg") != null) {
            return true;
        }
        // "remain" tells a state whatever follows ("remain suspended"); after "is" or "was" a participle is a passive
        boolean state = m.group("verb").toLowerCase(Locale.ROOT).startsWith("remain");
        String next = m.group("next");
        if (!state && next != null && PASSIVE_OR_PLAN.matcher(next).matches()) {
            return false;
        }
        return generic(sentence.substring(0, triggerStart))
                && !SPECIFIC.matcher(sentence.substring(triggerStart, triggerEnd))
                        .find()
                && !SPECIFIC.matcher(m.group("np")).find();
    }

    /** Whether the words of the trigger's clause before it leave its subject generic: bare, or after "a"/"an". */
    private static boolean generic(String before) {
        Matcher boundary = CLAUSE_START.matcher(before);
        int start = 0;
        while (boundary.find()) {
            start = boundary.end();
        }
        String subject = before.substring(start).strip();
        if (subject.isEmpty()) {
            return true;
        }
        return subject.split("\\s+").length <= 3 && !SPECIFIC.matcher(subject).find();
    }
}
