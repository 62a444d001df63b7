package lodestone.news.extract;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An {@code other} action outside trade measures read from the structure such an act takes in any article (round 21b),
 * not from its instrument's name: a verb of deciding, granting, taking away, refusing (round 25b: "denied the miner the
 * wetlands permit"), putting off, opening or approving and,
 * within six words, an instrument of mining ("Parliament ratified the mining lease", "withdrew 51 mining licences", "a
 * budget deal blocked the first licensing round", "opened the first-ever auction of ... mineral blocks", "designated 47
 * strategic projects", "ordered his administration to speed up permits for seabed minerals"); or the instrument and the
 * verb in the passive ("the first lease was signed", "the concession was cancelled"). The instrument is a mineral
 * instrument when the act's words name mining, minerals, exploration or the seabed (a mining lease, a licence to explore
 * the seabed for minerals): such an act needs no mineral in its own clause, and takes the minerals of the sentences
 * around it, as the labelling guideline does. The wordings are in {@code vocabulary.tsv} (entries {@code act-*}).
 */
final class ActFrames {
    private static final Vocabulary VOCABULARY = Vocabulary.bundled();
    /** The instruments, one pattern per kind (a lease, a licence, a tender, a permit, ...). */
    private static final List<Pattern> OBJECTS = VOCABULARY.each("act-object");
    /** A verb of the act, up to six words, an instrument. */
    static final Pattern ACTIVE = headed(VOCABULARY.alternation("act-verb"));
    /** An instrument, up to five words (its name, its holder), a passive verb of the act. */
    static final Pattern PASSIVE = Pattern.compile(
            "\\b(?:" + VOCABULARY.alternation("act-object") + ")(?:\\s+|(?=,))(?:[\\w'’-]+\\s+){0,5}?(?:"
                    + VOCABULARY.alternation("act-passive") + ")\\b",
            Pattern.CASE_INSENSITIVE);
    /**
     * The act told as a noun (round 22b): "the cancellation of nine mining concessions", "the withdrawal of 51 mining
     * titles", "the award of exploration licences": the noun, "of", up to six words, an instrument.
     */
    static final Pattern NOMINAL = headed("(?:" + VOCABULARY.alternation("act-noun") + ")\\s+of");
    /**
     * A verb that sets or changes the terms of an instrument, up to six words, an instrument (round 22b): kept only when
     * that instrument is a fiscal one ({@link #FISCAL}: "cut and restructured royalties on graphite", "legislated the
     * Critical Minerals Production Tax Incentive"; since round 27b also "replaced the flat 10% royalty", "specifying the
     * rate of royalty", "voted 9-0 for a 2.5% royalty"); such a verb does not act on a lease or a tender.
     */
    static final Pattern RATE = headed(VOCABULARY.alternation("act-rate-verb"));
    /**
     * A state's instrument told first and its act after it, dated (round 22b): the instrument ({@code act-policy}), an
     * optional comma and "which" or "that", up to four words of the clause's subject, a past verb of adopting or opening
     * ({@code act-past}) and, right after it, a time or an agent ({@code act-when}): "the RESourceEU plan adopted in
     * December", "the rules the US Treasury finalised on May 3", "Project Vault, launched on February 2".
     */
    static final Pattern TRAILING = Pattern.compile(
            "\\b(?:" + VOCABULARY.alternation("act-policy") + ")(?:,\\s*|\\s+)(?:(?:which|that)\\s+)?"
                    + "(?:[\\w'’.-]+\\s+){0,4}?(?:" + VOCABULARY.alternation("act-past") + ")\\s+(?="
                    + VOCABULARY.alternation("act-when") + ")",
            Pattern.CASE_INSENSITIVE);
    /** The instrument of a {@link #TRAILING} act, which names its kind. */
    private static final Pattern POLICY =
            Pattern.compile("(?:" + VOCABULARY.alternation("act-policy") + ")", Pattern.CASE_INSENSITIVE);
    /** A fiscal instrument: a royalty or a tax. */
    private static final Pattern FISCAL = VOCABULARY.pattern("act-fiscal");
    /** Words of mining: the act's instrument is a mineral instrument. */
    private static final Pattern MINING = VOCABULARY.pattern("act-mining");
    /** Exports named in the act: a measure on exports, not an act on mining. */
    private static final Pattern EXPORT = Pattern.compile("\\bexport", Pattern.CASE_INSENSITIVE);
    /** A clause boundary inside a match: the verb and the instrument belong to different clauses. */
    private static final Pattern BREAK = Pattern.compile("[;:]|,\\s+(?:and|but|while|which|who)\\s");

    /**
     * A verb of refusing (round 25b: "denied the company the wetlands permit", "rejected the exploration licence",
     * "vetoed the mining lease") whose object is a clause ("denied reports that its mining permit had lapsed"): what is
     * denied is a statement, not the instrument.
     */
    private static final Pattern REFUSAL_OF_CLAUSE = Pattern.compile(
            "^(?:den|reject|veto)\\w*\\s+(?:[\\w$€£.,%'’()&-]+\\s+)*?that\\b", Pattern.CASE_INSENSITIVE);

    /**
     * A state's decision on a mineral project (round 25b): a verb of approving, admitting or refusing and, within six
     * words, a mine, a project or a deposit ("approved Rio Tinto's Rincon lithium project", "vetoed the Pebble copper
     * mine"). The labelling guideline counts permits and approvals for a specific mineral project as {@code other}
     * actions; such an act needs a mineral in its clause and a state before its verb ({@link #STATE_SUBJECT}).
     */
    static final Pattern PROJECT = Pattern.compile(
            "\\b(?:approv(?:e|es|ed|ing)|admit(?:s|ted|ting)?|veto(?:es|ed|ing)?|block(?:s|ed|ing)?|reject(?:s|ed|ing)?"
                    + "|den(?:y|ies|ied|ying))\\s+(?:[\\w$€£.,%'’()&-]+\\s+){0,6}?(?:mines?|projects?|deposits?)\\b",
            Pattern.CASE_INSENSITIVE);
    /** The kind of a {@link #PROJECT} act. */
    static final String PROJECT_KIND = "act project";
    /** Money right after the verb: what is approved is a loan or funding for the project, an investment. */
    private static final Pattern FUNDS_APPROVED = Pattern.compile(
            "^\\w+\\s+(?:(?:US|A|C)?[$€£]|\\d|financing|funding|loans?|credit|a\\s+(?:loan|grant))",
            Pattern.CASE_INSENSITIVE);
    /**
     * A state's body named before a {@link #PROJECT} act's verb ("the Interior Department", "the EPA", "the
     * government"): with a state named there, the act is the state's, not a company board's.
     */
    static final Pattern STATE_SUBJECT = Pattern.compile(
            "\\b(?:(?-i:Department|Ministry|Agency|Bureau|Commission|Council|Court|Tribunal|Government|Cabinet|Parliament"
                    + "|Congress|Senate|EPA)|government|ministry|department|agency|regulator|cabinet|court|tribunal)\\b");

    /** A bill named by its instrument ("a mining tax bill"): a step of a law, not the act on the instrument. */
    private static final Pattern BILL = Pattern.compile("\\s+bills?\\b", Pattern.CASE_INSENSITIVE);
    /** "would" right before the verb: what a bill or a plan would do, not an act done. */
    private static final Pattern CONDITIONAL = Pattern.compile("\\bwould\\s+(?:\\w+\\s+)?$", Pattern.CASE_INSENSITIVE);

    /** How far after the instrument its complement may name mining ("permits for seabed minerals"), in characters. */
    private static final int COMPLEMENT = 40;

    private ActFrames() {}

    /** @return the words {@code head}, then up to six words, then an instrument ({@code act-object}) */
    private static Pattern headed(String head) {
        return Pattern.compile(
                "\\b(?:" + head + ")\\s+(?:[\\w$€£.,%'’()&-]+\\s+){0,6}?(?:" + VOCABULARY.alternation("act-object")
                        + ")\\b",
                Pattern.CASE_INSENSITIVE);
    }

    /**
     * An act read in a sentence.
     *
     * @param start where the act starts in the sentence
     * @param end where it ends
     * @param kind the instrument's kind ({@code act-object} entry's index), so acts on different instruments are not
     *     merged as one
     * @param mineralInstrument whether the act's words name mining, minerals, exploration or the seabed
     */
    record Act(int start, int end, String kind, boolean mineralInstrument) {}

    /**
     * @param s a sentence
     * @return the sentence's first act on an instrument of mining, if any
     */
    static Optional<Act> find(String s) {
        for (Pattern p : List.of(ACTIVE, PASSIVE, NOMINAL, RATE, PROJECT)) {
            Matcher m = p.matcher(s);
            while (m.find()) {
                if (BREAK.matcher(m.group()).find()
                        || (p == RATE && !FISCAL.matcher(tail(m.group())).find())
                        || BILL.matcher(s).region(m.end(), s.length()).lookingAt()
                        || REFUSAL_OF_CLAUSE.matcher(m.group()).find()
                        || (p == PROJECT && FUNDS_APPROVED.matcher(m.group()).find())
                        || CONDITIONAL
                                .matcher(s.substring(Math.max(0, m.start() - 20), m.start()))
                                .find()) {
                    // "approved a mining tax bill", "the bill would introduce a royalty": a bill's step or its
                    // content, not the act
                    continue;
                }
                String words = s.substring(m.start(), Math.min(s.length(), m.end() + COMPLEMENT));
                if (p == PROJECT) {
                    return Optional.of(new Act(m.start(), m.end(), PROJECT_KIND, false));
                }
                return Optional.of(new Act(
                        m.start(),
                        m.end(),
                        kind(m.group()),
                        MINING.matcher(words).find()));
            }
        }
        return Optional.empty();
    }

    /**
     * @param s a sentence
     * @return the sentence's first instrument told with its act after it ({@link #TRAILING}), if any; its instrument is
     *     a mineral one when its words name mining or minerals
     */
    static Optional<Act> trailing(String s) {
        if (EXPORT.matcher(s).find()) {
            return Optional
                    .empty(); // "new rules announced on April 4" on exports: a trade measure's, not a state's act
        }
        Matcher m = TRAILING.matcher(s);
        while (m.find()) {
            if (m.group().indexOf(';') >= 0 || m.group().indexOf(':') >= 0) {
                continue; // the instrument's relative clause ("..., which Congress passed in March") is its own
            }
            Matcher policy = POLICY.matcher(m.group());
            String kind = policy.lookingAt() ? policy.group().toLowerCase(java.util.Locale.ROOT) : "";
            return Optional.of(new Act(
                    m.start(),
                    m.end(),
                    "trailing " + kind,
                    MINING.matcher(s.substring(Math.max(0, m.start() - 40), m.end()))
                            .find()));
        }
        return Optional.empty();
    }

    /**
     * Whether an act on a mineral instrument starts at a verb ("postponed its first seabed mining licensing round",
     * "halted the award of exploration licences"): what the verb puts off or stops is that instrument, not an export
     * measure, unless the act's words name exports.
     *
     * @param s a sentence
     * @param at where the verb starts
     */
    static boolean actOnMining(String s, int at) {
        Matcher m = ACTIVE.matcher(s).region(at, s.length());
        if (!m.lookingAt()
                || BREAK.matcher(m.group()).find()
                || EXPORT.matcher(m.group()).find()) {
            return false;
        }
        return MINING.matcher(s.substring(at, Math.min(s.length(), m.end() + COMPLEMENT)))
                .find();
    }

    /** @return the last three words of a phrase: the instrument an act's match ends with */
    private static String tail(String phrase) {
        int at = phrase.length();
        for (int words = 0; words < 3 && at > 0; words++) {
            int space = phrase.lastIndexOf(' ', at - 1);
            at = Math.max(0, space);
        }
        return phrase.substring(at);
    }

    /** @return the kind of the first instrument the phrase names */
    private static String kind(String phrase) {
        for (int i = 0; i < OBJECTS.size(); i++) {
            if (OBJECTS.get(i).matcher(phrase).find()) {
                return "act " + i;
            }
        }
        return "act";
    }
}
