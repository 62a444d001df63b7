package lodestone.news.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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

    /**
     * A verb that tells a plant built, finished or opened, or a company's wish or plan for one, right before the plant's
     * cost ("finished a $400 million processing plant", "wants to build a US$1.1 billion lithium facility", "plans for a
     * $500 million plant"): what the plant cost its owner, not money committed to a project. A plant its owner "will
     * build" is a commitment the guideline labels, and is kept.
     */
    private static final Pattern BUILT_BEFORE =
            ci("\\b(?:built|finished|completed|constructed|commissioned|opened|inaugurated|started up|plans? for|"
                    + "wants? to build|hopes? to build)\\s+(?:(?:a|an|the|its|their)\\s+)?(?:new\\s+)?$");
    /**
     * A plant told built or opened and then its cost: "built a copper smelter with investment of almost USD 4 billion".
     */
    private static final Pattern BUILT_WITH = ci(
            "\\b(?:built|finished|completed|constructed|commissioned|opened|inaugurated)\\s+(?:\\S+\\s+){0,5}?"
                    + "(?:smelter|plant|refinery|facility|factory|mine)\\s+(?:with|at)\\s+(?:an?\\s+|the\\s+)?(?:total\\s+)?$");
    /** A cost estimate: "has put the project's investment at about $2.5 billion", "estimated the investment at". */
    private static final Pattern COST_ESTIMATE =
            ci("\\b(?:put|puts|putting|estimat(?:e|es|ed|ing)|pegg(?:ed|ing)|pegs|valu(?:e|es|ed|ing))\\s+"
                    + "(?:(?:the|its|their)\\s+)?(?:[\\w-]+['’]s?\\s+)?(?:total\\s+|initial\\s+)?(?:capital\\s+)?$");
    /** "investment at": the object of an estimate. */
    private static final Pattern AT_AMOUNT = ci("^\\s+at\\b");
    /** Co-financing told: the lenders beside a loan's lead lender. */
    private static final Pattern CO_FINANCE = ci("\\bco-?financ\\w*|\\bsyndicat\\w*");
    /** A loan told before ("the loan", "this facility"). */
    private static final Pattern DEFINITE_LOAN =
            ci("\\b(?:the|this|that|its)\\s+(?:[\\w-]+\\s+)?(?:loans?|financing|facility|credit)\\b");
    /** A loan told for the first time ("a loan of up to $466 million", "a $248 million facility"). */
    private static final Pattern NEW_LOAN =
            ci("\\b(?:a|an)\\s+(?:[\\w$€£.,-]+\\s+){0,3}?(?:loan|credit line|financing|facility)\\b");

    /**
     * A channel's preposition right before an amount: "through the $4 billion", "from the expanded A$5 billion", "grant
     * programmes such as the $40 million".
     */
    private static final Pattern CHANNEL_BEFORE =
            ci("\\b(?:through|from|via|under|such as)\\s+(?:the|its|an?)\\s+(?:expanded\\s+|new\\s+|existing\\s+)?$");
    /** The named facility or fund an amount heads: "Critical Minerals Facility", "Northern Australia Fund". */
    private static final Pattern CHANNEL_NAME =
            Pattern.compile("^\\s+(?:[A-Z][\\w'’-]*\\s+){0,6}?(?:Facility|Fund|Program|Programme)\\b");
    /** What a class of projects may ask for: "can apply for loans", "become eligible for finance". */
    private static final Pattern ELIGIBLE =
            ci("\\b(?:eligible|apply|applying|qualify|qualifies)\\s+for\\s+(?:\\S+\\s+){0,2}$");

    /**
     * An amount that commits nothing (round 25c): a value put on equity ("implies an equity value of A$447 million",
     * "values the project's equity at"), a mandate to lend ("up to $100 billion in lending authority"), or what an
     * applicant must hold ("applicants need a bank credit line of at least 200 million yuan").
     */
    private static final Pattern VALUATION =
            ci("\\bequity\\s+value\\b|\\bvalu(?:e|es|ed|ing)\\s+(?:\\S+\\s+){0,3}?equity\\s+at\\b");
    /** Authority to lend or spend right after an amount: "in lending authority", "of new borrowing authority". */
    private static final Pattern AUTHORITY_AFTER =
            ci("^\\s+(?:(?:in|of)\\s+)?(?:[\\w-]+\\s+){0,2}?(?:lending|borrowing|loan|spending)\\s+authority\\b");
    /** What an applicant may be required to hold: a credit line, a credit facility, capital. */
    private static final Pattern REQUIRED_OBJECT = ci("\\bcredit\\b|\\bcapital\\b");
    /** A requirement before a credit line or capital: "needs ... a bank credit line", "must have ... capital of". */
    private static final Pattern REQUIRED_BEFORE =
            ci("\\b(?:needs?|needed|must\\s+(?:have|hold|show)|requires?|required)\\b[^.;]{0,80}$");

    /**
     * What may stand before an amount's currency sign in a conjunct of its own (round 25c): an article, a word such as
     * "further" or "another", a qualifier such as "up to" or "about", and a currency's country ("US", "C", "A").
     */
    private static final String AMOUNT_LEAD = "(?:(?:a|an)\\s+)?(?:(?:further|another|additional|separate|second)\\s+)?"
            + "(?:(?:up to|about|around|nearly|almost|more than|some|roughly|approximately|at least|over)\\s+)?"
            + "(?:US|CA|C|A)?";

    /**
     * A coordinator that opens a second amount with no verb of its own, up to the amount's digits or currency sign:
     * "and", ", and a further", "plus up to", "as well as another".
     */
    private static final Pattern AMOUNT_COORDINATOR =
            ci("(?:,\\s*)?\\b(?:and|plus|as well as)\\s+" + AMOUNT_LEAD + "[$\u20ac\u00a3]?\\s?$");
    /**
     * What an amount's own conjunct names right after it (a bracketed conversion or note may come first): its
     * instrument ("a $620 million direct loan"), or a recipient, purpose or source ("into a recycling centre", "to
     * Fortune Minerals", "for BC Hydro lines", "from the Commerce Department").
     */
    private static final Pattern OWN_OBJECT = ci("^\\s*(?:\\([^)]{0,60}\\)\\s*)?(?:(?:[\\w-]+\\s+){0,3}?"
            + "(?:loans?|grants?|equity|stakes?|shares|investments?|financing|funding|contributions?|facility|"
            + "credit lines?|subsidies|incentives)\\b|(?:in|into|to|for|from|towards?)\\s+[\\w'\u2019\"\u201c-])");
    /** A tax credit or tax relief right after an amount: a tax forgone, no money committed ("a $103 million tax credit"). */
    private static final Pattern TAX_RELIEF =
            ci("^\\s*(?:[\\w-]+\\s+){0,2}?tax\\s+(?:credits?|breaks?|relief|incentives?)\\b");
    /** A conversion or alternative in brackets right after an amount: "(about C$22.5 million)", "(US$32.5 million)". */
    private static final Pattern CONVERSION = ci(
            "^\\s*\\(\\s*(?:about|around|approximately|roughly|some|or|equivalent to|~)?\\s*(?:US|CA|C|A)?[$\u20ac\u00a3]?\\s?$");

    private MoneyFrames() {}

    /** @return the expression compiled to match in any case */
    private static Pattern ci(String regex) {
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
    }

    /**
     * Whether an investment is told only as the way money may come (round 22b): its amount is the size of a named facility
     * or fund the money passes through ("most of the money buys offtake rights through the A$5 billion Critical Minerals
     * Facility"), or projects are told what they may apply for ("nickel projects can apply for loans from ...", "become
     * eligible for finance through ..."): a channel and its size, not money committed to a project.
     *
     * @param s the sentence
     * @param at where the investment phrase starts
     * @param amountStart where its amount starts in the sentence, or -1 when it has none
     * @param amountEnd where its amount ends
     */
    static boolean channel(String s, int at, int amountStart, int amountEnd) {
        if (ELIGIBLE.matcher(s.substring(Math.max(0, at - 40), at)).find()) {
            return true;
        }
        return amountStart >= 0
                && CHANNEL_BEFORE
                        .matcher(s.substring(Math.max(0, amountStart - 40), amountStart))
                        .find()
                && CHANNEL_NAME.matcher(s.substring(amountEnd)).lookingAt();
    }

    /**
     * Whether an investment phrase commits no money (round 25c): it names a value put on equity ("implies an equity value
     * for the company of A$447 million"), its amount is a mandate to lend ("up to $100 billion in lending authority"),
     * or it is what an applicant must hold ("a new applicant needs ... a bank credit line of at least 200 million
     * yuan"). None of these is an investment by the labelling guideline: no party commits money to a project.
     *
     * @param s the sentence
     * @param start where the investment phrase starts
     * @param end where it ends
     * @param amountEnd where its amount ends in the sentence, or -1 when it has none
     */
    static boolean noCommitment(String s, int start, int end, int amountEnd) {
        return VALUATION
                        .matcher(s.substring(Math.max(0, start - 40), Math.min(s.length(), end + 40)))
                        .find()
                || (amountEnd >= 0
                        && AUTHORITY_AFTER
                                .matcher(s)
                                .region(amountEnd, s.length())
                                .lookingAt())
                || (REQUIRED_OBJECT.matcher(s.substring(start, end)).find()
                        && REQUIRED_BEFORE
                                .matcher(s.substring(Math.max(0, start - 100), start))
                                .find());
    }

    /**
     * Whether an investment phrase of a sentence is a plant's own cost, not money one party commits to another's
     * project (round 22b; the labelling guideline: "a company's spending on its own plants" is not labelled): the cost
     * of a plant told built, finished, opened or planned ("finished a $400 million processing plant", "built a copper
     * smelter with investment of almost USD 4 billion"), or a cost estimate ("put the project's investment at about
     * $2.5 billion").
     *
     * @param s the sentence
     * @param start where the investment phrase starts
     * @param end where it ends
     */
    static boolean ownPlantCost(String s, int start, int end) {
        String before = s.substring(Math.max(0, start - 80), start);
        String phrase = s.substring(start, end).toLowerCase(Locale.ROOT);
        if (phrase.startsWith("$") || phrase.startsWith("us$") || Character.isDigit(phrase.charAt(0))) {
            return BUILT_BEFORE.matcher(before).find();
        }
        if (phrase.startsWith("investment")) {
            return BUILT_WITH.matcher(before).find()
                    || (COST_ESTIMATE.matcher(before).find()
                            && AT_AMOUNT.matcher(s.substring(end)).lookingAt());
        }
        return false;
    }

    /**
     * Whether a sentence tells the co-financing of a loan told before (round 22b): "The loan was co-financed with three
     * banks, and the total was USD 355 million", "Together with one private institution which co-finances the loan,
     * the total becomes USD 666 million". The co-financers are not the loan's investor and the total restates the lead
     * lender's loan, so the sentence holds no new investment; a sentence that tells a new loan ("signed a loan of up to
     * $466 million, co-financed by ...") does.
     */
    static boolean coFinancing(String s) {
        return CO_FINANCE.matcher(s).find()
                && DEFINITE_LOAN.matcher(s).find()
                && !NEW_LOAN.matcher(s).find();
    }

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

    /** A share in percent: "51%", "49 percent", "50.1 per cent". */
    private static final Pattern SHARE = ci("(?<![\\d.,])(\\d{1,2}(?:\\.\\d+)?)\\s*(?:%|percent\\b|per cent\\b)");
    /** The words of ownership: who holds, owns, keeps or takes a part of an entity. */
    private static final Pattern OWNERSHIP = ci("\\b(?:own|owns|owned|hold|holds|held|keep|keeps|kept|stake|stakes|"
            + "participation|shareholding|venture|partner|partners)\\b");
    /**
     * The words that make the holders' shares an entity's creation rather than a standing fact: a future ("will take",
     * "will keep") or an act that creates a company ("constituted", "formed", "set up", "registered").
     */
    private static final Pattern CREATION = ci("\\b(?:will|would|shall|constitut\\w*|creat\\w*|form(?:s|ed|ing)?|"
            + "establish\\w*|set(?:s|ting)? up|register\\w*|incorporat\\w*)\\b");
    /** The words of a market or a country's share of the world, whose parts are no holders of one entity. */
    private static final Pattern MARKET = ci("\\b(?:world|world's|global|reserves|production|output|supply|supplies|"
            + "market|exports?|imports?|mined|refined|processing|capacity|demand|vote|votes)\\b");

    /**
     * Whether a sentence tells one entity created for two holders whose shares make the whole (round 26c): "Rio Tinto
     * will take 51% of the project company and ENAMI will keep 49%", "constituted the company with 51 percent for one
     * and 49 percent for the other". The guideline's joint venture is the creation of a jointly owned entity; two
     * shares that add up to a hundred, told with a word of ownership and a future or an act of creation, say so without
     * the word "venture". A standing fact ("the project company is 55% owned by one and 45% by the other") tells no
     * creation, and shares of a market or of the world's supply are not an entity's.
     *
     * @param s the sentence
     * @return where the first share stands in the sentence; empty when the sentence tells no such ownership
     */
    static Optional<Span> sharedOwnership(String s) {
        Matcher m = SHARE.matcher(s);
        List<Span> shares = new ArrayList<>();
        double sum = 0;
        while (m.find()) {
            shares.add(new Span(m.start(), m.end()));
            sum += Double.parseDouble(m.group(1));
        }
        if (shares.size() != 2
                || Math.abs(sum - 100) > 0.01
                || !OWNERSHIP.matcher(s).find()
                || !CREATION.matcher(s).find()
                || MARKET.matcher(s).find()) {
            return Optional.empty();
        }
        return Optional.of(shares.get(0));
    }

    /**
     * Where a phrase stands in a sentence.
     *
     * @param start the index of its first character
     * @param end the index just after its last character
     */
    record Span(int start, int end) {}

    /**
     * Several commitments told with one verb (round 25c): amounts coordinated after an investment's own, each with an
     * object of its own and no verb ("Canada will put up to C$7 million into one project and C$9.1 million into a
     * recycling centre", "grants of $8.35 million to one company and $6.4 million to another", "secured a $620 million
     * loan from the Pentagon and $50 million from the Commerce Department"). The labelling guideline makes each separately
     * quantified instrument an investment of its own. An amount opens a conjunct of its own when the text between it
     * and the amount before it starts with that amount's object (an instrument, or a recipient, purpose or source after
     * a preposition) and ends with a coordinator ("and", "plus", "as well as", with an article and a word such as
     * "further" or "up to"), and when its own object follows it. A range ("between $1 billion and $2 billion") has no
     * object between its amounts, and a clause boundary (";") ends the run; a conversion in brackets after an amount
     * is that amount told again; a tax credit is a tax forgone, no money committed. The reading is structural: it names no verb, lender or recipient.
     *
     * @param s the sentence
     * @param first the start and end (in the sentence) of the investment's own amount
     * @param amounts the start and end of the sentence's amounts after it, in order
     * @return the amounts, of those given, that each open a coordinated conjunct of their own, in order
     */
    static List<int[]> coordinatedAmounts(String s, int[] first, List<int[]> amounts) {
        List<int[]> out = new ArrayList<>();
        int[] previous = first;
        for (int[] amount : amounts) {
            if (amount[0] < previous[1]) {
                continue;
            }
            String between = s.substring(previous[1], amount[0]);
            if (CONVERSION.matcher(between).matches()) {
                continue;
            }
            if (between.indexOf(';') >= 0) {
                break;
            }
            Matcher coordinator = AMOUNT_COORDINATOR.matcher(between);
            Matcher object = OWN_OBJECT.matcher(between);
            if (!coordinator.find()
                    || !object.lookingAt()
                    || object.end() > coordinator.start()
                    || !OWN_OBJECT.matcher(s).region(amount[1], s.length()).lookingAt()
                    || TAX_RELIEF.matcher(s).region(amount[1], s.length()).lookingAt()) {
                break;
            }
            out.add(amount);
            previous = amount;
        }
        return out;
    }

    /** The end of a coordinator right before a conjunct: "and ", ", plus ", "as well as ". */
    private static final Pattern COORDINATOR_BEFORE = ci("\\b(?:and|plus|as well as)\\s+$");
    /** A conjunct that opens with its amount: "a $3 million loan", "up to C$9.1 million", "a further A$400 million". */
    private static final Pattern AMOUNT_OPENING = ci("^" + AMOUNT_LEAD + "[$\u20ac\u00a3]\\s?\\d");

    /**
     * Whether the frame window that starts at {@code at} is a conjunct opening with its amount right after a
     * coordinator ("the agency agreed a $4.6 million loan for one project and a $3 million loan for another"): it has
     * no verb of its own, so it shares the verb, and the actor, of the investment before it (round 25c).
     */
    static boolean opensWithAmount(String s, int at) {
        return at > 0
                && COORDINATOR_BEFORE
                        .matcher(s.substring(Math.max(0, at - 20), at))
                        .find()
                && AMOUNT_OPENING.matcher(s).region(at, s.length()).lookingAt();
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
