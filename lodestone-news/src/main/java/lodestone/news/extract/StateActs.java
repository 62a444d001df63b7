package lodestone.news.extract;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A state's act on trade or supply that is neither a trade measure nor an act on an instrument of mining (round 23b),
 * read from the structure such an act takes in any article: a trade dispute brought (a complainant's verb and, within
 * eight words, the forum or step of a dispute: "asked the WTO to set up a panel", "filed requests for consultations
 * with", "took Beijing to the World Trade Organization"; or the complaint told in the passive with its complainant
 * after "by"); a decision on an investigation of imports (a finding that imports threaten security, a decision to
 * impose no tariff, a negative vote on duties, an investigation of imports ordered or opened); a state's call to buy a
 * mineral (offers invited, a solicitation or tender to buy a quantity); emergency powers used for minerals (a national
 * emergency declared, the Defense Production Act invoked); and an order to divest. The labelling guideline counts each
 * as an {@code other} action ("other concrete actions", "Section 232 investigations or proclamations without
 * tariffs"); since round 27b also a court's ruling on a mining instrument, a law or a contract ("the Supreme Court
 * struck down the law that renewed the mine's contract", "the High Court ruled that the minister could not revoke the
 * mining licence", "the ruling sets aside the minister's decision"), which the guideline counts among the concrete
 * actions of a state ({@code other}). The wordings are in {@code vocabulary.tsv} (entries {@code state-*}).
 */
final class StateActs {
    private static final Vocabulary VOCABULARY = Vocabulary.bundled();

    /** The rule every state act's trigger starts with. */
    static final String RULE = "other: a state's act, ";

    /** The kinds of act, each with the trigger types it stands in for in its sentence. */
    enum Kind {
        /**
         * A trade dispute: the measure disputed, told after the act ("to rule on China's export restrictions"), is the
         * complaint's object, not a measure imposed; its minerals may come from the sentences around it.
         */
        DISPUTE("a trade dispute", true),
        /**
         * A decision on an investigation of imports: a tariff it declines and a memorandum it is told in are that
         * decision ("in a memorandum signed on Thursday, Trump concurred with the finding").
         */
        IMPORTS("a decision on imports", true),
        /** A call to buy: its ceiling is no investment and no purchase agreed. */
        PURCHASE("a call to buy", false),
        /** Emergency powers used for minerals. */
        EMERGENCY("emergency powers", false),
        /** An order to divest: the stakes sold are no investment. */
        DIVEST("an order to divest", true),
        /**
         * A court's ruling on a mining instrument or a law (round 27b): the act the ruling undoes or upholds, told inside
         * it ("ruled that the minister could not revoke the licence"), is no act of its own.
         */
        COURT("a court's ruling", false);

        private final String label;
        private final boolean borrowsMinerals;

        Kind(String label, boolean borrowsMinerals) {
            this.label = label;
            this.borrowsMinerals = borrowsMinerals;
        }

        /** @return the kind's name in a rule */
        String label() {
            return label;
        }

        /**
         * @param type a type of trigger read in the act's sentence
         * @return whether the act stands in for it
         */
        boolean replaces(EventType type) {
            return switch (this) {
                case DISPUTE, EMERGENCY -> type == EventType.OTHER;
                case IMPORTS -> type == EventType.OTHER || type == EventType.TARIFF || type == EventType.AGREEMENT;
                case PURCHASE -> type == EventType.OTHER || type == EventType.INVESTMENT || type == EventType.OFFTAKE;
                case DIVEST -> type == EventType.OTHER || type == EventType.INVESTMENT;
                case COURT -> type == EventType.OTHER || type == EventType.EXPORT_CONTROL_SUSPENSION;
            };
        }

        /** @return whether the act may take the minerals of the sentences around it when its clause names none */
        boolean borrowsMinerals() {
            return borrowsMinerals;
        }
    }

    /**
     * An act read in a sentence.
     *
     * @param start where the act starts in the sentence
     * @param end where it ends
     * @param kind what kind of act it is
     * @param passive whether it was read from the passive (the actor after "by")
     */
    record Act(int start, int end, Kind kind, boolean passive) {}

    /**
     * A passive dispute's complainant must be a state ("the case was brought by the United States"): a case brought by
     * producers is a petition for duties, not a state's act. This many characters after the act may hold the state.
     */
    static final int COMPLAINANT = 12;

    /**
     * How far after the act its complement may name its minerals, in characters, when its clause ends before them ("the
     * Defense Production Act, which the President invoked in March for lithium, nickel and cobalt").
     */
    static final int COMPLEMENT = 60;

    /**
     * The object of an investigation told after it ("into imports of canola", "into medical tubes"): an investigation
     * whose clause names no mineral is then on another good, and takes no mineral from the sentences around it.
     */
    private static final Pattern OBJECT_TOLD = Pattern.compile(
            "\\b(?:into|of)\\s+(?!(?:the\\s+)?(?:imports?|US|U\\.S\\.|its)\\b)[\\w-]+", Pattern.CASE_INSENSITIVE);

    private static final Pattern STOP = Pattern.compile("[.;:]");

    /**
     * @param s a sentence
     * @param act an act read in it
     * @return whether a decision on imports names the good it is on, in its words or right after them ("an
     *     investigation into medical tubes", "into imports of canola"): such an act takes no mineral from the sentences
     *     around it
     */
    static boolean objectTold(String s, Act act) {
        if (act.kind() != Kind.IMPORTS) {
            return false;
        }
        String words = s.substring(act.start(), Math.min(s.length(), act.end() + 40));
        Matcher stop = STOP.matcher(words);
        return OBJECT_TOLD
                .matcher(words)
                .region(0, stop.find(act.end() - act.start()) ? stop.start() : words.length())
                .find();
    }

    /** Producers or their group told as a complainant: a petition for duties, not a state's complaint. */
    private static final Pattern PETITIONER = Pattern.compile(
            "^[^,.;]{0,60}?\\b(?:producers|coalition|association|industry|companies|group|petitioners|manufacturers"
                    + "|firms|miners|council|alliance|committee)\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * @param s a sentence
     * @param act a passive dispute read in it
     * @return whether its complainant, told after "by", is a group of producers ("by the American ... Producers")
     */
    static boolean petitioner(String s, Act act) {
        return PETITIONER.matcher(s.substring(Math.max(0, act.end() - 1))).find();
    }

    /**
     * @param act an act
     * @return whether its complainant is told after "by" at its end (a passive dispute)
     */
    static boolean complainantAfter(Act act) {
        return act.kind() == Kind.DISPUTE && act.passive();
    }

    /** A complainant's verb, up to eight words, the forum or step of a dispute. */
    static final Pattern DISPUTE = Pattern.compile(
            "\\b(?:" + VOCABULARY.alternation("state-dispute-verb") + ")\\s+(?:[\\w$€£.,%'’()&-]+\\s+){0,8}?(?:"
                    + VOCABULARY.alternation("state-dispute-object") + ")\\b",
            Pattern.CASE_INSENSITIVE);

    private static final List<Pattern> PATTERNS = List.of(
            DISPUTE,
            VOCABULARY.pattern("state-dispute-passive"),
            VOCABULARY.pattern("state-imports"),
            VOCABULARY.pattern("state-purchase"),
            VOCABULARY.pattern("state-emergency"),
            VOCABULARY.pattern("state-divest"),
            VOCABULARY.pattern("state-court"));
    private static final List<Kind> KINDS =
            List.of(Kind.DISPUTE, Kind.DISPUTE, Kind.IMPORTS, Kind.PURCHASE, Kind.EMERGENCY, Kind.DIVEST, Kind.COURT);

    /** The words one of the patterns needs: a sentence without any is not read further. */
    private static final Pattern CUE = Pattern.compile(
            "WTO|World Trade|consultation|dispute|complaint|case|challenge|declin|\\bno\\s+(?:new\\s+)?(?:tariff|dut|quota)"
                    + "|threaten|concurr|negotiations|talks|vot|investigation|review|probe|inquir|offers|bids|proposals"
                    + "|solicitation|tender|call|emergency|Production Act|divest|sell|dispose|unwind|court|tribunal|ruling"
                    + "|judg",
            Pattern.CASE_INSENSITIVE);
    /** A clause boundary inside a match: the verb and its object belong to different clauses. */
    private static final Pattern BREAK = Pattern.compile("[;:]|,\\s+(?:and|but|while|which|who)\\s");
    /** A negation or a cancellation right before the act: no act done ("did not file", "the cancelled solicitation"). */
    private static final Pattern NOT_DONE = Pattern.compile(
            "\\b(?:not|never|no longer|cancell?ed|withdrawn|scrapped)\\s+(?:\\w+\\s+)?$", Pattern.CASE_INSENSITIVE);
    /** A conditional, a plan or a threat right before the act: no act done ("said it would file a case"). */
    private static final Pattern CONDITIONAL = Pattern.compile(
            "\\b(?:would|could|(?-i:may)|might|threaten(?:s|ed)?\\s+to|plans?\\s+to|planning\\s+to|consider(?:s|ed|ing)?)"
                    + "\\s+(?:\\w+\\s+)?$",
            Pattern.CASE_INSENSITIVE);
    /** A product outside minerals named in the act's clause (chips, steel, farm goods): out of scope. */
    private static final Pattern OTHER_PRODUCT = VOCABULARY.pattern("not-mineral-product");
    /** How far after the act its clause may name a product outside minerals, in characters. */
    private static final int CLAUSE = 80;

    private StateActs() {}

    /**
     * @param s a sentence
     * @return the sentence's first state act, if any
     */
    static Optional<Act> find(String s) {
        if (!CUE.matcher(s).find()) {
            return Optional.empty();
        }
        for (int i = 0; i < PATTERNS.size(); i++) {
            Matcher m = PATTERNS.get(i).matcher(s);
            while (m.find()) {
                String before = s.substring(Math.max(0, m.start() - 20), m.start());
                String clause = s.substring(m.start(), Math.min(s.length(), m.end() + CLAUSE));
                int stop = firstBreak(clause, m.end() - m.start());
                if ((KINDS.get(i) != Kind.EMERGENCY && BREAK.matcher(m.group()).find())
                        || NOT_DONE.matcher(before).find()
                        || CONDITIONAL.matcher(before).find()
                        || OTHER_PRODUCT.matcher(clause.substring(0, stop)).find()) {
                    continue;
                }
                return Optional.of(new Act(m.start(), m.end(), KINDS.get(i), i == 1));
            }
        }
        return Optional.empty();
    }

    /** @return where the clause that starts a phrase ends: the first boundary after the phrase's own words */
    private static int firstBreak(String clause, int from) {
        Matcher b = BREAK.matcher(clause);
        return b.find(Math.min(from, clause.length())) ? b.start() : clause.length();
    }

    /** An investigation of imports opened or ordered, not its outcome. */
    private static final Pattern INVESTIGATION =
            Pattern.compile("investigation|review|probe|inquir", Pattern.CASE_INSENSITIVE);

    /**
     * @param act an act
     * @param s its sentence
     * @return the act's kind of instrument, which keeps it apart from other actions when restatements are merged: an
     *     investigation of imports opened and the decision that closed it are two actions
     */
    static String noun(Act act, String s) {
        if (act.kind() == Kind.IMPORTS
                && INVESTIGATION.matcher(s.substring(act.start(), act.end())).find()) {
            return "state an investigation of imports";
        }
        return "state " + act.kind().label();
    }

    /**
     * @param rule a trigger's rule
     * @return whether a state act's trigger has it
     */
    static boolean isRule(String rule) {
        return rule.startsWith(RULE);
    }

    /**
     * @param rule a trigger's rule
     * @return whether it is a decision on imports, a government's act whose companies (the petitioners, the producers
     *     named) are not its parties
     */
    static boolean governmentOnly(String rule) {
        return rule.startsWith(RULE + Kind.IMPORTS.label()) || rule.startsWith(RULE + Kind.PURCHASE.label());
    }

    /**
     * @param rule a trigger's rule
     * @return whether it is a trade dispute, whose complainants may be told in the sentence before ("the three
     *     governments filed requests for consultations")
     */
    static boolean dispute(String rule) {
        return rule.startsWith(RULE + Kind.DISPUTE.label());
    }

    /** The US department of an investigation of imports, named alone ("Commerce found that ..."). */
    private static final Pattern COMMERCE = Pattern.compile("\\bCommerce\\b(?!\\s+Ministry)");

    /**
     * @param rule a trigger's rule
     * @param clause its clause
     * @return whether a decision on imports is told of the US Commerce Department by its short name
     */
    static boolean usCommerce(String rule, String clause) {
        return rule.startsWith(RULE + Kind.IMPORTS.label())
                && COMMERCE.matcher(clause).find();
    }

    /**
     * @param kind a kind of act
     * @param phrase the act's words
     * @return the rule of the act's trigger
     */
    static String rule(Kind kind, String phrase) {
        return RULE + kind.label() + ": " + phrase.toLowerCase(Locale.ROOT);
    }
}
