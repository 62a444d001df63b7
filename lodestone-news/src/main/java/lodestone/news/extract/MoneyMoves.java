package lodestone.news.extract;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Money given to a recipient, read from the amount's place in its sentence where no trigger reads the sentence (round
 * 33b). Round 32b counted 103 of 224 missed development investments with no investment word in their sentence; many are
 * told by the amount and the verb that gives it, in any currency ("the Government of Alberta is giving E3 Lithium C$5
 * million", "the Department of Defense awarded Nano One 12.9 million US dollars", "Northern Minerals was awarded A$5.9
 * million for its project", "Australia earmarked A$500 million for northern critical minerals projects"). The amount
 * is the mention reader's (every press form and currency), so no amount's wording is listed here; the reading is a verb
 * of giving, awarding, offering, earmarking, granting or receiving before the amount, with at most five words (a
 * recipient) between, the amount not a revenue, a fine, a price or a trade's value ("received $2 million in royalties",
 * "sold cobalt worth $9 million") and not after a verb of selling, trading, valuing, raising, spending or a change.
 *
 * <p>Round 33b measured four more shapes and did not ship them (each added events that matched under 0.8 on the
 * development splits: docs/methods/news.md, round 33b): an amount paid for a share of a company ("for an initial 15
 * percent"), "supported ... with" an amount, an amount "from" a named funder and an amount "to" a named recipient.
 *
 * <p>The reading looks at most {@link #REACH} characters either side of the amount, by anchored matches, so the work
 * per amount is bounded.
 */
final class MoneyMoves {
    private MoneyMoves() {}

    /** How far before and after an amount the reading looks, in characters. */
    static final int REACH = 90;

    /** Words of approximation or bound between a verb and its amount. */
    private static final String APPROX = "(?:(?:up to|at least|more than|about|around|roughly|nearly|some|"
            + "approximately|a further|another|an additional|a total of|an?)\\s+)*";
    /** A verb of giving, awarding, offering, earmarking or receiving, at most five words (a recipient) before it. */
    private static final Pattern GIVEN_BEFORE = ci("\\b(?:give|gives|gave|given|giving|award|awards|awarded|awarding|"
            + "offer|offers|offered|offering|receive|receives|received|receiving|get|gets|got|getting|earmark|"
            + "earmarks|earmarked|earmarking|grant|grants|granted|granting)\\s+(?:[\\w.&'’-]+\\s+){0,5}?"
            + APPROX + "$");

    /** Money of another kind after the amount: a revenue, a fine, a price, a trade. */
    private static final Pattern OTHER_MONEY_AFTER =
            ci("^(?:\\s*\\([^)]{0,40}\\))?\\s*(?:(?:in|of|a|per|worth of)\\s+)?"
                    + "(?:[\\w-]+\\s+)?(?:revenues?|sales|income|profits?|royalt|dividends?|fines?|penalt|compensation|damages|"
                    + "orders|bonus|salar|wages?|taxes|tonnes?|tons?|a (?:tonne|ton|kilogram|kg|pound|lb)|exports?|imports?|"
                    + "market|trade|debts?|losses|bribes?)");
    /** Money of another kind before the amount: a sale, a trade, a price, a market, a value or a change. */
    private static final Pattern OTHER_MONEY_BEFORE = ci("\\b(?:sell|sells|sold|selling|sale|sales|export|exports|"
            + "exported|import|imports|imported|worth|valued|value|valuation|price|prices|priced|market|revenue|revenues|"
            + "earn|earns|earned|cost|costs|costing|fell|rose|rise|risen|fall|fallen|jumped|dropped|climbed|"
            + "increased|decreased|from|owed|owes|fined|bill|spent|spend|spends|spending|raise|raised|raises|"
            + "raising)\\b[^;]{0,30}$");

    private static Pattern ci(String regex) {
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /**
     * @param s the sentence
     * @param amounts the spans of the sentence's amounts, relative to it, in order
     * @return the span of the first amount a verb gives, if any
     */
    static Optional<int[]> find(String s, List<int[]> amounts) {
        for (int[] a : amounts) {
            String before = s.substring(Math.max(0, a[0] - REACH), a[0]);
            String after = s.substring(a[1], Math.min(s.length(), a[1] + REACH));
            if (GIVEN_BEFORE.matcher(before).find()
                    && !OTHER_MONEY_AFTER.matcher(after).lookingAt()
                    && !OTHER_MONEY_BEFORE.matcher(before).find()) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }
}
