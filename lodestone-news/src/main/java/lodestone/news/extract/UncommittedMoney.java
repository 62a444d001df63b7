package lodestone.news.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Money an investment phrase tells that nobody commits (round 32b; the labelling guideline's investment is a commitment
 * of one party to a project or company, and its "not events" are plans, expectations, market sizes and a company's
 * spending on its own plants), read from the phrase's place in its sentence, not from a list of the corpus's wordings:
 *
 * <ul>
 *   <li>a hedge before the word that holds the phrase ("wants to build a US$1.1 billion facility": the phrase starts at
 *       the "$" inside "US$", and a hedge is read before whole words only);
 *   <li>the money as the object of a plan ("the company plans a US$2 billion mine", "planned a $233 million plant");
 *   <li>the money's size as a predicate of an investment noun, not an act: a label ("Investment: about US$860
 *       million"), a total or an estimate ("the total investment is above $800 million", "the investment had been put
 *       at US$2.6 billion", "an estimated total investment of US$3 billion"), an inflow counted where it arrives ("the
 *       sector attracted about $1 billion of private investment", "were to bring about $523 million of investment");
 *   <li>money that is the subject of a modal predicate ("the financing would fund ...");
 *   <li>an investment noun that names a decision ("works towards a final investment decision"): the owner's decision
 *       on its own project, which the guideline does not label;
 *   <li>a plant told by its size as the subject of its sentence ("The $300 million plant is designed to ...", "A $300
 *       million processing plant opened"): the plant's own cost, no money given.
 * </ul>
 *
 * A commitment told by its giver stays: "the bank approved a $1.25 billion loan", "the state will invest $50 million in
 * the miner", "Iluka will lend US$20 million".
 */
final class UncommittedMoney {
    private UncommittedMoney() {}

    /** An amount with its currency and scale, optionally a currency word after it. */
    private static final String AMOUNT = "(?:(?:US|A|C|CA|NZ|HK)?[$€£]\\s?\\d[\\d.,]*|\\d[\\d.,]*)"
            + "(?:\\s?(?:trillion|billion|million|bn|mn|m)\\b)?(?:\\s+(?:dollars|euros|yuan|reais|won|yen|rupees))?";
    /** Words of approximation or bound before an amount. */
    private static final String APPROX = "(?:(?:about|around|above|more than|nearly|near(?: to)?|some|roughly|"
            + "approximately|over|almost|up to|at least|close to|an estimated|a total of)\\s+)*";
    /** Money's nouns that can carry a size as a predicate. */
    private static final String MONEY_NOUN = "(?:investments?|financing|funding|capex|costs?)";

    /** A label and its amount: "Investment: about US$860 million", "Financing: around 800 million euros". */
    private static final Pattern LABEL = ci("^\\W*(?:[\\w-]+\\s+){0,2}?" + MONEY_NOUN + "\\s*:\\s*" + APPROX + AMOUNT);
    /**
     * An investment noun whose finite predicate is its size: "investment is above", "had been put at", "is estimated
     * at", "reached", "totalled", "amounts to"; up to four words of its own between ("the investments of these
     * companies are more than"). A participle alone ("a memorandum ..., with the first phase of investment estimated at
     * $500 million") describes a deal's term and asserts no size.
     */
    private static final Pattern SIZE_PREDICATE = ci("^" + MONEY_NOUN + "\\s+(?:[^\\s,;:]+\\s+){0,4}?"
            + "(?:(?:is|was|are|were|has been|had been|will be|would be)\\s+"
            + "(?:put|estimated|valued|seen|pegged|projected|forecast)|reached|reaches|totals?|totall?ed|"
            + "amounts? to|amounted to|stands? at|stood at|came to|is|was|are|were)\\s+(?:at\\s+|to\\s+)?"
            + APPROX + AMOUNT);
    /** An estimate's adjective before an investment noun: "an estimated total investment of", "eligible investment". */
    private static final Pattern ESTIMATE_BEFORE = ci("\\b(?:estimated|planned|projected|expected|required|potential|"
            + "eligible|targeted|anticipated|envisaged)\\s+(?:[\\w-]+\\s+){0,2}?$");
    /** "of" or "at" after the estimated noun. */
    private static final Pattern OF_AFTER = ci("^\\s+(?:of|at)\\b");
    /** Money counted where it arrives: "attracted about $1 billion of", "to bring about $523 million of". */
    private static final Pattern INFLOW_BEFORE = ci("\\b(?:bring|brings|brought|bringing|attract|attracts|attracted|"
            + "attracting|draw|draws|drew|drawn|lure|lures|lured|generate|generates|generated)\\s+" + APPROX + AMOUNT
            + "\\s+(?:of|in)\\s+(?:[\\w-]+\\s+)?$");
    /** The object of a plan: "plans a", "planned a further", "proposes a new". */
    private static final Pattern PLAN_BEFORE = ci("\\b(?:plans?|planned|planning|proposes|proposed|envisages|"
            + "envisaged)\\s+(?:an?|the|its|their)\\s+(?:(?:further|new|second|separate)\\s+)?$");
    /** A subject's determiner alone at the sentence's start: "The", "A", "Its", "This". */
    private static final Pattern SUBJECT_START = ci("^\\W*(?:(?:the|an?|its|their|this|that|such)\\s+)?$");
    /** A modal predicate right after the money: "would fund", "could go to". */
    private static final Pattern MODAL_AFTER = ci("^\\s+(?:would|could|might|may)\\s+\\w");
    /** A plant's amount ("$300 million plant"), the investment phrase of a plant's cost. */
    private static final Pattern PLANT_AMOUNT =
            ci("^[$€£\\d].*\\b(?:smelter|plant|refinery|facility|mine|factory|project|expansion)$");
    /** A decision that the investment noun names: "a final investment decision", "investment decisions". */
    private static final Pattern DECISION_AFTER = ci("^\\s+decisions?\\b");
    /** The phrase is a money noun alone. */
    private static final Pattern MONEY_WORD = ci("^" + MONEY_NOUN + "$");

    /** How far before an investment phrase its plan, estimate or inflow is looked for, in characters. */
    private static final int REACH = 120;
    /** How long a currency's prefix before a phrase's start may be ("US", "CA"), in characters. */
    private static final int PREFIX_REACH = 4;
    /** How far into its sentence a phrase may start and still be its subject, in characters. */
    private static final int SUBJECT_REACH = 12;

    private static Pattern ci(String regex) {
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /**
     * @param s the sentence
     * @param start where the investment phrase starts
     * @param end where it ends
     * @return whether the phrase tells money nobody commits (see the class comment)
     */
    static boolean told(String s, int start, int end) {
        int word = wordStart(s, start);
        if (word < start && Hedges.hedged(s, word)) {
            return true; // "wants to build a US$1.1 billion facility"
        }
        // the readings before the phrase look back a bounded reach, so that a long sentence costs no more per phrase
        String before = s.substring(Math.max(0, word - REACH), word);
        if (PLAN_BEFORE.matcher(before).find()) {
            return true;
        }
        Matcher label = LABEL.matcher(s);
        if (label.lookingAt() && start < label.end()) {
            return true;
        }
        if (SIZE_PREDICATE.matcher(s).region(start, s.length()).lookingAt()) {
            return true;
        }
        String phrase = s.substring(start, end);
        if (MONEY_WORD.matcher(phrase).matches() && after(DECISION_AFTER, s, end)) {
            return true; // "took a final investment decision on the mine": the owner's decision, no money given
        }
        if (MONEY_WORD.matcher(phrase).matches()
                && ((ESTIMATE_BEFORE.matcher(before).find() && after(OF_AFTER, s, end))
                        || INFLOW_BEFORE.matcher(before).find())) {
            return true;
        }
        if (word <= SUBJECT_REACH && SUBJECT_START.matcher(s.substring(0, word)).matches()) {
            // the money or the plant is the sentence's subject
            return after(MODAL_AFTER, s, end) || PLANT_AMOUNT.matcher(phrase).matches();
        }
        return false;
    }

    /** @return whether {@code pattern} matches right after {@code end} */
    private static boolean after(Pattern pattern, String s, int end) {
        return pattern.matcher(s).region(end, s.length()).lookingAt();
    }

    /** @return where the word holding {@code at} starts: "US$1" read from "US" (a short prefix only) */
    private static int wordStart(String s, int at) {
        int i = at;
        while (i > 0 && at - i < PREFIX_REACH && !boundary(s.charAt(i - 1))) {
            i--;
        }
        return i == 0 || boundary(s.charAt(i - 1)) ? i : at;
    }

    private static boolean boundary(char c) {
        return Character.isWhitespace(c) || c == '(';
    }
}
