package lodestone.news.extract;

import java.util.function.IntPredicate;
import java.util.regex.Pattern;

/**
 * A country named only as what an organisation is (round 33a): its origin, owner, listing or nationality, not a party of
 * the act. The labelling guideline names companies and state-owned enterprises by their own name and lists no state for
 * them ("Kazakhstan's national mining company Tau-Ken Samruk" is {@code Tau-Ken Samruk}), and an unnamed actor is no
 * party at all ("a Moroccan trading company"). Read from the words right after the country's mention, not from a list
 * of the corpus's names:
 *
 * <ul>
 *   <li>a compound of origin or listing: "U.S.-based", "London-listed", "Perth-headquartered";
 *   <li>a demonym or name before a company's common noun, with up to four lower-case words between that are no verb,
 *       article or preposition: "the South African miner", "a US defence contractor", "the Israeli tungsten
 *       processor", "the Australian private equity firm EMR Capital", "a British subsidiary";
 *   <li>a possessive before such a noun or before a company (one the gazetteer calls a company or a state miner, or one it lacks; not a government, an agency, a fund or an international body): "Kazakhstan's
 *       national mining company", "Korea's POSCO", "Germany's state-owned KfW IPEX-Bank".
 * </ul>
 *
 * A state that acts stays: "the US government", "China's commerce ministry", "Japan's JOGMEC" (an agency stands for its
 * state, as the guideline says), "Chile, the largest producer" (a comma, not a modifier), "China is the largest
 * buyer" (a verb between). Plural nouns ("Chinese companies") were the vocabulary's {@code generic-actors} already.
 */
final class CompanyOrigin {
    private CompanyOrigin() {}

    /** A company's common noun, singular (plurals are {@code generic-actors}). */
    private static final String COMPANY_NOUN = "(?:company|miner|firm|producer|processor|contractor|trader|"
            + "trading house|group|conglomerate|subsidiary|developer|explorer|investor|refiner|smelter|carmaker|"
            + "automaker|manufacturer|maker|supplier|operator|consortium|giant|corporation|enterprise|utility)\\b";
    /**
     * A modifier between the country and the noun: a lower-case word (hyphens allowed) that is no verb, article,
     * pronoun, preposition or conjunction.
     */
    private static final String MODIFIER = "(?!(?:is|was|are|were|be|been|being|has|have|had|will|would|can|could|"
            + "the|a|an|its|their|his|her|this|that|these|those|which|who|and|or|but|of|to|in|on|for|with|as|by|at|"
            + "from|into|than|not|also|now|still|only|said|says)\\b)\\p{Ll}[\\p{L}-]*";
    /** Up to four modifiers, then a company's noun. */
    private static final Pattern BEFORE_NOUN =
            Pattern.compile("^(?:\\s+" + MODIFIER + "){0,4}?\\s+" + COMPANY_NOUN, Pattern.UNICODE_CHARACTER_CLASS);
    /** A compound of origin or listing right after the name: "U.S.-based", "ASX-listed". */
    private static final Pattern COMPOUND = Pattern.compile("^-(?:based|listed|headquartered|registered|domiciled)\\b");
    /** A possessive ending: "'s", "’s" (or the bare apostrophe of a name ending in s). */
    private static final Pattern POSSESSIVE = Pattern.compile("^(?:['’]s?)");
    /** Up to three modifiers after a possessive, before an organisation's name: "Germany's state-owned ". */
    private static final Pattern MODIFIERS =
            Pattern.compile("^(?:\\s+" + MODIFIER + "){0,3}\\s+", Pattern.UNICODE_CHARACTER_CLASS);

    /**
     * @param text the article's text
     * @param country a country's mention in it
     * @param companyAt whether a company (no government, agency, fund or international body) starts at an offset
     * @return whether the mention names only what an organisation is (its origin, owner, listing or nationality)
     */
    static boolean describesOrganisation(String text, Mention country, IntPredicate companyAt) {
        String surface = country.surface();
        boolean possessive = surface.endsWith("'s") || surface.endsWith("’s");
        int at = country.end();
        String after = text.substring(at, Math.min(text.length(), at + 120));
        if (!possessive) {
            var p = POSSESSIVE.matcher(after);
            if (p.lookingAt() && !after.startsWith("' ")) {
                possessive = true;
                after = after.substring(p.end());
                at += p.end();
            }
        }
        if (!possessive && COMPOUND.matcher(after).lookingAt()) {
            return true;
        }
        if (BEFORE_NOUN.matcher(after).lookingAt()) {
            return true;
        }
        if (possessive) {
            var m = MODIFIERS.matcher(after);
            int next = m.lookingAt() ? m.end() : (after.startsWith(" ") ? 1 : -1);
            return next >= 0 && companyAt.test(at + next);
        }
        return false;
    }
}
