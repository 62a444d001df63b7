package lodestone.news.extract;

import java.util.regex.Pattern;

/**
 * The subject of a company's deal that refers back to a company told before (round 33a): a pronoun ("In 2016 it signed
 * an offtake agreement with ...", "it exercised options for a further A$18.5 million"), a company's common noun with
 * the definite article ("the company said it had entered into a joint venture", "the Colorado-based company signed a
 * memorandum", "the consortium will pay"), or a pair ("the two companies", "the two signed", "both companies"). The
 * words of the subject are read from the clause's start to its trigger; a subject that names an organisation or a state
 * of its own refers to nothing before. Which company it refers to is read by {@code NewsExtractor} from the sentences
 * before (the first company of the nearest that names one as no preposition's object), as round 31 reads the acting
 * state.
 */
final class ActingCompany {
    private ActingCompany() {}

    /** A company's common noun. */
    private static final String NOUN = "(?:company|firm|miner|group|producer|developer|explorer|refiner|processor|"
            + "consortium|partners?|buyer|seller|trader|manufacturer|carmaker|automaker|investor|owner)";
    /**
     * A subject that refers back to one company: "it" as a word (not "its"; "they" is as often analysts or officials), or "the" (with up to three
     * modifiers, "the Perth-based", "the Nasdaq-listed") and a company's noun ("In 2016 it", "On 20 November the
     * company", "Last week the miner"), not as a copula's subject ("it is a ...").
     */
    private static final Pattern ONE = Pattern.compile(
            "\\b(?:it|the\\s+(?:[\\w.'’-]+\\s+){0,3}?" + NOUN
                    + ")\\b(?!['’])(?!\\s+(?:is|was|are|were)\\s+(?:a|an|the|its|their)\\b)",
            Pattern.CASE_INSENSITIVE);
    /** A subject that refers back to two companies: "the two companies", "the two", "both companies", "the pair". */
    private static final Pattern PAIR = Pattern.compile(
            "\\b(?:the\\s+two(?:\\s+(?:companies|firms|groups|partners|miners))?|both\\s+(?:companies|firms|groups|"
                    + "partners)|the\\s+pair)\\b(?!\\s+(?:sides|countries|nations|governments|states|leaders|ministers|"
                    + "presidents|heads|officials|men|women|of)\\b)",
            Pattern.CASE_INSENSITIVE);

    /** "it" as a subject (not "its", nor a copula's "it is a"). */
    private static final Pattern PRONOUN = Pattern.compile(
            "\\bit\\b(?!['’])(?!\\s+(?:is|was|are|were)\\s+(?:a|an|the|its|their)\\b)", Pattern.CASE_INSENSITIVE);

    /**
     * @param words the words of a sentence before its first party
     * @return whether they hold "it" as a subject: the sentence's own company is told further back ("Syrah has sought
     *     buyers. In 2014 it signed ... with the British supplier Asmet. In 2016 it signed ...")
     */
    static boolean pronoun(String words) {
        return PRONOUN.matcher(words).find();
    }

    /**
     * @param subject the words of a deal's clause before its trigger
     * @return how many companies the subject refers back to: 2 for a pair, 1 for a pronoun or a definite company noun,
     *     0 for none
     */
    static int refersBack(String subject) {
        if (PAIR.matcher(subject).find()) {
            return 2;
        }
        return ONE.matcher(subject).find() ? 1 : 0;
    }
}
