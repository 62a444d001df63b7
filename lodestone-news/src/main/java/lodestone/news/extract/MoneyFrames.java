package lodestone.news.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where an investment's money sits in its sentence, by structure rather than by wording: the amount that heads a named
 * fund ("a C$2 billion Critical Minerals Sovereign Fund and a C$1.5 billion First and Last Mile Fund": two funds, each
 * with its own money), and the amount a loan carries itself ("a $10 billion loan", "a credit line of US$10 billion",
 * "lent $10 billion to"), which is the lender's investment even where the money goes to a reserve or stockpile.
 */
final class MoneyFrames {
    private static final Vocabulary VOCABULARY = Vocabulary.bundled();
    /** A loan or a credit line: an instrument that carries its own amount. */
    private static final Pattern LOAN_WORD = VOCABULARY.pattern("loan-word");
    /** The words of a name before its head ("Critical Minerals Sovereign", "First and Last Mile"). */
    private static final Pattern NAME_WORDS = Pattern.compile("(?:(?<![\\w$])(?:[A-Z][\\w'’-]*|and|of|for|&)\\s+)+$");
    /**
     * Between an amount and the loan it heads: at most one plain word ("a $620 million direct loan") or a lender's name
     * of one to three capitalised words ("a $10 billion EXIM loan").
     */
    private static final Pattern AMOUNT_BEFORE_LOAN =
            Pattern.compile("^\\s+(?:[a-z-]+\\s+|(?:\\p{Lu}[\\w-]*\\s+){1,3})?$");
    /** A financing verb's loan: "financed with a", "backed by a", "financed largely by a". */
    private static final Pattern TO_LOAN =
            Pattern.compile("^\\s+(?:\\w+ly\\s+)?(?:with|by|through)\\s+(?:a|an|the)\\s");
    /** Between a loan and the amount it carries: "loan of", "credit line of up to", "lent". */
    private static final Pattern AMOUNT_AFTER_LOAN =
            Pattern.compile("^\\s+(?:of\\s+|worth\\s+)?(?:up to\\s+|about\\s+|more than\\s+)?(?:(?:US|A|C)?\\$|€|£)?$");

    private MoneyFrames() {}

    /**
     * Where the capitalised name whose head is at {@code at} begins ("a C$2 billion Critical Minerals Sovereign Fund":
     * the offset of "Critical"); {@code at} itself when the word there is not capitalised or no name words precede it.
     */
    static int nameStart(String s, int at) {
        if (at >= s.length() || !Character.isUpperCase(s.charAt(at))) {
            return at;
        }
        int from = Math.max(0, at - 80);
        Matcher m = NAME_WORDS.matcher(s.substring(from, at));
        return m.find() ? from + m.start() : at;
    }

    /**
     * Whether the investment phrase {@code start}-{@code end} of the sentence is a loan or credit line that carries
     * its own amount, right before it or right after it.
     */
    static boolean ownLoan(String s, int start, int end, int sentenceStart, List<Mention> money) {
        if (!LOAN_WORD.matcher(s.substring(start, end)).find()) {
            return false;
        }
        for (Mention m : money) {
            int from = m.start() - sentenceStart;
            int to = m.end() - sentenceStart;
            if (to <= start
                    && AMOUNT_BEFORE_LOAN.matcher(s.substring(to, start)).matches()) {
                return true;
            }
            // the money mention may start at its currency sign or after it
            if (from >= end
                    && from - end <= 30
                    && AMOUNT_AFTER_LOAN.matcher(s.substring(end, from)).matches()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a financing verb that ends at {@code after} names a loan carrying its own amount: "a strategic reserve
     * financed with a loan of up to $10 billion from the Export-Import Bank", "financed by a $10 billion EXIM loan". The
     * verb's money is then the lender's investment, as a loan named first is ({@link #ownLoan}).
     */
    static boolean financedByLoan(String s, int after, int sentenceStart, List<Mention> money) {
        Matcher to = TO_LOAN.matcher(s).region(after, s.length());
        if (!to.lookingAt()) {
            return false;
        }
        Matcher loan = LOAN_WORD.matcher(s).region(to.end(), Math.min(s.length(), to.end() + 60));
        if (!loan.find()) {
            return false;
        }
        return ownLoan(s, loan.start(), loan.end(), sentenceStart, money);
    }
}
