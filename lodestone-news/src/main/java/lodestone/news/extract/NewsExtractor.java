package lodestone.news.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import lodestone.news.article.Article;
import lodestone.news.classify.SentenceClassifier;
import lodestone.news.classify.SentenceEncoder;
import lodestone.news.classify.SentenceLabel;
import lodestone.news.frame.FrameProposer;
import lodestone.news.frame.LikeliestTypeProposer;
import lodestone.news.frame.Proposal;
import lodestone.news.frame.ProposalGate;
import lodestone.news.frame.Reading;
import lodestone.news.vet.Candidate;
import lodestone.news.vet.CandidateFilter;
import lodestone.news.vet.LogisticFilter;
import org.jspecify.annotations.Nullable;

/**
 * Reads events and share claims from an article with a pipeline of small annotators (the design is in {@code
 * docs/adr/0004-news-annotator-pipeline.md}; each rule is described in {@code docs/methods/news.md}):
 *
 * <ol>
 *   <li><b>sentences</b> ({@link SentenceSplitter});
 *   <li><b>mentions</b> ({@link MentionFinder}): countries, organisations (gazetteer and company names), minerals,
 *       money, shares, dates resolved against the publication date;
 *   <li><b>triggers</b>: phrases of each {@link EventType}, from a lexicon written for the ways news words each action
 *       (bans, freezes, quotas, duties, stakes, loans, purchase commitments, ...), each marked strong or weak;
 *   <li><b>sentence classification</b> ({@link SentenceClassifier}): the probability of each event type, or of no
 *       in-scope event, from a MiniLM embedding of the sentence; it vetoes weak triggers in sentences it judges out of
 *       scope and adds frames for wordings no trigger covers;
 *   <li><b>frames</b>: parties, minerals, amount and date of each trigger, from its clause and, where the clause refers
 *       back or lacks them, from the sentences before;
 *   <li><b>scope filter</b>: hedged actions (expectations, threats, proposals), actions on products other than
 *       minerals (chips, fentanyl, steel) and frames without a mineral are dropped;
 *   <li><b>coreference</b> ({@link Coreference}): frames that restate one action (headline, lead, quote, recap)
 *       are merged;
 *   <li><b>claims</b>: shares of world output.
 * </ol>
 *
 * <p>Every stage is linear in the text's length; {@link ExtractionLimits} bounds the whole.
 */
public final class NewsExtractor {
    /** The version of the pipeline (rules and classifier weights), recorded with every stored extraction. */
    public static final String VERSION = "news-pipeline-46";

    private static final int FLAGS = Pattern.CASE_INSENSITIVE;
    /** The wordings of the triggers and their helpers ({@code vocabulary.tsv}). */
    private static final Vocabulary VOCABULARY = Vocabulary.bundled();
    /** The start of a trigger that opens a participle or relative clause: ", requiring", ", which require". */
    private static final Pattern PARTICIPLE_LEAD = Pattern.compile(",\\s+((?:which|that)\\s+)?$");

    /** "will each provide", "each government will provide": the amount is given by every party. */
    private static final Pattern DISTRIBUTIVE = VOCABULARY.pattern("distributive");

    private static final Pattern TRIGGER_BOUNDARY = Pattern.compile(",\\s|;\\s|\\sand\\s");

    private static final Pattern PARTICIPLE = Pattern.compile("\\p{L}+ing\\b");

    private static final Pattern CLAUSE_BREAK =
            Pattern.compile(";\\s|,\\s+(?:while|but|whereas|where|and on|prompting|forcing|causing|sending|leading|"
                    + "pushing|hitting)\\s|,\\s+and\\s+(?=\\p{Ll})");
    private static final Pattern SPECULATION = VOCABULARY.pattern("speculation");
    private static final Pattern ROUTINE = VOCABULARY.pattern("routine");
    private static final Pattern NOT_MINERAL_PRODUCT = VOCABULARY.pattern("not-mineral-product");
    private static final Pattern NEGATED_MINERAL = VOCABULARY.pattern("negated-mineral");
    /**
     * Tariffs, imports or a trade remedy named in a sentence without a good: an act on goods in general (the
     * guideline's out-of-scope tariffs), or a trade-remedy case whose good its own readings take from the sentence
     * that names it; no mineral context applies (round 26b).
     */
    private static final Pattern ON_IMPORTS =
            Pattern.compile("\\b(?:tariffs?|imports?|dumping|countervailing|safeguards?|injury)\\b", FLAGS);
    /**
     * An act told as not yet done ("should be presented", "the bill still needs the lower house", "has yet to"): with
     * no mineral of its own, such a sentence takes none from its context (round 26b).
     */
    private static final Pattern UNFINISHED =
            Pattern.compile("\\b(?:should be|still needs?|(?:has|have) yet to|not yet)\\b", FLAGS);

    private static final Pattern PAIR_REFERENCE = VOCABULARY.pattern("pair-reference");
    private static final Pattern BACK_REFERENCE = VOCABULARY.pattern("back-reference");
    /**
     * A state's body told by its common noun as an act's subject ("the department", "the agency", "the regulator"): the
     * state is the one the article told before (round 25b).
     */
    private static final Pattern STATE_BODY = VOCABULARY.pattern("state-body");

    private static final Pattern AGREEMENT_NOUN = VOCABULARY.pattern("agreement-noun");
    private static final Pattern AGREEMENT_VERB = VOCABULARY.pattern("agreement-verb");
    private static final Pattern SIGNED_RELATIVE = VOCABULARY.pattern("signed-relative");
    private static final Pattern AGREED_TO = VOCABULARY.pattern("agreed-to");
    /** An agreement's owner or time told before it: "India's memorandum", "the October 2025 framework". */
    private static final Pattern AGREEMENT_OWNER = VOCABULARY.pattern("agreement-owner");
    /**
     * The agreement nouns that may name another type's deal ("the Pentagon's July 2025 deal with MP Materials set a
     * floor price", "the agency's contract with United States Antimony"): they tell an agreement only with a signing.
     */
    private static final Pattern WEAK_AGREEMENT_NOUN =
            Pattern.compile("deals?|contracts?|partnership|initiative", Pattern.CASE_INSENSITIVE);
    /** A verb that makes an agreement public: it tells an agreement only of a framework, a memorandum or the like. */
    private static final Pattern PUBLISHED = Pattern.compile("published|released", Pattern.CASE_INSENSITIVE);
    /** A counterpart told right after an agreement noun: "with Brazil", "with the Democratic Republic of Congo". */
    private static final Pattern WITH_PARTY = Pattern.compile("\\s+with\\s+(?:the\\s+)?\\p{Lu}");

    private static final Pattern JOINT_VENTURE = VOCABULARY.pattern("joint-venture");
    private static final Pattern OFFTAKE = VOCABULARY.pattern("offtake");
    /** "agreed to buy a 15% stake": buying shares is an investment, not an offtake. */
    private static final Pattern STAKE_OBJECT = VOCABULARY.pattern("stake-object");
    /** The purpose of a fund or reserve, right before a deal word: "a Fund to ... sign offtake agreements". */
    private static final Pattern INSTRUMENT_PURPOSE = VOCABULARY.pattern("instrument-purpose");
    /** Another actor's instrument in a trailing clause: ", with the United States also taking an equity stake". */
    private static final Pattern ANOTHER_ACTOR = Pattern.compile(
            ",\\s+with\\s+(?:the\\s+)?\\p{Lu}[\\w.]*(?:\\s+\\p{Lu}[\\w.]*){0,3}\\s+(?:also\\s+)?\\p{Ll}+ing\\b");
    /** A funding programme named for critical minerals ("the Critical Minerals Facility"), matched case-sensitively. */
    private static final Pattern PROGRAMME_NAME = Pattern.compile(
            "\\bCritical (?:Minerals?|Raw Materials) (?:Facility|Fund|Program|Programme|Finance|Office|Accelerator)\\b");
    /** A sentence that opens with a definite noun: "The deal, announced on Thursday, also ...". */
    private static final Pattern DEFINITE_SUBJECT = Pattern.compile("^\\W*(?:the|this|that)\\s+", FLAGS);
    /** A signing told in an apposition after the noun: ", announced by the company on Thursday,". */
    private static final Pattern SIGNING_APPOSITION = Pattern.compile(
            "^,\\s+(?:first\\s+)?(?:announced|signed|unveiled|agreed|reached|struck|sealed)\\b[^,;.]{0,80},", FLAGS);

    private static final Pattern INVESTMENT = VOCABULARY.pattern("investment");
    private static final Pattern INVESTMENT_NOUN = VOCABULARY.pattern("investment-noun");
    private static final Pattern LIST_UPDATE = VOCABULARY.pattern("list-update");
    private static final Pattern LIST_CHANGE = VOCABULARY.pattern("list-change");
    private static final Pattern EXPORT_CONTROL = VOCABULARY.pattern("export-control");
    /** A measure told with a licence, a rule or a passive ban ("placed ... under licence"): {@link #licenceFrames}. */
    private static final Pattern LICENCE_FRAME = VOCABULARY.pattern("licence-frame");

    /** Exports, shipments or a regulator named beside a quota. */
    private static final Pattern QUOTA_EXPORTS = VOCABULARY.pattern("quota-exports");
    /** A volume in tonnes named beside a quota: with no level told after it, an export quota as before round 27b. */
    private static final Pattern QUOTA_TONNES = VOCABULARY.pattern("quota-tonnes");
    /** A quota whose level in tonnes follows it: with no exports named, a cap on output (round 27b). */
    private static final Pattern QUOTA_LEVEL = VOCABULARY.pattern("quota-level");
    /** The rule of a quota on output read from its volume (round 27b). */
    static final String OUTPUT_QUOTA_RULE = "other: a quota on output, ";
    /** A quota on imports: a tariff-rate quota, duty-free volumes, importers (round 21b). */
    private static final Pattern IMPORT_QUOTA = VOCABULARY.pattern("import-quota");
    /** A verb that imposes the quota on imports: told without one, the quota describes how a safeguard works. */
    private static final Pattern IMPORT_QUOTA_VERB = VOCABULARY.pattern("import-quota-verb");
    /** Exports named: a quota told beside them may be an export quota. */
    private static final Pattern EXPORT_WORD = VOCABULARY.pattern("export-word");

    private static final Pattern PRODUCTION_QUOTA = VOCABULARY.pattern("production-quota");
    private static final Pattern SUSPENSION = VOCABULARY.pattern("suspension");
    private static final Pattern SUSPENDED_OBJECT = VOCABULARY.pattern("suspended-object");
    private static final Pattern NOT_SUSPENSION = VOCABULARY.pattern("not-suspension");
    private static final Pattern ENTITY_RULE = VOCABULARY.pattern("entity-rule");
    private static final Pattern TARIFF = VOCABULARY.pattern("tariff");
    private static final Pattern OTHER = VOCABULARY.pattern("other");
    /**
     * The general frame of an {@code other} action: a decision verb of a state or company (approved, adopted,
     * launched, set up, opened, designated, banned, extended, ...) and, within six words, a policy instrument (a
     * programme, mission, law, reserve, stockpile, investigation, tender, quota, price floor, tax credit, sanction,
     * ...), or the instrument and the verb in the passive ("the Act entered into force", "the framework has been
     * adopted"). It fires only where no trigger of a specific type did and the clause names a mineral of its own; the
     * wordings are in {@code vocabulary.tsv} (entries {@code action-verb}, {@code action-object}).
     */
    private static final Pattern ACTION_FRAME = VOCABULARY.actionFrame();
    /** The case after a trade-remedy word: "(anti-dumping) and countervailing duty investigations", "probe". */
    private static final Pattern TRADE_REMEDY_CASE = VOCABULARY.pattern("trade-remedy-case");
    /** "KABIL, a joint venture of ...": an apposition describes a venture that exists; it forms none. */
    private static final Pattern APPOSITION_LEAD = Pattern.compile(",\\s+(?:a|an)\\s+(?:[\\w-]+\\s+){0,2}$");

    /** The instruments of {@code other} actions, one pattern per kind (a reserve, a mission, a quota, ...). */
    private static final List<Pattern> ACTION_OBJECTS = VOCABULARY.each("action-object");
    /** "the export controls it announced on October 9": the original measure named inside a suspension sentence. */
    private static final Pattern IMPOSED_BACKGROUND = VOCABULARY.pattern("imposed-background");

    /** A sentence or list item that opens with its day: "On Nov. 7, ...", "October 9: ...", "- On 4 April, ...". */
    private static final Pattern OPENING_DATE = Pattern.compile(
            "(?:[-•*–]\\s+)?(?:(?:On|Since|From|By|As of)\\s+)?(?:\\w+,?\\s+)?[^,:;]{0,25}[,:]?\\s*", FLAGS);

    private static final Pattern SECTION_232 = VOCABULARY.pattern("section-232");
    private static final Pattern YEAR_WORD = Pattern.compile("\\b(?:19[5-9]\\d|20\\d{2})\\b");
    private static final Pattern UNTIL = VOCABULARY.pattern("until");
    /** An `other` trigger that names a vehicle (a law, a programme, a proclamation, an approval) rather than an action. */
    private static final Pattern VEHICLE = VOCABULARY.pattern("vehicle");
    /** Commentary: the sentence is an analyst's, researcher's or trader's view. */
    private static final Pattern COMMENTARY = VOCABULARY.pattern("commentary");
    /** A modal right after the trigger: "a purchase commitment would be ...". */
    private static final Pattern MODAL_AFTER = VOCABULARY.pattern("modal-after");
    /** A list item: "- ", "• ", "* ", or a short label and a colon ("Equity: DoD will ..."). */
    private static final Pattern BULLET =
            Pattern.compile("(?:[-•*–]\\s|\\d+[.)]\\s|[A-Z][\\w-]*(?:\\s+[\\w-]+){0,3}:\\s)");
    /** The company told before: "the Company", "the miner", "the producer". */
    private static final Pattern COMPANY_REFERENCE = VOCABULARY.pattern("company-reference");
    /** "the export control measures announced on October 9": a measure named by its participle inside a suspension. */
    private static final Pattern PARTICIPLE_BACKGROUND = VOCABULARY.pattern("participle-background");
    /** "its December 2024 ban", "the October 9 controls", "Beijing's 2023 curbs": a measure dated by its owner. */
    private static final Pattern DATED_MEASURE = VOCABULARY.pattern("dated-measure");
    /** A background phrase that ends in a preposition, its date right after it: "the measures announced on". */
    private static final Pattern PHRASE_PREPOSITION = Pattern.compile("\\b(?:on|in|since|last|earlier)$");
    /** "and replace it with a system of export quotas", "then extended in June by another three months". */
    private static final Pattern FOLLOW_UP_MEASURE = VOCABULARY.pattern("follow-up-measure");
    /** Verbs after "agreed to" that make the agreement an action of another type ("agreed to acquire"). */
    private static final Pattern AGREED_ACTION = VOCABULARY.pattern("agreed-action");
    /** A definite reference to a measure already told ("the ban", "the freeze", "these curbs"). */
    private static final Pattern DEFINITE_MEASURE = VOCABULARY.pattern("definite-measure");
    /** "Chinese companies", "foreign investors": a demonym before a generic noun names no party. */
    private static final Pattern GENERIC_ACTORS = VOCABULARY.pattern("generic-actors");

    private static final Pattern CONTINUATION = Pattern.compile(
            "^(?:The|These|Those|This|Both)\\s+(?:new\\s+)?(?<what>agreements?|deals?|frameworks?|pacts?|accords?|mous?"
                    + "|memorand\\w*|move|step|announcement)\\b",
            FLAGS);
    private static final Pattern QUOTED_TITLE =
            Pattern.compile("[\"“'‘](?<title>[A-Z][^\"”’]{15,240}?)[.,]?[\"”’'](?![\\p{L}])");
    private static final Pattern APPOSITION = Pattern.compile("^,\\s+(?:a|an)\\s+(?<desc>[^,]{3,100}),");

    private static final Pattern PROJECT_WORD = VOCABULARY.pattern("project-word");
    private static final Pattern SEVERAL_DEALS = VOCABULARY.pattern("several-deals");
    // whole-string patterns, compiled once (String.matches compiles on every call)
    private static final Predicate<String> WHOLE_1 = SentenceSplitter::closed; // (?s).*[.!?"”’']$ by its last character
    private static final Predicate<String> WHOLE_2 = whole("(?is).*\\b(?:was|were|been|be|is|are|has|have)\\s+$");
    private static final Predicate<String> WHOLE_3 = whole("(?is)^\\s*(?:\\w+\\s+){0,2}prices?\\b.*");
    /** "expires on November 10", "will lapse on", "ends on": the day a measure ends, not the day of its action. */
    private static final Predicate<String> WHOLE_END =
            whole("(?is).*\\b(?:expir\\w*|lapses?|ends?|runs? out)\\s+(?:on\\s+)?$");

    private static final Predicate<String> WHOLE_4 = whole("(?s).*(?:,|\\band\\b|;).*");
    private static final Predicate<String> WHOLE_5 = whole(
            "(?is).*\\b(?:response to|retaliation for|retaliat\\w+ against|after|following|amid)\\s+(?:\\S+\\s+){0,2}$");
    private static final Predicate<String> WHOLE_6 =
            whole("(?is).*\\b(?:steel|reciprocal|exempt\\w*|spar(?:e|es|ed)|excluded|exclusions?)\\b.*");
    private static final Predicate<String> WHOLE_7 =
            whole("(?is).*\\b(?:form\\w*|set up|sets up|create\\w*|establish\\w*|launch\\w*|agreed|sign\\w*"
                    + "|announc\\w*|enter\\w*|will|to build|to develop|complet\\w*|new|a)\\s+(?:\\S+\\s+){0,3}$");
    private static final Predicate<String> WHOLE_8 =
            whole("(?is).*\\b(?:signed|inked|sealed)\\s+(?:\\S+\\s+){0,3}(?:memorand\\w*|mou|framework)\\b.*");
    private static final Predicate<String> WHOLE_9 =
            whole("(?is).*\\b(?:companies|firms|investors|miners|buyers|banks)\\s+(?:\\w+\\s+){0,3}$");
    private static final Predicate<String> WHOLE_10 =
            whole("(?is)^(?:The|This|These|It|Its)\\s+(?:\\w+\\s+){0,2}?(?:roadmap|plan"
                    + "|deal|agreement|memorandum|framework|pact|contract|project|programme"
                    + "|program|covers|includes).*");
    private static final Predicate<String> WHOLE_11 =
            whole(".*\\b(?:worth|valued at|imports of|exports of|revenue of|sales of|market of|cost|costs)\\s+"
                    + "(?:\\S+\\s+){0,2}$");
    private static final Predicate<String> WHOLE_12 =
            whole(".*\\b(?:issued|imposed|unveiled|introduced|announced|adopted) (?:on|in) $");

    /** @return a test that the whole text matches the expression */
    private static Predicate<String> whole(String regex) {
        return Pattern.compile(regex).asMatchPredicate();
    }

    private final Gazetteer gazetteer;
    private final MentionFinder finder;
    private final Optional<SentenceClassifier> classifier;
    private final ClassifierFrames frames;
    /** The stages a variant of the pipeline changes; never changed after construction. */
    private final Settings settings;

    /**
     * The stages a variant of the pipeline changes (for training, validating and testing them). A wither changes a
     * copy ({@link #with}), so an extractor's settings never change once it is made.
     */
    private static final class Settings {
        /** The last stage: which candidate events are kept (all of them without a classifier). */
        CandidateFilter filter;
        /** Frames proposed where no trigger is left ({@code lodestone.news.frame}). */
        FrameProposer proposer = FrameProposer.none();
        /**
         * Which proposed frames are kept, decided right after the frame stage, before any stage that reads other frames
         * (dates, packages, coreference): a rejected proposal leaves no trace. Its answers for other frames are not
         * read.
         */
        CandidateFilter proposalGate = CandidateFilter.all();
        /** Whether events with borrowed minerals in an article on critical minerals also name critical minerals. */
        boolean borrowedGeneric = true;
        /** Whether a trigger's second coordinated object with a time of its own is a frame of its own (round 18a). */
        boolean coordinated = true;
        /**
         * Whether an agreement with a company whose clause carries an investment is read as that investment alone
         * (round 19b).
         */
        boolean dealContent = true;
        /**
         * Whether a verb phrase coordinated after another action, with an instrument of its own, is an action of its own
         * (round 19b).
         */
        boolean secondActions = true;
        /** Whether a duty with a rate or a change of rate on a named good is a tariff (round 20b, {@link DutyFrames}). */
        boolean dutyFrames = true;
        /** Whether an official list's count or membership change is a list update (round 20b, {@link ListFrames}). */
        boolean listFrames = true;
        /** Whether an act on an instrument of mining is an {@code other} action (round 21b, {@link ActFrames}). */
        boolean actFrames = true;
        /** Whether a state's act on trade or supply is an {@code other} action (round 23b, {@link StateActs}). */
        boolean stateActs = true;
        /**
         * Whether a state's act told in any wording (a decision predicate on an instrument, {@link StateFrame}, round 28a)
         * is read in a sentence no other reading read.
         */
        boolean stateFrame = true;
        /**
         * Whether an investment's role is read (round 22b, {@link MoneyFrames#ownPlantCost}, {@link
         * MoneyFrames#coFinancing}): a plant's own cost and a loan's co-financing are no investment.
         */
        boolean investmentRoles = true;
        /**
         * Whether amounts coordinated after an investment's own, each with its own object, are investments of their own
         * (round 25c, {@link MoneyFrames#coordinatedAmounts}).
         */
        boolean coordinatedAmounts = true;
        /**
         * Whether a company's commercial commitment told by its structure (goods taken or given in a stated quantity, a
         * venture formed or held jointly, {@link CommerceFrame}, round 29a) is read beside the deal readings.
         */
        boolean commerceFrame = true;
        /**
         * Whether a state act whose frame names no actor takes the state that acts from its clause's subject, or the
         * acting state told before when its subject refers back (round 31, {@code actingState}).
         */
        boolean actingState = true;
        /**
         * Whether a country named only as what an organisation is (its origin, owner, listing or nationality: "the
         * Australian private equity firm", "Japan's Marubeni") is no party of a frame (round 33a, {@link
         * CompanyOrigin}).
         */
        boolean companyOrigin = true;
        /**
         * Whether a company's deal whose subject refers back ("it", "the company", "the two companies") takes the
         * company told before as its actor (round 33a, {@link ActingCompany}).
         */
        boolean actingCompany = true;
        /**
         * Whether an investment phrase that tells money nobody commits (a plan's object, a size or an estimate, an
         * inflow, a modal's subject, a plant's cost as a subject: round 32b, {@link UncommittedMoney}) is no trigger.
         */
        boolean uncommittedMoney = true;
        /**
         * Whether a sentence no trigger reads is read for money given to a recipient (round 33b, {@link MoneyMoves}).
         */
        boolean moneyMoves = true;
        /** Whether a court's or judge's decision is an {@code other} act (round 34a, {@link CourtActs}). */
        boolean courtActs = true;
        /**
         * How a project's act whose only mineral is the generic one of a capitalised name takes the project's mineral
         * (round 34b, {@link NamedGeneric}).
         */
        NamedGeneric.Mode namedGeneric = NamedGeneric.Mode.ADD;
        /**
         * How an act sentence that names no mineral of its own takes the minerals of its neighbours or of the article's
         * subject (round 26b, {@link MineralContext}).
         */
        MineralContext.Mode mineralContext = MineralContext.Mode.RULED;
        /** The least number of sentences whose frames are read in one run (runs are read in parallel). */
        int sentencesPerRun = SENTENCES_PER_RUN;
        /** The least number of frames the scope filter reads in one run (runs are read in parallel). */
        int framesPerRun = FRAMES_PER_RUN;

        Settings(CandidateFilter filter) {
            this.filter = filter;
        }

        /** A copy of {@code other}, for a wither to change. */
        Settings(Settings other) {
            this(other.filter);
            proposer = other.proposer;
            proposalGate = other.proposalGate;
            borrowedGeneric = other.borrowedGeneric;
            coordinated = other.coordinated;
            dealContent = other.dealContent;
            secondActions = other.secondActions;
            dutyFrames = other.dutyFrames;
            listFrames = other.listFrames;
            actFrames = other.actFrames;
            stateActs = other.stateActs;
            stateFrame = other.stateFrame;
            investmentRoles = other.investmentRoles;
            coordinatedAmounts = other.coordinatedAmounts;
            commerceFrame = other.commerceFrame;
            actingState = other.actingState;
            companyOrigin = other.companyOrigin;
            actingCompany = other.actingCompany;
            uncommittedMoney = other.uncommittedMoney;
            moneyMoves = other.moneyMoves;
            courtActs = other.courtActs;
            namedGeneric = other.namedGeneric;
            mineralContext = other.mineralContext;
            sentencesPerRun = other.sentencesPerRun;
            framesPerRun = other.framesPerRun;
        }
    }

    /**
     * @param gazetteer the name lists
     * @param classifier the sentence classifier, or empty for rules alone
     */
    public NewsExtractor(Gazetteer gazetteer, Optional<SentenceClassifier> classifier) {
        this(gazetteer, classifier, ClassifierFrames.BUNDLED);
    }

    /**
     * @param gazetteer the names of countries, organisations and minerals
     * @param classifier the sentence classifier, or empty for rules alone
     * @param frames when the classifier adds a frame of its own
     */
    NewsExtractor(Gazetteer gazetteer, Optional<SentenceClassifier> classifier, ClassifierFrames frames) {
        this(
                gazetteer,
                classifier,
                frames,
                new Settings(classifier.isPresent() ? LogisticFilter.bundled() : CandidateFilter.all()));
    }

    private NewsExtractor(
            Gazetteer gazetteer, Optional<SentenceClassifier> classifier, ClassifierFrames frames, Settings settings) {
        this.gazetteer = gazetteer;
        this.finder = new MentionFinder(gazetteer);
        this.classifier = classifier;
        this.frames = frames;
        this.settings = settings;
    }

    /** @return this extractor with a copy of its settings that {@code change} changed */
    private NewsExtractor with(Consumer<Settings> change) {
        Settings changed = new Settings(settings);
        change.accept(changed);
        return new NewsExtractor(gazetteer, classifier, frames, changed);
    }

    /** Sentences per run of the frame stage: a long article is read in runs of about this many, in parallel. */
    private static final int SENTENCES_PER_RUN = 2_000;
    /**
     * How many sentences in a row without a trigger or a prediction must precede a cut between two runs of the frame
     * stage: more than the frames look back to earlier frames ({@code recent}: five sentences; {@code continuation}:
     * two), so that each run reads what a single pass reads.
     */
    private static final int QUIET_BEFORE_RUN = 8;
    /** Frames per run of the scope filter, which decides each frame alone. */
    private static final int FRAMES_PER_RUN = 1_000;

    /**
     * @param sentences the least number of sentences per run of the frame stage
     * @param frames the least number of frames per run of the scope filter
     * @return this extractor reading in runs of those sizes (for tests: the output never depends on them)
     */
    NewsExtractor inRuns(int sentences, int frames) {
        return with(s -> {
            s.sentencesPerRun = sentences;
            s.framesPerRun = frames;
        });
    }

    /**
     * @param filter which candidate events to keep
     * @return this extractor with that filter as its last stage (for training and validating the filter)
     */
    NewsExtractor filtered(CandidateFilter filter) {
        return with(s -> s.filter = filter);
    }

    /**
     * @param proposer the frames proposed where no trigger is left
     * @param gate which proposed frames to keep, decided over the frames of the article before any of them is dated,
     *     scoped or merged (its answers for frames that were not proposed are not read); the last stage keeps the
     *     proposed frames it let through
     * @return this extractor with that proposer and that gate
     */
    NewsExtractor proposing(FrameProposer proposer, CandidateFilter gate) {
        return with(s -> {
            s.proposer = proposer;
            s.proposalGate = gate;
        });
    }

    /**
     * @param mode how an act sentence naming no mineral reads the minerals of its context (round 26b)
     * @return this extractor reading the context so (for measuring that step, and its diagnostic mode)
     */
    NewsExtractor withMineralContext(MineralContext.Mode mode) {
        return with(s -> s.mineralContext = mode);
    }

    /**
     * @return this extractor without the stage that adds critical minerals to events with borrowed minerals (for
     *     measuring that stage out of fold)
     */
    NewsExtractor withoutBorrowedGeneric() {
        return with(s -> s.borrowedGeneric = false);
    }

    /**
     * @return this extractor with one frame per trigger, as before round 18a: a second coordinated object with a time of
     *     its own is not read as an action of its own (for measuring that step out of fold)
     */
    NewsExtractor withoutCoordinated() {
        return with(s -> s.coordinated = false);
    }

    /**
     * @return this extractor reading an agreement with a company beside an investment of its clause as an agreement
     *     too, as before round 19b (for measuring that step out of fold)
     */
    NewsExtractor withoutDealContent() {
        return with(s -> s.dealContent = false);
    }

    /**
     * @return this extractor without round 19b's second actions: a verb phrase coordinated after another action is no
     *     action of its own (for measuring that step out of fold)
     */
    NewsExtractor withoutSecondActions() {
        return with(s -> s.secondActions = false);
    }

    /**
     * @return this extractor without round 20b's duty frames: a tariff only where a tariff word stands near a mineral, as
     *     before (for measuring that step out of fold)
     */
    NewsExtractor withoutDutyFrames() {
        return with(s -> s.dutyFrames = false);
    }

    /**
     * @return this extractor without round 20b's list frames: a list update only where a critical-minerals list is named
     *     with a word of change, as before (for measuring that step out of fold)
     */
    NewsExtractor withoutListFrames() {
        return with(s -> s.listFrames = false);
    }

    /** @return this extractor without round 21b's acts on instruments of mining ({@link ActFrames}; for comparison) */
    NewsExtractor withoutActFrames() {
        return with(s -> s.actFrames = false);
    }

    /**
     * @return this extractor without round 23b's state acts ({@link StateActs}: trade disputes, decisions on imports,
     *     calls to buy, emergency powers, divestment orders; for comparison)
     */
    NewsExtractor withoutStateActs() {
        return with(s -> s.stateActs = false);
    }

    /** @return this extractor without round 28a's one frame for a state's act ({@link StateFrame}; for comparison) */
    NewsExtractor withoutStateFrame() {
        return with(s -> s.stateFrame = false);
    }

    /**
     * @return this extractor reading no investment's role (round 22b): a plant's own cost and a loan's co-financing
     *     read as investments, as before (for comparison)
     */
    NewsExtractor withoutInvestmentRoles() {
        return with(s -> s.investmentRoles = false);
    }

    /**
     * @return this extractor without round 25c's coordinated amounts: an amount told after an investment's own with no
     *     verb of its own is part of that investment, as before (for comparison)
     */
    NewsExtractor withoutCoordinatedAmounts() {
        return with(s -> s.coordinatedAmounts = false);
    }

    /**
     * @return this extractor without round 31's acting state: a state act whose frame names no actor keeps the states
     *     its clause, or the sentences before, name (for comparison)
     */
    NewsExtractor withoutActingState() {
        return with(s -> s.actingState = false);
    }

    /**
     * @return this extractor without round 33a's company origins ({@link CompanyOrigin}): every country a frame's
     *     window names is a party, as before (for comparison)
     */
    NewsExtractor withoutCompanyOrigin() {
        return with(s -> s.companyOrigin = false);
    }

    /**
     * @return this extractor without round 33a's acting company ({@link ActingCompany}): a deal whose subject refers
     *     back keeps the parties its clause, or the sentences before, name (for comparison)
     */
    NewsExtractor withoutActingCompany() {
        return with(s -> s.actingCompany = false);
    }

    /**
     * @return this extractor without round 32b's uncommitted money ({@link UncommittedMoney}): every investment phrase
     *     is a trigger, as before (for comparison)
     */
    NewsExtractor withoutUncommittedMoney() {
        return with(s -> s.uncommittedMoney = false);
    }

    /** @return this extractor without round 33b's money given ({@link MoneyMoves}), for comparison */
    NewsExtractor withoutMoneyMoves() {
        return with(s -> s.moneyMoves = false);
    }

    /** @return this extractor without round 34a's courts' decisions ({@link CourtActs}) */
    NewsExtractor withoutCourtActs() {
        return with(s -> s.courtActs = false);
    }

    /** @return this extractor without round 34b's project minerals for a generic one read from a name ({@link NamedGeneric}) */
    NewsExtractor withoutNamedGeneric() {
        return withNamedGeneric(NamedGeneric.Mode.OFF);
    }

    /** @return this extractor with round 34b's reading in the given mode (REPLACE was measured and not shipped) */
    NewsExtractor withNamedGeneric(NamedGeneric.Mode mode) {
        return with(s -> s.namedGeneric = mode);
    }

    /** @return this extractor without round 29a's one frame for a commercial commitment ({@link CommerceFrame}) */
    NewsExtractor withoutCommerceFrame() {
        return with(s -> s.commerceFrame = false);
    }

    /**
     * @param wrap what the classifier's encoder is replaced by, given it (an encoder that remembers the vectors it gave,
     *     for tests that read the same sentences more than once; encoders are deterministic, so the output is the same)
     * @return this extractor with its classifier encoding through the encoder {@code wrap} gives (the same stages
     *     without a classifier)
     */
    NewsExtractor encodingWith(UnaryOperator<SentenceEncoder> wrap) {
        return new NewsExtractor(
                gazetteer,
                classifier.map(c -> new SentenceClassifier(wrap.apply(c.encoder()), c.model(), c.additions())),
                frames,
                settings);
    }

    /** @return an extractor with the bundled gazetteer and classifier */
    public static NewsExtractor bundled() {
        return Holder.BUNDLED;
    }

    /** @return an extractor with the bundled gazetteer and no classifier (rules alone; for comparison) */
    public static NewsExtractor rulesOnly() {
        return new NewsExtractor(Gazetteer.bundled(), Optional.empty());
    }

    private static final class Holder {
        static final NewsExtractor BUNDLED = new NewsExtractor(
                        Gazetteer.bundled(), Optional.of(SentenceClassifier.bundled()))
                .proposing(new LikeliestTypeProposer(LikeliestTypeProposer.FLOOR), ProposalGate.bundled());
    }

    /** @return the gazetteer in use */
    public Gazetteer gazetteer() {
        return gazetteer;
    }

    /**
     * @param article the article
     * @return its events and claims, with sentences and mentions, within {@link ExtractionLimits#DEFAULT}
     * @throws LimitExceededException if a limit is hit
     */
    public Extraction extract(Article article) {
        return extract(article, ExtractionLimits.DEFAULT);
    }

    /**
     * @param article the article
     * @param limits the budget
     * @return its events and claims, with sentences and mentions
     * @throws LimitExceededException naming the limit, when one is hit; nothing partial is returned
     */
    public Extraction extract(Article article, ExtractionLimits limits) {
        Budget budget = new Budget(article, limits);
        String text = article.text();
        if (text.length() > limits.maxChars()) {
            throw new LimitExceededException(
                    LimitExceededException.Limit.CHARS,
                    "input",
                    "article " + article.name() + " has " + text.length()
                            + " characters of text, more than the limit of " + limits.maxChars()
                            + ".\nMaybe it is not one article; split it, or raise --max-chars.");
        }
        // the text is split into sentences on the other core while the mentions are found
        CompletableFuture<List<Sentence>> sentencesLater =
                CompletableFuture.supplyAsync(() -> SentenceSplitter.split(text));
        // an organisation's short form defined in the article ("Japan Australia Rare Earths B.V. (JARE)") names it
        Aliases aliases = Aliases.of(text, finder.find(text, article.published()), gazetteer);
        List<Mention> mentions = aliases.mentions();
        List<Sentence> sentences = joined(sentencesLater);
        if (sentences.size() > limits.maxSentences()) {
            throw new LimitExceededException(
                    LimitExceededException.Limit.SENTENCES,
                    "sentences",
                    "article " + article.name() + " has " + sentences.size() + " sentences, more than the limit of "
                            + limits.maxSentences()
                            + ".\nMaybe it is not one article; split it, or raise --max-sentences.");
        }
        budget.check("sentences");
        budget.check("mentions");
        Context context = new Context(text, sentences, mentions, article.published(), settings.mineralContext);
        List<String> notices = new ArrayList<>();
        article.dateNote().ifPresent(notices::add);
        // triggers depend on one sentence and the mentions only: found in parallel, in sentence order
        List<List<Trigger>> triggers = sentences.parallelStream()
                .map(sentence -> withMoneyMoved(triggers(sentence.text(), context, sentence), context, sentence))
                .toList();
        budget.check("triggers");
        Map<Integer, SentenceClassifier.Prediction> predictions = classify(context, triggers, limits, budget, notices);
        budget.check("classification");
        // claims read the annotated text only: found on the other core while the events are read in order
        CompletableFuture<List<Claim>> claimsLater =
                CompletableFuture.supplyAsync(() -> new ClaimAnnotator(context).claims());
        // a long article's frames are read in runs of sentences, in parallel, cut only after sentences that yield none;
        // the story's main mineral and what its lead names, which the frames may read, are counted once before
        context.mainMinerals();
        context.lead();
        List<int[]> runs = OrderedRuns.runs(
                sentences.size(),
                settings.sentencesPerRun,
                i -> triggers.get(i).isEmpty() && !predictions.containsKey(i),
                QUIET_BEFORE_RUN);
        List<Draft> drafts = gated(
                context,
                OrderedRuns.map(sentences, runs, run -> frames(context, run, triggers, predictions, budget)),
                predictions);
        leadDate(drafts);
        announcementDate(context, drafts);
        listDate(context, drafts);
        ownPolicies(context, drafts);
        lawsInForce(drafts);
        stateDealMinerals(context, drafts);
        List<Draft> scoped = OrderedRuns.map(packageLeads(context, drafts), settings.framesPerRun, this::scope);
        List<Draft> titled = Coreference.titles(Coreference.merge(
                readOnce(scoped),
                gazetteer,
                lede(sentences),
                article.published().map(LocalDate::getYear).orElse(0)));
        List<Draft> merged = vetted(
                context, settings.borrowedGeneric ? borrowedGeneric(context, titled) : titled, triggers, predictions);
        namedGeneric(context, merged);
        Coreference.referredDates(merged, gazetteer);
        budget.check("coreference");
        List<Event> events = new ArrayList<>();
        for (Draft d : merged) {
            if (d.type == EventType.OTHER && d.money == null) {
                d.money = d.budget;
            }
            events.add(d.toEvent(gazetteer, aliases));
        }
        List<Claim> claims = joined(claimsLater);
        budget.check("claims");
        return new Extraction(article, sentences, mentions, events, claims, VERSION, notices);
    }

    /** @return the index of the article's lede: its first sentence with final punctuation, or -1 */
    private static int lede(List<Sentence> sentences) {
        for (Sentence s : sentences) {
            if (s.text().transform(WHOLE_1::test)) {
                return s.index();
            }
        }
        return -1;
    }

    /**
     * @return the frames the candidate filter keeps, each described by what the stages before computed
     */
    private List<Draft> vetted(
            Context context,
            List<Draft> drafts,
            List<List<Trigger>> triggers,
            Map<Integer, SentenceClassifier.Prediction> predictions) {
        List<Candidate> candidates = new ArrayList<>();
        // the filter sees the classifier's probabilities where they could change the rules' result (no strong trigger)
        boolean signals = settings.filter.readsSignals();
        drafts.forEach(d -> candidates.add(d.candidate(
                context,
                triggers.get(d.sentence.index()).stream().allMatch(Trigger::strong)
                                && !triggers.get(d.sentence.index()).isEmpty()
                        ? null
                        : predictions.get(d.sentence.index()),
                signals)));
        boolean[] keep = settings.filter.keep(candidates);
        List<Draft> out = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            // a proposed frame left here was decided by the proposal gate before coreference
            if (keep[i] || Proposal.proposed(drafts.get(i).rule)) {
                out.add(drafts.get(i));
            }
        }
        return out;
    }

    /**
     * @return the frames of the frame stage without the proposed ones the proposal gate rejects; the gate reads every
     *     frame of the article as the candidate filter would, before any stage that reads one frame beside another
     */
    private List<Draft> gated(
            Context context, List<Draft> drafts, Map<Integer, SentenceClassifier.Prediction> predictions) {
        if (drafts.stream().noneMatch(d -> Proposal.proposed(d.rule))) {
            return drafts;
        }
        List<Candidate> candidates = new ArrayList<>();
        // the gate's own signals are computed only for a gate that reads them (not the shipped one)
        boolean signals = settings.proposalGate.readsSignals();
        drafts.forEach(d -> candidates.add(d.candidate(context, predictions.get(d.sentence.index()), signals)));
        boolean[] keep = settings.proposalGate.keep(candidates);
        List<Draft> out = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            if (keep[i] || !Proposal.proposed(drafts.get(i).rule)) {
                out.add(drafts.get(i));
            }
        }
        return out;
    }

    /** @return the frames of a run of sentences, read in order, each sentence seeing the frames before it in the run */
    private List<Draft> frames(
            Context context,
            List<Sentence> run,
            List<List<Trigger>> triggers,
            Map<Integer, SentenceClassifier.Prediction> predictions,
            Budget budget) {
        List<Draft> drafts = new ArrayList<>();
        // proposed frames are no source for later frames (minerals, continuations): a rejected one leaves no trace
        List<Draft> ruled = new ArrayList<>();
        for (Sentence sentence : run) {
            List<Draft> found =
                    events(context, sentence, triggers.get(sentence.index()), predictions.get(sentence.index()), ruled);
            drafts.addAll(found);
            found.stream().filter(d -> !Proposal.proposed(d.rule)).forEach(ruled::add);
            continuation(context, sentence, ruled);
            if ((sentence.index() & 255) == 0) {
                budget.check("events");
            }
        }
        return drafts;
    }

    /** @return the future's value; what it threw, as it threw it */
    private static <T> T joined(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error r) {
                throw r;
            }
            throw e;
        }
    }

    /** The time budget of one extraction. */
    private static final class Budget {
        private final Article article;
        private final ExtractionLimits limits;
        private final long started = System.nanoTime();

        Budget(Article article, ExtractionLimits limits) {
            this.article = article;
            this.limits = limits;
        }

        void check(String stage) {
            long elapsed = System.nanoTime() - started;
            if (elapsed > limits.timeLimit().toNanos()) {
                throw new LimitExceededException(
                        LimitExceededException.Limit.TIME,
                        stage,
                        String.format(
                                Locale.ROOT,
                                "article %s: extraction stopped in stage '%s' after %.1f s, past the time limit of %.1f"
                                        + " s.%nMaybe the input is not one article, or raise --time-limit.",
                                article.name(),
                                stage,
                                elapsed / 1e9,
                                limits.timeLimit().toMillis() / 1e3));
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // context

    /** The annotated text; mention look-ups are binary searches over the mentions sorted by start. */
    static final class Context {
        private final String text;
        private final List<Sentence> sentences;
        private final List<Mention> mentions;
        private final int[] starts;
        private final Optional<LocalDate> published;
        private @Nullable List<String> mainMinerals;
        private @Nullable Lead lead;
        /**
         * what an act sentence naming no mineral takes from its neighbours (round 26b), read once per article: null for a
         * sentence that names a mineral, names a product outside minerals, tariffs or imports, or is hedged
         */
        private final MineralContext.@Nullable Found[] lent;

        Context(
                String text,
                List<Sentence> sentences,
                List<Mention> mentions,
                Optional<LocalDate> published,
                MineralContext.Mode mineralContext) {
            this.text = text;
            this.sentences = sentences;
            this.mentions = mentions;
            this.starts = mentions.stream().mapToInt(Mention::start).toArray();
            this.published = published;
            MineralContext context = MineralContext.of(
                    mineralContext,
                    sentences.size(),
                    i -> text.substring(
                            sentences.get(i - 1).end(), sentences.get(i).start()),
                    i -> minerals(sentences.get(i).start(), sentences.get(i).end()));
            // one pass: each sentence's words are read once, and only when its context lends it something
            this.lent = new MineralContext.Found[sentences.size()];
            for (int i = 0; i < lent.length; i++) {
                String s = sentences.get(i).text();
                lent[i] = context.lent(i)
                        .filter(found -> !NOT_MINERAL_PRODUCT.matcher(s).find()
                                && !ON_IMPORTS.matcher(s).find()
                                && !SPECULATION.matcher(s).find()
                                && !UNFINISHED.matcher(s).find())
                        .orElse(null);
            }
        }

        /**
         * @param sentence a sentence
         * @return the minerals its neighbours or the article's subject lend it, when it names none of its own, names
         *     no product outside minerals, no tariffs, imports or trade remedy, and is not hedged or told as unfinished
         *     (round 26b)
         */
        Optional<MineralContext.Found> lent(Sentence sentence) {
            int i = sentence.index();
            return i < 0 || i >= lent.length ? Optional.empty() : Optional.ofNullable(lent[i]);
        }

        /** @return whether the sentence takes minerals from its context (see {@link #lent}) */
        boolean lends(Sentence sentence) {
            return lent(sentence).isPresent();
        }

        String text() {
            return text;
        }

        List<Sentence> sentences() {
            return sentences;
        }

        Optional<LocalDate> published() {
            return published;
        }

        List<Mention> in(int start, int end, MentionKind kind) {
            List<Mention> out = new ArrayList<>();
            int i = Arrays.binarySearch(starts, start);
            if (i < 0) {
                i = -i - 1;
            }
            while (i > 0 && starts[i - 1] == start) {
                i--;
            }
            for (; i < starts.length && starts[i] < end; i++) {
                Mention m = mentions.get(i);
                if (m.kind() == kind && m.end() <= end) {
                    out.add(m);
                }
            }
            return out;
        }

        List<String> countries(int start, int end) {
            Set<String> out = new LinkedHashSet<>();
            in(start, end, MentionKind.COUNTRY).forEach(m -> out.add(m.key()));
            return List.copyOf(out);
        }

        List<String> partyCountries(int start, int end, Gazetteer gazetteer) {
            Set<String> out = new LinkedHashSet<>(countries(start, end));
            for (Mention org : in(start, end, MentionKind.ORGANISATION)) {
                gazetteer
                        .organisation(org.key())
                        .flatMap(Gazetteer.Organisation::country)
                        .ifPresent(out::add);
            }
            return List.copyOf(out);
        }

        Optional<Sentence> before(Sentence s) {
            return s.index() == 0 ? Optional.empty() : Optional.of(sentences.get(s.index() - 1));
        }

        Optional<Sentence> after(Sentence s) {
            return s.index() + 1 >= sentences.size() ? Optional.empty() : Optional.of(sentences.get(s.index() + 1));
        }

        List<String> minerals(int start, int end) {
            Set<String> out = new LinkedHashSet<>();
            for (Mention m : in(start, end, MentionKind.MINERAL)) {
                String before = text.substring(Math.max(start, m.start() - 30), m.start());
                if (!NEGATED_MINERAL.matcher(before).find()) {
                    out.add(m.key());
                }
            }
            return List.copyOf(out);
        }

        /** @return whether the article speaks of critical minerals in general */
        boolean namesCriticalMinerals() {
            return mentions.stream()
                    .anyMatch(m -> m.kind() == MentionKind.MINERAL && m.key().equals("critical minerals"));
        }

        /**
         * The parties and minerals the headline and the lead (the article's first three sentences) name.
         *
         * @param parties country codes and organisation keys
         * @param minerals mineral keys
         */
        record Lead(Set<String> parties, List<String> minerals) {}

        /** @return what the headline and the lead name, computed once */
        Lead lead() {
            if (lead == null && sentences.isEmpty()) {
                lead = new Lead(Set.of(), List.of());
            } else if (lead == null) {
                int start = sentences.get(0).start();
                int end = sentences.get(Math.min(2, sentences.size() - 1)).end();
                Set<String> parties = new HashSet<>(countries(start, end));
                in(start, end, MentionKind.ORGANISATION).forEach(o -> parties.add(o.key()));
                lead = new Lead(Set.copyOf(parties), minerals(start, end));
            }
            return lead;
        }

        /**
         * @return the one country the headline and the lead (the first three sentences) name as a state, or nothing
         *     when they name none or several
         */
        List<String> leadState() {
            if (sentences.isEmpty()) {
                return List.of();
            }
            List<String> states = countries(
                    sentences.get(0).start(),
                    sentences.get(Math.min(2, sentences.size() - 1)).end());
            return states.size() == 1 ? states : List.of();
        }

        /** @return the article's most frequent specific mineral (not "critical minerals"), computed once */
        List<String> mainMinerals() {
            if (mainMinerals == null) {
                Map<String, Integer> counts = new LinkedHashMap<>();
                for (Mention m : mentions) {
                    if (m.kind() == MentionKind.MINERAL && !m.key().equals("critical minerals")) {
                        counts.merge(m.key(), 1, Integer::sum);
                    }
                }
                mainMinerals = counts.entrySet().stream()
                        .max(Map.Entry.comparingByValue())
                        .map(e -> List.of(e.getKey()))
                        .orElse(List.of());
            }
            return mainMinerals;
        }
    }

    /** An event being built. */
    static final class Draft {
        // type, sentence and rule are set right after construction, where a draft is made (events, split)
        @SuppressWarnings("NullAway.Init")
        EventType type;

        String noun = "";

        @SuppressWarnings("NullAway.Init") // with type
        Sentence sentence;

        int triggerStart;
        /** where the trigger's words end (equal to the start for a frame the classifier added) */
        int triggerEnd;

        @SuppressWarnings("NullAway.Init") // with type
        String rule;

        boolean strong;
        final Set<String> countries = new LinkedHashSet<>();
        final List<Mention> organisations = new ArrayList<>();
        final Set<String> minerals = new LinkedHashSet<>();
        boolean ownMinerals;

        @Nullable
        Money money;

        /**
         * the money an {@code other} action's clause commits (a stockpile's or a programme's budget): given to the
         * event after the candidate filter and coreference have read the frame as they read any frame without money
         */
        @Nullable
        Money budget;

        @Nullable
        LocalDate date;

        @Nullable
        String title;

        final List<String> descriptions = new ArrayList<>();
        boolean mineralsNegated;
        /** the years the frame's own words name ("in 2015", "its December 2024 ban"), to keep apart measures of other years */
        final Set<Integer> years = new TreeSet<>();
        /** whether the sentence names a party or refers back to one ("it", "the two sides") */
        boolean partyTold;

        boolean absorbed;
        String clause = "";

        Set<String> partyKey(Gazetteer gazetteer) {
            Set<String> key = new TreeSet<>(countries);
            organisations.forEach(o -> gazetteer
                    .organisation(o.key())
                    .flatMap(Gazetteer.Organisation::country)
                    .ifPresent(key::add));
            if (key.isEmpty()) {
                organisations.forEach(o -> key.add(o.key()));
            }
            return key;
        }

        /** @return whether the event was read from a headline (first line, or a line without final punctuation) */
        boolean headline() {
            return sentence.index() == 0 || !sentence.text().transform(WHOLE_1::test);
        }

        /** @return whether the event was read from a list item ("- ", "• ", "1. ", "Equity: ") */
        boolean listItem() {
            return BULLET.matcher(sentence.text()).lookingAt();
        }

        /** @return whether the event was read from a title: a line without final punctuation, no list item or table row */
        boolean title() {
            return !sentence.text().transform(WHOLE_1::test)
                    && !listItem()
                    && !sentence.text().contains(" | ");
        }

        /**
         * @param signals whether to compute what only the proposal gate's own features read ({@link Candidate.Signals};
         *     {@link Candidate.Signals#NONE} otherwise)
         */
        Candidate candidate(Context context, SentenceClassifier.@Nullable Prediction prediction, boolean signals) {
            Sentence s = sentence;
            int neighbours = context.before(s)
                            .map(b -> context.in(b.start(), b.end(), MentionKind.MINERAL)
                                    .size())
                            .orElse(0)
                    + context.after(s)
                            .map(a -> context.in(a.start(), a.end(), MentionKind.MINERAL)
                                    .size())
                            .orElse(0);
            return new Candidate(
                    type.id(),
                    rule,
                    strong,
                    prediction != null,
                    prediction == null ? 0 : prediction.probability(SentenceLabel.NONE),
                    prediction == null ? 0 : prediction.probability(SentenceLabel.of(type.id())),
                    s.index(),
                    context.sentences().size(),
                    headline(),
                    s.text(),
                    clause,
                    countries.size(),
                    (int) organisations.stream().map(Mention::key).distinct().count(),
                    minerals.size(),
                    ownMinerals,
                    minerals.equals(Set.of("critical minerals")),
                    money != null,
                    date != null,
                    absorbed,
                    context.in(s.start(), s.end(), MentionKind.COUNTRY).size(),
                    context.in(s.start(), s.end(), MentionKind.ORGANISATION).size(),
                    context.in(s.start(), s.end(), MentionKind.MINERAL).size(),
                    neighbours,
                    signals ? signals(context, prediction) : Candidate.Signals.NONE);
        }

        /** @return what the proposal gate reads besides the filter's signals (lodestone.news.frame.GateFeatures) */
        private Candidate.Signals signals(Context context, SentenceClassifier.@Nullable Prediction prediction) {
            Set<String> parties = new TreeSet<>(countries);
            organisations.forEach(o -> parties.add(o.key()));
            Context.Lead lead = context.lead();
            return Candidate.Signals.of(
                    prediction == null ? new double[0] : prediction.probabilities(),
                    parties,
                    minerals,
                    parties.stream().anyMatch(lead.parties()::contains),
                    minerals.stream().anyMatch(lead.minerals()::contains));
        }

        Event toEvent(Gazetteer gazetteer, Aliases aliases) {
            // a company is reported by the fullest name the frame's sentences write for it: a headline's "Lynas" merged
            // with the lead's "Lynas Rare Earths Ltd" is "Lynas Rare Earths" (a state miner keeps the form each mention
            // gives, often its acronym: "KABIL"); an organisation the article defines a short form for is reported by
            // the name its definition gives (Aliases)
            Map<String, String> written = new LinkedHashMap<>();
            for (Mention org : organisations) {
                Optional<Gazetteer.Organisation> known = gazetteer.organisation(org.key());
                Optional<String> defined = aliases.name(org.key());
                if (defined.isPresent()) {
                    written.put(org.key(), defined.get());
                } else if (known.filter(o -> o.kind().equals("company")).isPresent()) {
                    String name = partyName(org, known);
                    written.merge(org.key(), name, (a, b) -> b.length() > a.length() ? b : a);
                }
            }
            Set<String> orgIds = new LinkedHashSet<>();
            Set<String> allCountries = new LinkedHashSet<>(countries);
            List<String> names = new ArrayList<>();
            for (Mention org : organisations) {
                if (orgIds.add(org.key())) {
                    Optional<Gazetteer.Organisation> known = gazetteer.organisation(org.key());
                    known.flatMap(Gazetteer.Organisation::country).ifPresent(allCountries::add);
                    boolean government = known.map(o ->
                                    o.kind().equals("government") || o.kind().equals("agency"))
                            .orElse(false);
                    if (!government) {
                        names.add(
                                org.key().startsWith("company:")
                                        ? written.getOrDefault(
                                                org.key(), org.key().substring(8))
                                        : written.getOrDefault(org.key(), partyName(org, known)));
                    }
                }
            }
            List<String> parties = new ArrayList<>(allCountries);
            parties.addAll(names);
            Money amount = money;
            if (amount != null
                    && (amount.qualifier().endsWith("-each")
                            || DISTRIBUTIVE.matcher(clause).find())) {
                int n = Math.max(2, allCountries.size());
                amount = new Money(amount.amount() * n, amount.currency(), amount.qualifier(), amount.surface());
            }
            return new Event(
                    type,
                    parties,
                    List.copyOf(allCountries),
                    List.copyOf(orgIds),
                    List.copyOf(minerals),
                    Optional.ofNullable(amount),
                    Optional.ofNullable(date),
                    Optional.ofNullable(title),
                    descriptions,
                    sentence.text(),
                    sentence.start(),
                    sentence.end(),
                    rule);
        }
    }

    /**
     * The name an organisation is reported by: an international body without a country by its short form ("Group of
     * Seven" is reported as "G7", the guideline's form), any other as written without its legal suffix.
     */
    private static String partyName(Mention org, Optional<Gazetteer.Organisation> known) {
        return known.filter(o -> o.kind().equals("international") && o.country().isEmpty())
                .flatMap(o -> o.aliases().stream()
                        .map(String::strip)
                        .filter(a -> !a.isEmpty())
                        .findFirst())
                .orElse(MentionFinder.LEGAL_SUFFIX.matcher(org.surface()).replaceFirst("")); // "MP Materials Corp."
    }

    private record Trigger(EventType type, int start, int end, String rule, String noun, boolean strong) {}

    // ---------------------------------------------------------------------------------------------------------------
    // sentence classification

    /**
     * Classifies the sentences where the classifier can change the result: those with a weak trigger (it may veto it)
     * first, then candidate sentences with no trigger (it may add a frame), in document order, up to the budget of
     * {@link ExtractionLimits#maxModelSentences()}. A sentence repeated verbatim is encoded once.
     */
    private Map<Integer, SentenceClassifier.Prediction> classify(
            Context context,
            List<List<Trigger>> triggers,
            ExtractionLimits limits,
            Budget budget,
            List<String> notices) {
        Map<Integer, SentenceClassifier.Prediction> out = new HashMap<>();
        if (classifier.isEmpty() || limits.maxModelSentences() == 0) {
            return out;
        }
        List<Sentence> vetoes = new ArrayList<>();
        List<Sentence> additions = new ArrayList<>();
        for (Sentence s : context.sentences()) {
            List<Trigger> found = triggers.get(s.index());
            if (s.text().length() > MAX_CLASSIFIED_CHARS) {
                continue;
            }
            if (found.stream().anyMatch(t -> !t.strong())) {
                vetoes.add(s);
            } else if (found.isEmpty() && candidate(context, s)) {
                additions.add(s);
            }
        }
        List<Sentence> candidates = new ArrayList<>(vetoes);
        candidates.addAll(additions);
        Map<String, List<Sentence>> byText = new LinkedHashMap<>();
        for (Sentence s : candidates) {
            if (byText.size() < limits.maxModelSentences() || byText.containsKey(s.text())) {
                byText.computeIfAbsent(s.text(), k -> new ArrayList<>()).add(s);
            }
        }
        int read = byText.values().stream().mapToInt(List::size).sum();
        if (read < candidates.size()) {
            notices.add("model budget: the classifier read " + read + " of " + candidates.size()
                    + " candidate sentences (" + byText.size() + " distinct texts, limit "
                    + limits.maxModelSentences() + "; sentences with weak triggers first); the others were decided"
                    + " by the rules alone.");
        }
        SentenceClassifier model = classifier.get();
        List<String> texts = List.copyOf(byText.keySet());
        List<SentenceClassifier.Prediction> predictions =
                texts.parallelStream().map(model::classify).toList();
        for (int i = 0; i < texts.size(); i++) {
            for (Sentence s : Objects.requireNonNull(byText.get(texts.get(i)))) {
                out.put(s.index(), predictions.get(i));
            }
        }
        budget.check("classification");
        return out;
    }

    /** A sentence the classifier reads: it names a mineral (or its neighbour does) and a party. */
    private static boolean candidate(Context context, Sentence s) {
        boolean mineral = !context.in(s.start(), s.end(), MentionKind.MINERAL).isEmpty()
                || context.before(s)
                        .map(p -> !context.in(p.start(), p.end(), MentionKind.MINERAL)
                                .isEmpty())
                        .orElse(false);
        boolean party = !context.in(s.start(), s.end(), MentionKind.COUNTRY).isEmpty()
                || !context.in(s.start(), s.end(), MentionKind.ORGANISATION).isEmpty();
        return mineral && party && s.text().length() >= 25;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // triggers

    private List<Trigger> triggers(String s, Context context, Sentence sentence) {
        List<Trigger> out = new ArrayList<>();
        Set<String> stems = TriggerWords.stems(s);
        if (ROUTINE.matcher(s).find()) {
            return out;
        }
        if (stems.isEmpty()) {
            // a state's act told with none of the families' stems ("the complaint had been brought by ...")
            if (settings.stateActs) {
                stateAct(s, context, sentence, out);
            }
            if (out.isEmpty() && settings.stateFrame) {
                stateFrame(s, context, sentence).ifPresent(out::add);
            }
            if (out.isEmpty() && settings.courtActs) {
                courtAct(s, context, sentence).ifPresent(out::add);
            }
            return out;
        }
        boolean suspension = false;
        Matcher m = guarded(SUSPENSION, stems, s);
        while (m.find()) {
            String before = s.substring(Math.max(0, m.start() - 12), m.start()).toLowerCase(Locale.ROOT);
            if (before.contains("not ")
                    || NOT_SUSPENSION.matcher(s.substring(m.start())).lookingAt()
                    || hedged(s, m.start())
                    || (settings.actFrames && ActFrames.actOnMining(s, m.start()))) {
                // "postponed its first seabed mining licensing round": an act on a mining instrument (ActFrames)
                continue;
            }
            // the suspended object follows the verb closely ("lifted the ban") or precedes it ("the ban was lifted")
            String after = s.substring(m.end(), Math.min(s.length(), m.end() + 75));
            String lead = s.substring(Math.max(0, m.start() - 80), m.start());
            boolean object = SUSPENDED_OBJECT.matcher(after).find()
                    || (SUSPENDED_OBJECT.matcher(lead).find() && lead.transform(WHOLE_2::test))
                    || m.group().toLowerCase(Locale.ROOT).startsWith("general");
            if (object && settings.dutyFrames && dutyAfter(s, context, sentence, stems, m.end())) {
                // "removed customs duties on 25 critical minerals", "lifted the duty on ... from nothing to 25%": a
                // duty
                // on imports of a good taken off or changed is a tariff (DutyFrames), not the suspension of a measure
                continue;
            }
            if (!object && pronounSuspension(s, m.start(), after, stems, settings.secondActions)) {
                // "tightened rules on anode material in October before suspending them a month later": the measure
                // told before it in the sentence is read as well, so this suspension leaves the measure triggers on
                out.add(new Trigger(
                        EventType.EXPORT_CONTROL_SUSPENSION,
                        m.start(),
                        m.end(),
                        "suspension: of a measure told before " + m.group(),
                        "",
                        true));
                break;
            }
            if (object && !after.transform(WHOLE_3::test)) {
                String word = m.group().toLowerCase(Locale.ROOT);
                boolean weak = word.startsWith("eas")
                        || word.startsWith("relax")
                        || word.startsWith("delay")
                        || word.startsWith("postpon")
                        || word.startsWith("exemption")
                        || word.startsWith("resum")
                        || word.startsWith("remov");
                out.add(new Trigger(
                        EventType.EXPORT_CONTROL_SUSPENSION,
                        m.start(),
                        m.end(),
                        "suspension: " + m.group(),
                        "",
                        !weak));
                suspension = true;
                Optional<int[]> background = background(s, m.end());
                if (background.isPresent()) {
                    out.add(new Trigger(
                            EventType.EXPORT_CONTROL,
                            background.get()[0],
                            background.get()[1],
                            "export control: background of a suspension",
                            "",
                            true));
                } else {
                    earlierMeasure(s, m.start()).ifPresent(out::add);
                }
                break;
            }
        }
        int[] importQuota = null;
        if (!suspension) {
            m = guarded(EXPORT_CONTROL, stems, s);
            int lastEnd = -100;
            while (m.find()) {
                String word = m.group().toLowerCase(Locale.ROOT);
                if (word.equals("quota") || word.equals("quotas")) {
                    if (settings.dutyFrames
                            && IMPORT_QUOTA.matcher(s).find()
                            && !EXPORT_WORD.matcher(s).find()) {
                        // "a tariff-rate quota: each supplying country gets a duty-free volume", "tonnes above the
                        // quota ... the importer pays": a quota on imports is no export quota; imposed ("imposed
                        // definitive measures ... with country quotas"), it is a safeguard, a tariff (round 21b)
                        if (importQuota == null
                                && !hedged(s, m.start())
                                && IMPORT_QUOTA_VERB
                                        .matcher(s.substring(0, m.start()))
                                        .find()) {
                            importQuota = new int[] {m.start(), m.end()};
                        }
                        continue;
                    }
                    if (PRODUCTION_QUOTA.matcher(s).find()) {
                        continue;
                    }
                    // a quota whose level in tonnes follows it, told with no exports, shipments or regulator in its
                    // sentence or the one before, caps output: a production quota, an `other` act (round 27b), read
                    // once; beside exports ("Quotas of 96,600 tonnes will apply" after the export ban) an export quota
                    boolean exportsNamed = QUOTA_EXPORTS.matcher(s).find();
                    boolean level =
                            QUOTA_LEVEL.matcher(s).region(m.start(), s.length()).lookingAt()
                                    && !exportsNamed
                                    && context.before(sentence)
                                            .map(b -> !QUOTA_EXPORTS
                                                    .matcher(b.text())
                                                    .find())
                                            .orElse(true);
                    if (level) {
                        if (!hedged(s, m.start())
                                && out.stream().noneMatch(t -> t.rule().startsWith(OUTPUT_QUOTA_RULE))) {
                            out.add(new Trigger(
                                    EventType.OTHER,
                                    m.start(),
                                    m.end(),
                                    OUTPUT_QUOTA_RULE + m.group(),
                                    actionKind("production quota"),
                                    true));
                        }
                        continue;
                    }
                    if (!exportsNamed && !QUOTA_TONNES.matcher(s).find()) {
                        continue;
                    }
                }
                if (hedged(s, m.start())) {
                    continue;
                }
                // several measures in one sentence ("banned X, required licences for Y and barred Z") are kept apart
                // when separated by a clause or list boundary; the frames split the sentence between them
                boolean separate = out.stream().noneMatch(t -> t.type() == EventType.EXPORT_CONTROL)
                        || (m.start() - lastEnd > 12
                                && s.substring(lastEnd, m.start()).transform(WHOLE_4::test)
                                && !elaboration(context, sentence, m.start()));
                if (separate || word.startsWith("extended")) {
                    boolean weak = word.equals("curbs") || word.startsWith("tighten") || word.equals("control list");
                    out.add(new Trigger(
                            EventType.EXPORT_CONTROL, m.start(), m.end(), "export control: " + m.group(), "", !weak));
                    lastEnd = m.end();
                }
            }
        }
        if (!suspension) {
            licenceFrames(s, context, sentence, stems, out);
        }
        if (out.stream().noneMatch(t -> t.type() == EventType.EXPORT_CONTROL)) {
            // a measure told in passing by its owner and its time ("its October 2025 rare earth controls", "the April
            // 2025 controls on seven heavy rare earths", "Beijing's 2023 curbs"): a background action of its own, in
            // a sentence whose main action is another or none; a hedge or a negation of the sentence's verb ("what the
            // pause did not touch were the April 2025 controls") does not undo a past action named by its time
            Matcher dated = DATED_MEASURE.matcher(s);
            while (dated.find()) {
                int at = dated.start();
                if (out.stream().anyMatch(t -> t.start() < dated.end() && t.end() > at)
                        || NOT_EXPORT_OBJECT
                                .matcher(s)
                                .region(dated.end(), s.length())
                                .lookingAt()) {
                    continue;
                }
                out.add(new Trigger(
                        EventType.EXPORT_CONTROL,
                        at,
                        dated.end(),
                        "export control: background in passing " + dated.group(),
                        "",
                        true));
                out.sort(Comparator.comparingInt(Trigger::start));
                break;
            }
        }
        // a licence requirement standing since a time, a background control of its own (StandingControls)
        StandingControls.find(s)
                .filter(r -> !hedged(s, r[0]) && out.stream().noneMatch(t -> t.start() < r[1] && t.end() > r[0]))
                .filter(r -> !context.minerals(
                                sentence.start() + clause(context, sentence, r[0])[0],
                                sentence.start() + clause(context, sentence, r[0])[1])
                        .isEmpty())
                .ifPresent(r -> out.add(new Trigger(
                        EventType.EXPORT_CONTROL,
                        r[0],
                        r[1],
                        "export control: standing " + s.substring(r[0], r[1]),
                        "",
                        true)));
        if (out.stream().noneMatch(t -> t.type() == EventType.EXPORT_CONTROL)) {
            // a measure named by its instrument or its time, with no verb of imposing it (NamedMeasures)
            NamedMeasures.find(s)
                    .filter(r -> !hedged(s, r.start()) && uncovered(out, r.start(), r.end()))
                    .filter(r -> {
                        int[] c = clause(context, sentence, r.start());
                        return !context.minerals(sentence.start() + c[0], sentence.start() + c[1])
                                .isEmpty();
                    })
                    .ifPresent(r -> out.add(reading(
                            EventType.EXPORT_CONTROL,
                            r.start(),
                            r.end(),
                            r.kind() == NamedMeasures.Kind.INSTRUMENT
                                    ? "export control: named by its instrument "
                                    : "export control: background in passing ",
                            s)));
            out.sort(Comparator.comparingInt(Trigger::start));
        }
        if (out.stream()
                .anyMatch(
                        t -> t.type() == EventType.EXPORT_CONTROL || t.type() == EventType.EXPORT_CONTROL_SUSPENSION)) {
            // a measure told by way of another (a ban's replacement, a ban planned for later): MeasureSequences
            for (MeasureSequences.Reading r : MeasureSequences.read(s)) {
                if (!hedged(s, r.start()) && out.stream().noneMatch(t -> t.start() < r.end() && t.end() > r.start())) {
                    out.add(new Trigger(
                            EventType.EXPORT_CONTROL,
                            r.start(),
                            r.end(),
                            "export control: follow-up " + r.kind().rule() + s.substring(r.start(), r.end()),
                            "",
                            true));
                }
            }
            out.sort(Comparator.comparingInt(Trigger::start));
        }
        Matcher followUp = guarded(FOLLOW_UP_MEASURE, stems, s);
        if (followUp.find()
                && !hedged(s, followUp.start())
                && out.stream()
                        .anyMatch(t ->
                                t.type() == EventType.EXPORT_CONTROL || t.type() == EventType.EXPORT_CONTROL_SUSPENSION)
                && out.stream().noneMatch(t -> t.start() < followUp.end() && t.end() > followUp.start())) {
            // a second measure in the sentence of the first: the quota that replaces a ban, a ban's extension
            out.add(new Trigger(
                    EventType.EXPORT_CONTROL,
                    followUp.start(),
                    followUp.end(),
                    "export control: follow-up " + followUp.group(),
                    "",
                    true));
            out.sort(Comparator.comparingInt(Trigger::start));
        }
        m = guarded(TARIFF, stems, s);
        while (m.find()) {
            if (hedged(s, m.start())) {
                continue;
            }
            // a tariff on minerals names them close by: "tariff on imports of semi-finished copper", "graphite duties"
            int at = sentence.start() + m.start();
            boolean onMinerals = !context.in(at, Math.min(sentence.end(), at + 90), MentionKind.MINERAL)
                            .isEmpty()
                    || !context.in(Math.max(sentence.start(), at - 30), at, MentionKind.MINERAL)
                            .isEmpty();
            boolean response =
                    s.substring(Math.max(0, m.start() - 30), m.start()).transform(WHOLE_5::test);
            boolean general = s.transform(WHOLE_6::test);
            // "launched anti-dumping and countervailing duty investigations": a trade-remedy investigation is an
            // `other` action (the general frame reads it), not a tariff
            boolean investigation =
                    TRADE_REMEDY_CASE.matcher(s.substring(m.end())).lookingAt();
            if (onMinerals && !response && !general && !investigation) {
                out.add(new Trigger(EventType.TARIFF, m.start(), m.end(), "tariff: " + m.group(), "", true));
                break;
            }
            Optional<String> stage = remedyStage(s, m.start(), m.end());
            if (stage.isPresent() && !response && !general && !investigation) {
                // "Commerce announced preliminary countervailing duties of 6.55%": a stage of the article's case, whose
                // good the sentences around name; each stage is its own duty
                out.add(new Trigger(
                        EventType.TARIFF, m.start(), m.end(), REMEDY_RULE + stage.get(), stage.get(), true));
                break;
            }
        }
        if (settings.dutyFrames) {
            dutyTriggers(s, context, sentence, stems, out);
        }
        if (importQuota != null && out.stream().noneMatch(t -> t.type() == EventType.TARIFF)) {
            out.add(new Trigger(
                    EventType.TARIFF,
                    importQuota[0],
                    importQuota[1],
                    "tariff: a quota on imports, " + s.substring(importQuota[0], importQuota[1]),
                    "",
                    true));
            out.sort(Comparator.comparingInt(Trigger::start));
        }
        m = guarded(LIST_UPDATE, stems, s);
        boolean named = m.find();
        // "the 31 minerals on Australia's critical minerals list": a list told as where its minerals are (round 25d)
        boolean member = named && settings.listFrames && ListFrames.membership(s, m.start(), m.end());
        if (named && !member && LIST_CHANGE.matcher(s).find() && !hedged(s, m.start())) {
            out.add(new Trigger(EventType.LIST_UPDATE, m.start(), m.end(), "list update: " + m.group(), "", true));
        } else if (!member && settings.listFrames && TriggerWords.any(stems, TriggerWords.LIST)) {
            // an official list read from its structure: a count an instrument lists or a list expanded (ListFrames)
            ListFrames.find(s)
                    .filter(span -> !hedged(s, span[0]))
                    .ifPresent(span -> out.add(listFrame(s, span, LIST_COUNT_RULE)));
        }
        if (settings.listFrames && out.stream().noneMatch(t -> t.type() == EventType.LIST_UPDATE)) {
            // an edition of a list named just before: "The draft was released on 15 September" (round 25d); the
            // sentences before are read only for a sentence that tells an edition
            ListFrames.edition(s)
                    .filter(span -> !hedged(s, span[0]) && listNamedBefore(context, sentence))
                    .ifPresent(span -> out.add(listFrame(s, span, LIST_EDITION_RULE)));
        }
        m = guarded(JOINT_VENTURE, stems, s);
        boolean jointVenture = false;
        if (m.find()
                && !hedged(s, m.start())
                && !APPOSITION_LEAD.matcher(s.substring(0, m.start())).find()) {
            String word = m.group().toLowerCase(Locale.ROOT);
            boolean created = (!word.startsWith("joint ") && !word.startsWith("joint-") && !word.equals("jv"))
                    || s.substring(Math.max(0, m.start() - 50), m.start()).transform(WHOLE_7::test);
            out.add(new Trigger(
                    EventType.JOINT_VENTURE, m.start(), m.end(), "joint venture: " + m.group(), "", created));
            jointVenture = created;
        }
        if (out.stream().noneMatch(t -> t.type() == EventType.JOINT_VENTURE)) {
            // "Rio Tinto will take 51% of the project company and ENAMI will keep 49%": one entity owned by two holders
            // whose shares make the whole (round 26c)
            MoneyFrames.sharedOwnership(s)
                    .filter(share -> !hedged(s, share.start()))
                    .ifPresent(share -> {
                        out.add(new Trigger(
                                EventType.JOINT_VENTURE, share.start(), share.end(), SHARED_OWNERSHIP_RULE, "", true));
                        out.sort(Comparator.comparingInt(Trigger::start));
                    });
        }
        m = guarded(OFFTAKE, stems, s);
        boolean offtake = false;
        while (m.find()) {
            String word = m.group().toLowerCase(Locale.ROOT);
            // "is trying to buy", "has the right to buy": the hedge ends with the trigger's own "to"
            int hedgeAt = word.startsWith("to ") ? m.start() + 3 : m.start();
            if (hedged(s, hedgeAt) || STAKE_OBJECT.matcher(s.substring(m.end())).lookingAt() || purpose(s, m.start())) {
                continue;
            }
            // "to buy output" beside a signed memorandum or framework is a clause of that agreement
            boolean generic = word.startsWith("to ") || word.startsWith("will ") || word.startsWith("would ");
            if (generic && s.transform(WHOLE_8::test)) {
                break;
            }
            out.add(new Trigger(EventType.OFFTAKE, m.start(), m.end(), "offtake: " + m.group(), "", true));
            offtake = true;
            break;
        }
        if (settings.commerceFrame) {
            // a commitment told by its structure, not by a deal's noun (round 29a): output taken or given, a venture
            for (Trigger t : commerceFrames(s, out)) {
                // a venture told as formed stands in for a weak reading of its noun ("the joint venture")
                out.removeIf(w -> w.type() == t.type() && !w.strong());
                out.add(t);
                offtake |= t.type() == EventType.OFFTAKE;
                jointVenture |= t.type() == EventType.JOINT_VENTURE;
            }
            out.sort(Comparator.comparingInt(Trigger::start));
        }
        boolean money =
                !context.in(sentence.start(), sentence.end(), MentionKind.MONEY).isEmpty();
        m = guarded(INVESTMENT, stems, s);
        List<int[]> investments = new ArrayList<>();
        while (m.find()) {
            String word = m.group().toLowerCase(Locale.ROOT);
            if (hedged(s, m.start())) {
                continue;
            }
            // an award of a supply contract ("awarded United States Antimony a contract worth $245 million to supply
            // antimony") is that offtake's, as a commitment is
            boolean commitment = word.startsWith("commit")
                    || word.startsWith("provide")
                    || word.startsWith("fund")
                    || word.startsWith("award");
            if ((offtake && (commitment || !money)) || (jointVenture && !money)) {
                continue;
            }
            if (noMoneyCommitted(s, m.start(), m.end())) {
                continue;
            }
            investments.add(new int[] {m.start(), m.end()});
        }
        if (investments.isEmpty() && money && !offtake && !jointVenture) {
            m = INVESTMENT_NOUN.matcher(s);
            if (m.find() && !hedged(s, m.start()) && !noMoneyCommitted(s, m.start(), m.end())) {
                investments.add(new int[] {m.start(), m.end()});
            }
        }
        if (settings.investmentRoles && MoneyFrames.coFinancing(s)) {
            investments.clear(); // "the loan was co-financed with three banks": the lead lender's loan told again
        }
        investments.removeIf(span -> {
            String lead = s.substring(0, span[0]);
            return lead.transform(WHOLE_9::test)
                    && context.in(sentence.start(), sentence.start() + span[0], MentionKind.ORGANISATION)
                            .isEmpty();
        });
        if (settings.investmentRoles) {
            // "can apply for loans from the $4 billion Critical Minerals Facility": a channel and its size (round 22b)
            investments.removeIf(span -> {
                Mention amount = amountOf(context, sentence, span);
                return MoneyFrames.channel(
                                s,
                                span[0],
                                amount == null ? -1 : amount.start() - sentence.start(),
                                amount == null ? -1 : amount.end() - sentence.start())
                        || (settings.coordinatedAmounts
                                && MoneyFrames.noCommitment(
                                        s, span[0], span[1], amount == null ? -1 : amount.end() - sentence.start()));
            });
        }
        if (settings.coordinatedAmounts && !investments.isEmpty()) {
            List<int[]> withAmounts = withCoordinatedAmounts(context, sentence, investments);
            investments.clear();
            investments.addAll(withAmounts);
        }
        // separately quantified instruments in one sentence ("a $400m stake and a $150m loan") are separate events
        int lastInvestment = -1;
        Mention lastAmount = null;
        for (int[] span : investments) {
            boolean ownAmount = span.length > 2;
            Mention amount = ownAmount
                    ? context.in(sentence.start() + span[0], sentence.start() + span[1], MentionKind.MONEY)
                            .get(0)
                    : amountOf(context, sentence, span);
            if (!ownAmount
                    && settings.coordinatedAmounts
                    && headsLaterPhrase(context, sentence, span, amount, investments)) {
                // "$277 million in exchange for a 10% stake and a $1.3 billion loan": the amount after the stake opens
                // the next conjunct and heads the loan; the stake names none of its own and stays the funding's part,
                // the loan is one of its own (round 27c). An amount the phrase reaches with no coordinator between ("a
                // financing agreement for a $565 million loan") stays the phrase's: one commitment
                amount = null;
            }
            boolean separate = lastInvestment < 0
                    || (amount != null && !amount.equals(lastAmount))
                    || CLAUSE_BREAK
                            .matcher(s.substring(lastInvestment, span[0]))
                            .find()
                    || ANOTHER_ACTOR
                            .matcher(s.substring(lastInvestment, span[0]))
                            .find();
            if (separate) {
                lastAmount = amount;
                out.add(new Trigger(
                        EventType.INVESTMENT,
                        span[0],
                        span[1],
                        (ownAmount ? OWN_AMOUNT_RULE : "investment: ") + s.substring(span[0], span[1]),
                        "",
                        money));
                lastInvestment = span[1];
            }
        }
        boolean pledgeOfSuspension = suspension;
        Matcher agreed = guarded(AGREED_TO, stems, s);
        boolean agreement = false;
        if (agreed.find()
                && !hedged(s, agreed.start())
                && !offtake
                && !jointVenture
                && !pledgeOfSuspension
                && !AGREED_ACTION.matcher(s.substring(agreed.end())).lookingAt()) {
            Matcher noun = AGREEMENT_NOUN.matcher(s);
            String nounText = noun.find() ? noun.group() : "agreement";
            out.add(new Trigger(
                    EventType.AGREEMENT,
                    agreed.start(),
                    agreed.end(),
                    "agreement: agreed to",
                    nounClass(nounText),
                    false));
            agreement = true;
        }
        Matcher noun = guarded(AGREEMENT_NOUN, stems, s);
        int agreementEnd = agreement ? out.get(out.size() - 1).end() : -1;
        while (noun.find()) {
            // an agreement named in a clause of its own, apart from a venture's or an offtake's clause and from an
            // agreement found before ("signed a memorandum on critical minerals ..., and Cove Capital agreed ...
            // through a joint venture"; "Mexico, which agreed its own action plan ..., and Japan, which is working
            // under the framework its leaders signed ..."), is an agreement of its own; inside their clause it is
            // their deal
            if ((agreement
                            && (agreementEnd < 0
                                    || !apart(s, agreementEnd, noun.start())
                                    || !ownCounterpart(context, sentence, agreementEnd, noun.start())))
                    || ((offtake || jointVenture) && !apartFromTypes(s, noun.start(), noun.end(), out))) {
                if (agreement || !(offtake || jointVenture)) {
                    break;
                }
                continue;
            }
            if (hedged(s, noun.start())
                    || purpose(s, noun.start())
                    || (DEFINITE_SUBJECT.matcher(s.substring(0, noun.start())).matches()
                            && SIGNING_APPOSITION
                                    .matcher(s.substring(noun.end()))
                                    .lookingAt())) {
                // "The deal, announced on Thursday, also guarantees MP a minimum price": the deal told before is the
                // subject of another action, not signed again
                continue;
            }
            String around = s.substring(Math.max(0, noun.start() - 60), Math.min(s.length(), noun.end() + 40));
            int nounAt = noun.start() - Math.max(0, noun.start() - 60);
            Matcher verb = AGREEMENT_VERB.matcher(around);
            boolean near = false;
            while (verb.find()) {
                if ((verb.end() <= nounAt
                                || verb.start() >= nounAt + noun.group().length())
                        && !(PUBLISHED.matcher(verb.group()).matches()
                                && WEAK_AGREEMENT_NOUN.matcher(noun.group()).matches())) {
                    near = !AGREED_ACTION.matcher(around.substring(verb.end())).lookingAt()
                            || !verb.group().equalsIgnoreCase("agreed");
                    if (near) {
                        break;
                    }
                }
            }
            if (!near) {
                // "the Memorandum of Understanding on cooperation in the field of critical minerals, which was signed
                // between the two countries": a relative clause names the signing after the agreement's long title
                Matcher relative =
                        SIGNED_RELATIVE.matcher(s).region(noun.end(), Math.min(s.length(), noun.end() + 140));
                near = relative.find()
                        && !AGREEMENT_NOUN
                                .matcher(s.substring(noun.end(), relative.start()))
                                .find();
            }
            if (!near) {
                // an agreement named by its owner or its time and its counterpart ("India's memorandum with Brazil",
                // "the October 2025 framework with Australia", "the Pentagon's agreement with MP Materials")
                near = !WEAK_AGREEMENT_NOUN.matcher(noun.group()).matches()
                        && AGREEMENT_OWNER
                                .matcher(s.substring(Math.max(0, noun.start() - 40), noun.start()))
                                .find()
                        && WITH_PARTY.matcher(s).region(noun.end(), s.length()).lookingAt()
                        && (!context.in(
                                                sentence.start() + noun.end(),
                                                Math.min(sentence.end(), sentence.start() + noun.end() + 50),
                                                MentionKind.COUNTRY)
                                        .isEmpty()
                                || !context.in(
                                                sentence.start() + noun.end(),
                                                Math.min(sentence.end(), sentence.start() + noun.end() + 50),
                                                MentionKind.ORGANISATION)
                                        .isEmpty());
            }
            if (near) {
                String n = noun.group().toLowerCase(Locale.ROOT);
                boolean strong = !n.equals("deal")
                        && !n.equals("deals")
                        && !n.equals("partnership")
                        && !n.startsWith("contract")
                        && !n.equals("initiative");
                out.add(new Trigger(
                        EventType.AGREEMENT,
                        noun.start(),
                        noun.end(),
                        "agreement: signed " + noun.group(),
                        nounClass(noun.group()),
                        strong));
                agreement = true;
                agreementEnd = noun.end();
            }
        }
        if (agreement && settings.dealContent && dealContent(context, sentence, out)) {
            // "signed a financing agreement for a $565 million loan", "an agreement under which Iluka will lend
            // US$20 million": a deal with a company whose clause carries an investment is that investment, the
            // guideline's agreement "whose content is chiefly" another type; a framework between states keeps both
            out.removeIf(t -> t.type() == EventType.AGREEMENT);
            agreement = false;
        }
        if (agreement) {
            out.removeIf(t -> t.type() == EventType.INVESTMENT && t.rule().startsWith("investment: $"));
        }
        if (!offtake && !jointVenture) {
            // a named forum or partnership launched or joined, technical assistance between two parties
            // (ForumAgreements): agreements that name no signed paper, beside another agreement of the sentence when
            // apart from its words; about minerals when the sentence or the body's name names them
            ForumAgreements.find(s)
                    .filter(r -> !hedged(s, r[0]) && uncovered(out, r[0], r[1]))
                    .filter(r -> ForumAgreements.aboutMinerals(s)
                            || !context.minerals(sentence.start(), sentence.end())
                                    .isEmpty())
                    .ifPresent(r -> out.add(
                            reading(EventType.AGREEMENT, r[0], r[1], "agreement: named body or assistance ", s)));
            out.sort(Comparator.comparingInt(Trigger::start));
        }
        m = guarded(OTHER, stems, s);
        boolean otherFound = false;
        while (!otherFound && m.find()) {
            otherFound = !hedged(s, m.start());
        }
        // an action of its own in a list of several ("agreed a price floor ..., committed to buy the output ... and
        // lent $150 million"; "has taken equity ..., guaranteed a floor price ... and signed frameworks ...") is not
        // the deal's term, which it would be inside the deal's clause ("signed an agreement on a price floor")
        boolean ownClause = otherFound && (offtake || agreement) && apartFromDeals(s, m.start(), m.end(), out);
        if (otherFound && ((!offtake && !agreement) || ownClause)) {
            String word = m.group().toLowerCase(Locale.ROOT);
            boolean weak = word.startsWith("stockpil")
                    || word.startsWith("strategic reserve")
                    || word.equals("moratorium")
                    || word.startsWith("nationali")
                    || word.equals("executive order")
                    || word.startsWith("strategic project");
            boolean vehicle = VEHICLE.matcher(m.group()).find();
            if (!vehicle || out.isEmpty() || (settings.secondActions && ownAction(context, sentence, m.start(), out))) {
                // a law or proclamation that carries a measure of another type is that measure's vehicle, not an event;
                // in a clause of its own, apart from every other action ("took a 10% stake in Trilogy Metals ...,
                // and in the same breath approved the Ambler road"), it is an action of its own
                out.add(new Trigger(
                        EventType.OTHER, m.start(), m.end(), "other: " + m.group(), actionKind(m.group()), !weak));
            }
            if (RESERVE.matcher(m.group()).find() && !ownClause) {
                // "a $12 billion stockpile financed by EXIM", "a reserve with A$1.2bn of funding": the money is the
                // reserve's, which is the action; it is no separate investment. A loan that carries its own amount
                // ("a stockpile backed by a $10 billion loan from the Export-Import Bank") is the lender's investment.
                List<Mention> amounts = context.in(sentence.start(), sentence.end(), MentionKind.MONEY);
                out.removeIf(t -> t.type() == EventType.INVESTMENT
                        && !MoneyFrames.ownLoan(s, t.start(), t.end(), sentence.start(), amounts)
                        && !(settings.secondActions
                                && MoneyFrames.financedByLoan(s, t.end(), sentence.start(), amounts)));
            }
        } else if (!agreement) {
            m = guarded(PRODUCTION_QUOTA, stems, s);
            if (m.find() && !hedged(s, m.start())) {
                out.add(new Trigger(
                        EventType.OTHER, m.start(), m.end(), "other: " + m.group(), actionKind(m.group()), true));
            }
        }
        if (settings.actFrames && TriggerWords.any(stems, TriggerWords.ACT)) {
            // an act on an instrument of mining (ActFrames) is read before the general frame, and in place of a weak
            // `other` word inside it ("designated 47 strategic projects"): the act names what was done to what
            Optional<Trigger> act = actFrame(s, context, sentence)
                    .filter(a -> out.stream()
                            .allMatch(t -> t.type() == EventType.OTHER
                                    && !t.strong()
                                    && t.start() < a.end()
                                    && t.end() > a.start()));
            if (act.isPresent()) {
                out.clear();
                out.add(act.get());
            }
        }
        if (settings.stateActs) {
            // a state's act on trade or supply (round 23b) stands in for the triggers its words would otherwise give
            stateAct(s, context, sentence, out);
        }
        if (out.isEmpty() && settings.actFrames && TriggerWords.any(stems, TriggerWords.ACT)) {
            // an instrument told with its act after it ("the RESourceEU plan adopted in December", round 22b)
            trailingAct(s, context, sentence).ifPresent(out::add);
        }
        if (out.isEmpty()) {
            actionFrame(s, context, sentence).ifPresent(out::add);
            if (out.isEmpty() && settings.stateFrame) {
                // a state's act told in a wording no reading above knows (round 28a): one frame for every state act
                stateFrame(s, context, sentence).ifPresent(out::add);
            }
            if (out.isEmpty() && settings.courtActs) {
                courtAct(s, context, sentence).ifPresent(out::add);
            }
        } else if (settings.secondActions) {
            secondAction(s, context, sentence, out).ifPresent(t -> {
                out.add(t);
                out.sort(Comparator.comparingInt(Trigger::start));
            });
        }
        return out;
    }

    /**
     * @return the sentence's triggers or, when there are none and the sentence names an organisation or a state, money
     *     given to a recipient (round 33b, {@link MoneyMoves}), read as a weak investment trigger on the amount, which
     *     the classifier may veto
     */
    private List<Trigger> withMoneyMoved(List<Trigger> triggers, Context context, Sentence sentence) {
        String s = sentence.text();
        if (!settings.moneyMoves
                || !triggers.isEmpty()
                || ROUTINE.matcher(s).find()
                || (context.in(sentence.start(), sentence.end(), MentionKind.ORGANISATION)
                                .isEmpty()
                        && context.in(sentence.start(), sentence.end(), MentionKind.COUNTRY)
                                .isEmpty())) {
            return triggers;
        }
        List<int[]> amounts = context.in(sentence.start(), sentence.end(), MentionKind.MONEY).stream()
                .map(m -> new int[] {m.start() - sentence.start(), m.end() - sentence.start()})
                .toList();
        return MoneyMoves.find(s, amounts)
                .filter(a -> !hedged(s, a[0]) && !noMoneyCommitted(s, a[0], a[1]))
                .map(a -> {
                    List<Trigger> given = new ArrayList<>();
                    given.add(new Trigger(
                            EventType.INVESTMENT,
                            a[0],
                            a[1],
                            "investment: money given " + s.substring(a[0], a[1]),
                            "",
                            false));
                    return given;
                })
                .orElse(triggers);
    }

    /**
     * @param s a sentence
     * @param start where an investment phrase starts in it
     * @param end where it ends
     * @return whether the phrase tells money nobody commits, so it is no investment trigger: a plant's own cost
     *     ("finished a $400 million processing plant", round 22b, {@link MoneyFrames#ownPlantCost}) or money told as a
     *     plan, a size, an estimate or an inflow ("the company plans a US$2 billion mine", "the total investment is
     *     above $800 million", round 32b, {@link UncommittedMoney})
     */
    private boolean noMoneyCommitted(String s, int start, int end) {
        return (settings.investmentRoles && MoneyFrames.ownPlantCost(s, start, end))
                || (settings.uncommittedMoney && UncommittedMoney.told(s, start, end));
    }

    /**
     * Whether a span is told in a clause or list item of its own, apart from every offtake and agreement trigger of the
     * sentence: a clause or list boundary (", ", "; ", " and ") lies between them.
     */
    private static boolean apartFromDeals(String s, int start, int end, List<Trigger> triggers) {
        for (Trigger t : triggers) {
            if (t.type() != EventType.OFFTAKE && t.type() != EventType.AGREEMENT) {
                continue;
            }
            String between = "";
            if (t.start() >= end) {
                between = s.substring(end, t.start());
            } else if (t.end() <= start) {
                between = s.substring(t.end(), start);
            }
            if (!TRIGGER_BOUNDARY.matcher(between).find()) {
                return false;
            }
        }
        return true;
    }

    /** Where one clause ends and another with its own action begins: "; ", ", and ", ", while ", ", but ". */
    private static final Pattern CLAUSE_APART = Pattern.compile(";\\s|,\\s+(?:and|while|but|whereas)\\s");

    /** Whether a clause boundary ({@link #CLAUSE_APART}) lies between two places of a sentence. */
    private static boolean apart(String s, int from, int to) {
        return from <= to && CLAUSE_APART.matcher(s.substring(from, to)).find();
    }

    /**
     * Whether the clause of a later agreement (from the boundary after an earlier one to the end of the sentence) names
     * a country the sentence does not name before that boundary: its own counterpart. "Signed a memorandum with Chile,
     * and the agreement covers copper" tells one agreement twice; "Mexico, which agreed its own action plan ..., and
     * Japan, which is working under the framework its leaders signed ..." tells two.
     */
    private static boolean ownCounterpart(Context context, Sentence sentence, int earlierEnd, int nounStart) {
        Matcher boundary = CLAUSE_APART.matcher(sentence.text()).region(earlierEnd, nounStart);
        if (!boundary.find()) {
            return false;
        }
        List<String> before = context.countries(sentence.start(), sentence.start() + boundary.start());
        return context.countries(sentence.start() + boundary.end(), sentence.end()).stream()
                .anyMatch(c -> !before.contains(c));
    }

    /**
     * Whether a span lies in a clause of its own ({@link #CLAUSE_APART}), apart from every offtake and joint-venture
     * trigger of the sentence.
     */
    private static boolean apartFromTypes(String s, int start, int end, List<Trigger> triggers) {
        for (Trigger t : triggers) {
            if (t.type() != EventType.OFFTAKE && t.type() != EventType.JOINT_VENTURE) {
                continue;
            }
            boolean between =
                    t.start() >= end ? apart(s, end, t.start()) : t.end() <= start && apart(s, t.end(), start);
            if (!between) {
                return false;
            }
        }
        return true;
    }

    /** The deal nouns of an agreement trigger whose content may be chiefly another type (not a framework or MoU). */
    private static final Pattern DEAL_NOUN = Pattern.compile(
            "^agreement: (?:agreed (?:to|on)|signed (?:agreements?|contracts?|deals?))$", Pattern.CASE_INSENSITIVE);

    /** A capitalised word of a name right before a trigger ("the Public Investment Fund", "Minerals Investment"). */
    private static final Pattern NAME_PART = Pattern.compile("(?<![.!?]\\s)\\b\\p{Lu}\\p{Ll}+\\s+$");

    /**
     * Whether a clause holds an investment word outside a name: a capitalised money word after a capitalised word ("the
     * Public Investment Fund", "the Development Finance Corporation") names an organisation, not an investment.
     */
    private static boolean investmentWord(String s, int[] window) {
        Matcher m = INVESTMENT.matcher(s).region(window[0], window[1]);
        while (m.find()) {
            if (!namePart(s, m.start())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the word at {@code at} is capitalised and follows a capitalised word: a part of a name. */
    private static boolean namePart(String s, int at) {
        return Character.isUpperCase(s.charAt(at))
                && NAME_PART.matcher(s.substring(Math.max(0, at - 40), at)).find();
    }

    /** A fund an agreement creates is part of that agreement (the labelling guideline), no company of the deal. */
    private static final Pattern FUND_NAME = Pattern.compile("\\b(?:Fund|Facility)$");

    /**
     * Whether the sentence's agreement is the deal of an investment told in its clause, with a company: "DFC signed a
     * financing agreement for a $565 million loan to SVRE Holdings", "under the agreement announced on Wednesday,
     * Iluka will also lend Lindian US$20 million". The labelling guideline's agreement is one "whose content is not
     * chiefly" another type; a framework between states that also commits money ("signed a framework under which each
     * government committed US$1 billion") is an agreement and an investment, so the agreement's clause must name an
     * organisation that is not a government or agency.
     */
    private boolean dealContent(Context context, Sentence sentence, List<Trigger> triggers) {
        for (Trigger deal : triggers) {
            if (deal.type() != EventType.AGREEMENT
                    || !DEAL_NOUN.matcher(deal.rule()).find()) {
                continue;
            }
            int[] window = clause(context, sentence, deal.start());
            String text = sentence.text();
            boolean investment = triggers.stream()
                            .anyMatch(t ->
                                    t.type() == EventType.INVESTMENT && t.start() >= window[0] && t.end() <= window[1])
                    && (triggers.stream()
                                    .anyMatch(t -> t.type() == EventType.INVESTMENT
                                            && t.start() >= window[0]
                                            && t.end() <= window[1]
                                            && !namePart(text, t.start()))
                            || investmentWord(text, window));
            boolean company =
                    context
                            .in(sentence.start() + window[0], sentence.start() + window[1], MentionKind.ORGANISATION)
                            .stream()
                            .anyMatch(o -> !governmental(o)
                                    && !FUND_NAME.matcher(o.surface()).find());
            if (investment && company) {
                return true;
            }
        }
        return false;
    }

    /**
     * The duties of a sentence whose good names a mineral, or a product of one ({@link DutyFrames}): a duty on goods
     * that are no minerals ("on Chinese goods", "on steel") is none.
     */
    private static List<DutyFrames.Duty> duties(String s, Context context, Sentence sentence, Set<String> stems) {
        if (!TriggerWords.any(stems, TriggerWords.TARIFF)) {
            return List.of();
        }
        List<DutyFrames.Duty> out = new ArrayList<>();
        for (DutyFrames.Duty duty : DutyFrames.find(s)) {
            String good = s.substring(duty.goodStart(), duty.goodEnd());
            boolean mineral = !context.minerals(sentence.start() + duty.goodStart(), sentence.start() + duty.goodEnd())
                            .isEmpty()
                    || !DutyFrames.products(good).isEmpty();
            if (mineral && !NOT_MINERAL_PRODUCT.matcher(good).find()) {
                out.add(duty);
            }
        }
        return out;
    }

    /** Whether a duty on a named good follows a suspending verb closely: "removed customs duties on", "lifted the duty". */
    private static boolean dutyAfter(String s, Context context, Sentence sentence, Set<String> stems, int verbEnd) {
        return duties(s, context, sentence, stems).stream()
                .anyMatch(d -> d.start() >= verbEnd && d.start() - verbEnd <= 40);
    }

    /**
     * Tariffs read from the structure of a duty ({@link DutyFrames}, round 20b): where no tariff word near a mineral read
     * one, the first duty on a named good with a rate, a change of rate, a verb or a trade remedy's kind; after a tariff,
     * a second duty headed by a verb of its own past a clause or list boundary ("announced Section 301 tariffs that put
     * 25% on Chinese permanent magnets ... and lifted the duty on certain other critical minerals from nothing to 25%").
     */
    private static void dutyTriggers(
            String s, Context context, Sentence sentence, Set<String> stems, List<Trigger> out) {
        int last = out.stream()
                .filter(t -> t.type() == EventType.TARIFF)
                .mapToInt(Trigger::end)
                .max()
                .orElse(-1);
        boolean general = RECIPROCAL.matcher(s).find();
        for (DutyFrames.Duty duty : duties(s, context, sentence, stems)) {
            if (duty.start() < last
                    || (last >= 0
                            && !(duty.ownVerb()
                                    && TRIGGER_BOUNDARY
                                            .matcher(s.substring(last, duty.start()))
                                            .find()))
                    || general
                    || hedged(s, duty.start())) {
                continue; // a second duty only in a clause or list item of its own, headed by its own verb
            }
            boolean response =
                    s.substring(Math.max(0, duty.start() - 30), duty.start()).transform(WHOLE_5::test);
            if (response) {
                continue;
            }
            out.add(new Trigger(
                    EventType.TARIFF,
                    duty.start(),
                    duty.end(),
                    DUTY_RULE + s.substring(duty.start(), duty.end()),
                    "",
                    true));
            out.sort(Comparator.comparingInt(Trigger::start));
            last = duty.end();
        }
    }

    /** @return the states named in the nearest of the three sentences before {@code sentence} that names any */
    private List<String> statesBefore(Context context, Sentence sentence) {
        Optional<Sentence> prev = context.before(sentence);
        for (int back = 0; back < 3 && prev.isPresent(); back++) {
            List<String> found =
                    context.partyCountries(prev.get().start(), prev.get().end(), gazetteer);
            if (!found.isEmpty()) {
                return found;
            }
            prev = context.before(prev.get());
        }
        return List.of();
    }

    /** A list update read by {@link ListFrames} at a span of the sentence, under one of its rules. */
    private static Trigger listFrame(String s, int[] span, String rule) {
        return new Trigger(EventType.LIST_UPDATE, span[0], span[1], rule + s.substring(span[0], span[1]), "", true);
    }

    /** Whether one of the three sentences before names a list of critical minerals ("the Critical Minerals List"). */
    private static boolean listNamedBefore(Context context, Sentence sentence) {
        Optional<Sentence> before = context.before(sentence);
        for (int k = 0; k < 3 && before.isPresent(); k++) {
            if (LIST_UPDATE.matcher(before.get().text()).find()) {
                return true;
            }
            before = context.before(before.get());
        }
        return false;
    }

    /** Whether a trigger is a duty's or a list's read from its structure (round 20b). */
    private static boolean ownFrame(Trigger trigger) {
        return trigger.rule().startsWith(DUTY_RULE)
                || trigger.rule().startsWith(LIST_COUNT_RULE)
                || trigger.rule().startsWith(LIST_EDITION_RULE)
                || trigger.rule().startsWith(ACT_RULE)
                || StateActs.isRule(trigger.rule())
                || trigger.rule().startsWith(StateFrame.RULE);
    }

    /** The rule of an {@code other} action read from an act on an instrument of mining ({@link ActFrames}). */
    private static final String ACT_RULE = "other: an act on an instrument of mining, ";

    /**
     * The US department that sets trade-remedy duties named alone as an actor ("Commerce announced preliminary duties"),
     * not another state's ministry ("the Ministry of Commerce", "China's Commerce Ministry").
     */
    private static final Pattern US_COMMERCE = Pattern.compile("(?<!\\bof\\s)\\bCommerce\\b(?!\\s+Ministry)");

    /** The rule of a tariff read from a trade remedy's stage and rate ({@link #remedyStage}, round 25b). */
    static final String REMEDY_RULE = "tariff: a trade remedy's stage, ";

    /** The stage of a trade-remedy duty, right before its tariff word: "preliminary", "final combined". */
    private static final Pattern REMEDY_STAGE = VOCABULARY.pattern("remedy-stage");
    /** The duty and its rate right after a trade-remedy word: " duties of 6.55%", " margin of 93.5%". */
    private static final Pattern REMEDY_RATE = VOCABULARY.pattern("remedy-rate");

    /**
     * A trade-remedy duty told with its stage and its rate (round 25b): "preliminary countervailing duties of 6.55%", "a
     * final anti-dumping margin of 93.5%". Such a duty is the article's case at one stage; its good may be named only in
     * the sentences around it.
     *
     * @param s a sentence
     * @param start where its tariff word starts
     * @param end where the tariff word ends
     * @return the stage and the remedy ("trade remedy preliminary countervailing"), when the word is an anti-dumping or
     *     countervailing one with a stage right before it and a rate right after it; the stages and remedies of one case
     *     are kept apart as events
     */
    static Optional<String> remedyStage(String s, int start, int end) {
        String remedy = s.substring(start, end).toLowerCase(Locale.ROOT).replace("-", "");
        if (!remedy.equals("antidumping") && !remedy.equals("countervailing")) {
            return Optional.empty(); // a tariff or an import duty is no trade remedy's stage
        }
        Matcher stage = REMEDY_STAGE.matcher(s.substring(Math.max(0, start - 100), start));
        if (!stage.find()
                || !REMEDY_RATE
                        .matcher(s.substring(end, Math.min(s.length(), end + 90)))
                        .find()) {
            return Optional.empty();
        }
        String word = stage.group().trim();
        int space = word.indexOf(' ');
        return Optional.of("trade remedy "
                + (space < 0 ? word : word.substring(0, space)).toLowerCase(Locale.ROOT)
                + " "
                + remedy);
    }

    /** The rule of a tariff read from a duty on a good ({@link DutyFrames}). */
    private static final String DUTY_RULE = "tariff: a duty on a good, ";

    /** The rule of a list update read from a list's count ({@link ListFrames}). */
    private static final String LIST_COUNT_RULE = "list update: a count of minerals, ";

    /** The rule of a list update read from an edition of a list named before ({@link ListFrames#edition}). */
    private static final String LIST_EDITION_RULE = "list update: an edition of a list named before, ";

    /** Reciprocal tariffs are on all goods, not on minerals (steel and other goods are read in the duty's good). */
    private static final Pattern RECIPROCAL = Pattern.compile("\\breciprocal\\b", FLAGS);

    /**
     * A second action of another type in a sentence whose triggers read one already (round 19b): a decision on an
     * instrument ({@link #ACTION_FRAME}, the general {@code other} frame) told in a clause of its own, apart from every
     * trigger of the sentence, that names a mineral of its own ("Its rare earth management regulations entered into force
     * on Oct. 1 this year, and on Dec. 21, 2023 it had banned the export of rare earth extraction technology": a law in
     * force and an export control). The clause is what {@link #clause} reads: a second verb phrase after ", and", ";",
     * ", while" or ", but"; a phrase in the clause of another trigger is that action's term or vehicle, as before.
     */
    private static Optional<Trigger> secondAction(
            String s, Context context, Sentence sentence, List<Trigger> triggers) {
        if (context.in(sentence.start(), sentence.end(), MentionKind.MINERAL).isEmpty()) {
            return Optional.empty();
        }
        Matcher m = ACTION_FRAME.matcher(s);
        while (m.find()) {
            int at = m.start();
            int end = m.end();
            if (hedged(s, at)
                    || triggers.stream().anyMatch(t -> t.start() < end && t.end() > at)
                    || !ownAction(context, sentence, at, triggers)
                    || sameKind(s, clause(context, sentence, at), triggers)) {
                continue;
            }
            return Optional.of(new Trigger(
                    EventType.OTHER, at, end, "other: second action " + m.group(), actionKind(m.group()), true));
        }
        return Optional.empty();
    }

    /**
     * Whether a clause names an action of a type the sentence's triggers read already ("and on July 30 the President
     * imposed a 50% tariff on imports of copper" beside an anti-dumping duty): a second action of the same type is a
     * coordinated object of the first ({@link #coordinatedObjects}), not an {@code other} action.
     */
    private static boolean sameKind(String s, int[] window, List<Trigger> triggers) {
        String clause = s.substring(window[0], window[1]);
        for (Trigger t : triggers) {
            for (Pattern p : KIND_PATTERNS.getOrDefault(t.type(), List.of())) {
                if (p.matcher(clause).find()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether the phrase at {@code at} stands in a clause of its own ({@link #clause}) that holds none of the sentence's
     * triggers and names a mineral.
     */
    private static boolean ownAction(Context context, Sentence sentence, int at, List<Trigger> triggers) {
        int[] window = clause(context, sentence, at);
        if (window[0] == 0 && window[1] == sentence.text().length()) {
            return false; // the sentence is one clause: the phrase shares it with the other triggers
        }
        boolean alone = triggers.stream()
                .noneMatch(t -> t.start() < window[1]
                        && t.end() > window[0]
                        && !t.rule().startsWith("classifier"));
        return alone
                && !context.minerals(sentence.start() + window[0], sentence.start() + window[1])
                        .isEmpty();
    }

    /**
     * A verb whose object is determined by "no" ("has issued no new rule on exports", "approved no further permits"):
     * nothing was done, so the general frame reads no action there (round 24b).
     */
    private static final Pattern NOTHING_DONE = Pattern.compile("[\\w-]+\\s+no\\s", FLAGS);

    /**
     * The general {@code other} frame ({@link #ACTION_FRAME}) of a sentence no specific trigger read: an actor's
     * decision on an instrument, with a mineral named in the same clause (a critical-mineral object); weak, so the
     * classifier may veto it and speculation drops it.
     */
    private static Optional<Trigger> actionFrame(String s, Context context, Sentence sentence) {
        boolean lent = context.lends(sentence);
        if (context.in(sentence.start(), sentence.end(), MentionKind.MINERAL).isEmpty() && !lent) {
            return Optional.empty();
        }
        Matcher m = ACTION_FRAME.matcher(s);
        while (m.find()) {
            if (hedged(s, m.start()) || NOTHING_DONE.matcher(m.group()).lookingAt()) {
                continue;
            }
            int[] window = clause(context, sentence, m.start());
            if (lent
                    || !context.minerals(sentence.start() + window[0], sentence.start() + window[1])
                            .isEmpty()) {
                return Optional.of(new Trigger(
                        EventType.OTHER,
                        m.start(),
                        m.end(),
                        "other: action " + m.group(),
                        actionKind(m.group()),
                        true));
            }
        }
        return Optional.empty();
    }

    /**
     * @return whether events of the type are a state's acts, which a mineral context may complete (export measures and
     *     duties have readings of their own for a mineral told before; round 26b found the context adds more false
     *     ones than right ones there)
     */
    private static boolean measure(EventType type) {
        return type == EventType.OTHER || type == EventType.LIST_UPDATE;
    }

    /**
     * A state's act read as one frame ({@link StateFrame}) is read where no other reading read its sentence: when another
     * reading read an act of its type on one of its minerals in the same article, the frame is most often that act told
     * again in other words ("the royalty hike adds to pressure" after the royalty raised; "the first mining lease for
     * lithium granted in Ghana" after the lease granted), which the restatement merge cannot join when the two tell
     * other parties. Two passes over the article's frames: the types and minerals the other readings read, then the
     * frames kept.
     */
    private List<Draft> readOnce(List<Draft> drafts) {
        if (!settings.stateFrame) {
            return drafts;
        }
        Set<String> read = new HashSet<>();
        for (Draft d : drafts) {
            if (!d.rule.startsWith(StateFrame.RULE)) {
                d.minerals.forEach(m -> read.add(d.type + "|" + m));
            }
        }
        return drafts.stream()
                .filter(d -> !d.rule.startsWith(StateFrame.RULE)
                        || d.minerals.stream().noneMatch(m -> read.contains(d.type + "|" + m)))
                .toList();
    }

    /**
     * A company's commercial commitments read as frames ({@link CommerceFrame}, round 29a): goods taken or given in a
     * stated quantity or share of output (an offtake), a venture formed or an entity held jointly (a joint venture), each
     * told as made, not hedged, not a purpose of a fund nor signing told as what it would do ({@link DealVerb}), of a type
     * no reading of the sentence read strongly (a venture told as formed stands in for a weak reading of its noun). The
     * parties, minerals and amount are the extractor's, as for every deal.
     */
    private static List<Trigger> commerceFrames(String s, List<Trigger> read) {
        List<Trigger> out = new ArrayList<>();
        for (CommerceFrame.Frame f : CommerceFrame.find(s)) {
            EventType type = f.type();
            if (!f.done()
                    || hedged(s, f.start())
                    || purpose(s, f.start())
                    || DealVerb.signingNotTold(s, f.start())
                    || read.stream()
                            .anyMatch(t -> (t.type() == type && t.strong())
                                    || (t.type() != type && t.start() < f.end() && f.start() < t.end()))) {
                continue;
            }
            out.add(new Trigger(
                    type, f.start(), f.end(), CommerceFrame.rule(f, s.substring(f.start(), f.end())), "", true));
        }
        return out;
    }

    /**
     * A state's act read as one frame ({@link StateFrame}, round 28a) in a sentence no other reading read: a decision
     * predicate on an instrument, told as done and not hedged, in a sentence that names a state actor (a country, a
     * government organisation or a state body's noun), with the act's mineral in its clause,
     * lent by the sentences around it (an {@code other} act or a list), or, for a list, the list's own critical minerals.
     * Its type is the frame's table's ({@link StateFrame#type}).
     */
    private Optional<Trigger> stateFrame(String s, Context context, Sentence sentence) {
        Optional<StateFrame.Frame> found = StateFrame.find(s);
        if (found.isEmpty() || !found.get().done()) {
            return Optional.empty();
        }
        StateFrame.Frame f = found.get();
        EventType type = f.type().orElse(null);
        if (type == null) {
            return Optional.empty();
        }
        int[] window = clause(context, sentence, f.start());
        String clause = s.substring(window[0], window[1]);
        if (NOT_MINERAL_PRODUCT.matcher(clause).find()) {
            return Optional.empty();
        }
        boolean minerals = type == EventType.TARIFF
                // a duty's good is told in its complement ("a 25% duty on graphite anodes"), not anywhere in its clause
                ? !context.minerals(
                                sentence.start() + f.start(),
                                Math.min(sentence.end(), sentence.start() + f.end() + StateFrame.COMPLEMENT))
                        .isEmpty()
                : !context.minerals(sentence.start() + window[0], sentence.start() + window[1])
                        .isEmpty();
        boolean lent = measure(type) && context.lends(sentence);
        if (!minerals && !lent && f.instrument() != StateFrame.Instrument.LIST) {
            return Optional.empty();
        }
        if (f.instrument() == StateFrame.Instrument.LICENCE
                && f.decision() == StateFrame.Decision.MAKE
                && !StateFrame.specificLicence(s, f)) {
            return Optional.empty(); // "licences were granted, but slowly": routine administration of a regime
        }
        boolean actor = !context.in(sentence.start(), sentence.end(), MentionKind.COUNTRY)
                        .isEmpty()
                || context.in(sentence.start(), sentence.end(), MentionKind.ORGANISATION).stream()
                        .anyMatch(this::governmental)
                || StateFrame.STATE_BODY.matcher(s).find();
        if (!actor) {
            return Optional.empty();
        }
        return Optional.of(new Trigger(
                type,
                f.start(),
                f.end(),
                StateFrame.rule(f, s.substring(f.start(), f.end())),
                // the noun other readings give an act of its type, so a restatement read by them merges with it
                type == EventType.OTHER ? actionKind(s.substring(f.start(), f.end())) : "",
                true));
    }

    /**
     * A court's or judge's decision ({@link CourtActs}, round 34a) in a sentence no other reading read, kept as a state
     * frame is: its clause names no product outside minerals, and names a mineral or is lent one by its neighbours.
     */
    private static Optional<Trigger> courtAct(String s, Context context, Sentence sentence) {
        Optional<CourtActs.Act> found = CourtActs.find(s);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        CourtActs.Act a = found.get();
        int[] window = clause(context, sentence, a.end() - 1);
        if (NOT_MINERAL_PRODUCT.matcher(s.substring(window[0], window[1])).find()
                || (context.minerals(sentence.start() + window[0], sentence.start() + window[1])
                                .isEmpty()
                        && !context.lends(sentence))) {
            return Optional.empty();
        }
        return Optional.of(new Trigger(
                EventType.OTHER, a.start(), a.end(), CourtActs.RULE + s.substring(a.start(), a.end()), "", true));
    }

    /**
     * An act on an instrument of mining ({@link ActFrames}, round 21b) in a sentence no specific trigger and no general
     * frame read: kept when its clause names a mineral, or when the act's own words make it a mineral instrument (a
     * mining lease, a licence to explore the seabed for minerals), whose minerals the sentences around it lend.
     */
    private static Optional<Trigger> actFrame(String s, Context context, Sentence sentence) {
        return keptAct(ActFrames.find(s), s, context, sentence);
    }

    /**
     * An act found in a sentence, kept as an {@code other} trigger unless hedged, when its clause names a mineral or its
     * words make it a mineral instrument.
     */
    private static Optional<Trigger> keptAct(
            Optional<ActFrames.Act> found, String s, Context context, Sentence sentence) {
        Optional<ActFrames.Act> act = found.filter(a -> !hedged(s, a.start()));
        if (act.isEmpty()) {
            return Optional.empty();
        }
        ActFrames.Act a = act.get();
        int[] window = clause(context, sentence, a.start());
        boolean minerals = !context.minerals(sentence.start() + window[0], sentence.start() + window[1])
                .isEmpty();
        if (!minerals && !a.mineralInstrument() && !lendsInstrument(context, sentence, s, a)) {
            return Optional.empty();
        }
        if (a.kind().equals(ActFrames.PROJECT_KIND)
                && context.in(sentence.start(), sentence.start() + a.start(), MentionKind.COUNTRY)
                        .isEmpty()
                && !ActFrames.STATE_SUBJECT.matcher(s.substring(0, a.start())).find()) {
            return Optional.empty(); // "the board approved the lithium project": a company's decision, no state's act
        }
        return Optional.of(new Trigger(
                EventType.OTHER, a.start(), a.end(), ACT_RULE + s.substring(a.start(), a.end()), a.kind(), true));
    }

    /**
     * Whether the context lends its minerals to an act on an instrument that is no mining one (round 26b): not when the
     * instrument names its own object right after it ("the building permits for the new stadium").
     */
    private static boolean lendsInstrument(Context context, Sentence sentence, String s, ActFrames.Act a) {
        return context.lends(sentence)
                && !OWN_OBJECT.matcher(s).region(a.end(), s.length()).lookingAt();
    }

    /** An instrument's object told right after it: "for the new stadium", "for a housing estate". */
    private static final Pattern OWN_OBJECT = Pattern.compile("\\s+for\\s+(?:the|a|an)\\s", FLAGS);

    /**
     * A state's act on trade or supply ({@link StateActs}, round 23b), kept unless hedged when its clause names a mineral
     * or its kind may take the minerals of the sentences around it: it replaces the sentence's triggers of the types its
     * kind stands in for (a tariff declined, a call's ceiling read as an investment), and a trade dispute also the export
     * measures told after it (the measure disputed, "to rule on China's export restrictions").
     */
    private static void stateAct(String s, Context context, Sentence sentence, List<Trigger> out) {
        Optional<StateActs.Act> found = StateActs.find(s).filter(a -> !hedged(s, a.start()));
        if (found.isEmpty()) {
            return;
        }
        StateActs.Act a = found.get();
        int[] window = clause(context, sentence, a.start());
        if (context.minerals(sentence.start() + window[0], sentence.start() + window[1])
                        .isEmpty()
                && context.minerals(
                                sentence.start() + a.start(),
                                Math.min(sentence.end(), sentence.start() + a.end() + StateActs.COMPLEMENT))
                        .isEmpty()
                && (!a.kind().borrowsMinerals() || StateActs.objectTold(s, a))
                && !context.lends(sentence)) {
            return; // a call to buy no mineral, an investigation into imports of another good
        }
        if (StateActs.complainantAfter(a)
                && (StateActs.petitioner(s, a)
                        || context.in(
                                        sentence.start() + a.end() - 1,
                                        Math.min(sentence.end(), sentence.start() + a.end() + StateActs.COMPLAINANT),
                                        MentionKind.COUNTRY)
                                .isEmpty())) {
            return; // "the case was brought by the American ... Producers": a petition, not a state's complaint
        }
        out.removeIf(t -> a.kind().replaces(t.type())
                || (a.kind() == StateActs.Kind.DISPUTE
                        && t.type() == EventType.EXPORT_CONTROL
                        && t.start() >= a.start()));
        out.add(new Trigger(
                EventType.OTHER,
                a.start(),
                a.end(),
                StateActs.rule(a.kind(), s.substring(a.start(), a.end())),
                StateActs.noun(a, s),
                true));
        out.sort(Comparator.comparingInt(Trigger::start));
    }

    /**
     * An instrument told first and its act after it, dated ({@link ActFrames#trailing}, round 22b), in a sentence no
     * specific trigger read: kept as an act on a mining instrument is ({@link #actFrame}), when its clause names a
     * mineral or its words name mining or minerals.
     */
    private static Optional<Trigger> trailingAct(String s, Context context, Sentence sentence) {
        return keptAct(ActFrames.trailing(s), s, context, sentence);
    }

    /**
     * The kind of instrument an {@code other} trigger names (the first {@code action-object} entry that finds in it),
     * so actions on different instruments (a reserve and a quota; a mission and a law) are never merged as one.
     */
    private static String actionKind(String phrase) {
        for (int i = 0; i < ACTION_OBJECTS.size(); i++) {
            if (ACTION_OBJECTS.get(i).matcher(phrase).find()) {
                return "kind " + i;
            }
        }
        return "";
    }

    /**
     * The original measure named inside a suspension, after the suspending verb: "its December 2024 ban", "the measures
     * announced on October 9", "the controls it imposed".
     */
    private static Optional<int[]> background(String s, int after) {
        for (Pattern p : List.of(DATED_MEASURE, PARTICIPLE_BACKGROUND, IMPOSED_BACKGROUND)) {
            Matcher m = p.matcher(s);
            if (m.find(after)) {
                return Optional.of(new int[] {m.start(), m.end()});
            }
        }
        return Optional.empty();
    }

    /**
     * Measures told with a licence, a rule or a passive ban ("MOFCOM placed seven rare earths under licence", "announced
     * licence requirements for graphite", "exports of gallium would need licences", "tightened export rules on
     * graphite", "the export of nickel ore was banned"): an export control where the phrase's clause names a mineral of
     * its own and a clause or list boundary separates it from every other export-control trigger of the sentence (a
     * second measure told beside the first, "required licences for graphite in 2023, and again when Beijing tightened
     * rules on anode material"). The mineral of its own keeps out licences for chips or tools told beside a mineral.
     */
    private static void licenceFrames(
            String s, Context context, Sentence sentence, Set<String> stems, List<Trigger> out) {
        Matcher m = guarded(LICENCE_FRAME, stems, s);
        boolean added = false;
        while (m.find()) {
            int at = m.start();
            int end = m.end();
            boolean apart = out.stream()
                    .filter(t -> t.type() == EventType.EXPORT_CONTROL)
                    .allMatch(t -> t.end() <= at
                            ? s.substring(t.end(), at).transform(WHOLE_4::test)
                            : t.start() >= end && s.substring(end, t.start()).transform(WHOLE_4::test));
            if (!apart || hedged(s, at)) {
                continue;
            }
            int[] window = clause(context, sentence, at);
            if (context.minerals(sentence.start() + window[0], sentence.start() + window[1])
                    .isEmpty()) {
                continue;
            }
            out.add(new Trigger(
                    EventType.EXPORT_CONTROL, at, end, "export control: licence frame " + m.group(), "", true));
            added = true;
        }
        if (added) {
            out.sort(Comparator.comparingInt(Trigger::start));
        }
    }

    /** "it" or "them" right after a suspending verb. */
    private static final Pattern PRONOUN_OBJECT = Pattern.compile("\\s+(?:it|them)\\b");
    /** The same after a quantifier ("then suspended most of them"; round 19b). */
    private static final Pattern QUANTIFIED_PRONOUN_OBJECT =
            Pattern.compile("\\s+(?:(?:most|all|some|many|part|much|several|both|each|one|two) of\\s+)?(?:it|them)\\b");

    /**
     * A suspension whose object is a pronoun standing for a measure told before it in its sentence ("tightened rules on
     * anode material in October 2025 before suspending them a month later", "before agreeing to pause them", since round
     * 19b also "then suspended most of them"): the measure and its suspension are two events.
     */
    private static boolean pronounSuspension(String s, int at, String after, Set<String> stems, boolean quantified) {
        if (!(quantified ? QUANTIFIED_PRONOUN_OBJECT : PRONOUN_OBJECT)
                .matcher(after)
                .lookingAt()) {
            return false;
        }
        String before = s.substring(0, at);
        return guarded(EXPORT_CONTROL, stems, before).find()
                || guarded(LICENCE_FRAME, stems, before).find();
    }

    /** A ban on something other than exports: "Greenland's 2021 ban on uranium mining" is no export control. */
    private static final Pattern NOT_EXPORT_OBJECT = Pattern.compile(
            "\\s+on\\s+(?:(?!exports?\\b)[\\w-]+\\s+){0,3}?(?:mining|production|output|imports?|exploration)\\b");

    /** A later clause: ", although the ban has been suspended", "; the ban was lifted". */
    private static final Pattern LATER_CLAUSE =
            Pattern.compile("[;:]\\s|,\\s+(?:although|though|but|while|whereas|and|before|until|which)\\s");

    /**
     * The measure a sentence tells before its suspension, in an earlier clause ("Beijing banned exports of gallium on
     * Dec. 3, 2024, although the ban has been suspended since November"): the original action is an event of its own,
     * kept apart from the suspension that follows it.
     */
    private static Optional<Trigger> earlierMeasure(String s, int suspensionAt) {
        // the last clause boundary before the suspension (one pass), then the first unhedged measure before it
        int boundary = -1;
        Matcher clause = LATER_CLAUSE.matcher(s).region(0, suspensionAt);
        while (clause.find()) {
            boundary = clause.start();
        }
        Matcher m = EXPORT_CONTROL.matcher(s).region(0, Math.max(0, boundary));
        while (boundary > 0 && m.find()) {
            if (!hedged(s, m.start())) {
                return Optional.of(new Trigger(
                        EventType.EXPORT_CONTROL, m.start(), m.end(), "export control: " + m.group(), "", true));
            }
        }
        return Optional.empty();
    }

    /** The trigger patterns and the family of stems each starts with ({@link TriggerWords}). */
    static final Map<Pattern, Set<String>> TRIGGER_PATTERNS = Map.ofEntries(
            Map.entry(EXPORT_CONTROL, TriggerWords.MEASURE),
            Map.entry(LICENCE_FRAME, TriggerWords.MEASURE),
            Map.entry(SUSPENDED_OBJECT, TriggerWords.MEASURE),
            Map.entry(FOLLOW_UP_MEASURE, TriggerWords.MEASURE),
            Map.entry(PRODUCTION_QUOTA, TriggerWords.MEASURE),
            Map.entry(TARIFF, TriggerWords.TARIFF),
            Map.entry(DutyFrames.NOUN, TriggerWords.TARIFF),
            Map.entry(LIST_UPDATE, TriggerWords.LIST),
            Map.entry(JOINT_VENTURE, TriggerWords.DEAL),
            Map.entry(OFFTAKE, TriggerWords.DEAL),
            Map.entry(INVESTMENT, TriggerWords.DEAL),
            Map.entry(INVESTMENT_NOUN, TriggerWords.DEAL),
            Map.entry(AGREED_TO, TriggerWords.DEAL),
            Map.entry(AGREEMENT_NOUN, TriggerWords.DEAL),
            Map.entry(OTHER, TriggerWords.OTHER),
            Map.entry(ActFrames.ACTIVE, TriggerWords.ACT),
            Map.entry(ActFrames.PASSIVE, TriggerWords.ACT));

    private static final Pattern NEVER = Pattern.compile("(?!)");
    /** The specific patterns of each event type, for {@link #sameKind}. */
    private static final Map<EventType, List<Pattern>> KIND_PATTERNS = Map.of(
            EventType.EXPORT_CONTROL, List.of(EXPORT_CONTROL, LICENCE_FRAME),
            EventType.EXPORT_CONTROL_SUSPENSION, List.of(SUSPENSION),
            EventType.TARIFF, List.of(TARIFF),
            EventType.LIST_UPDATE, List.of(LIST_UPDATE),
            EventType.JOINT_VENTURE, List.of(JOINT_VENTURE),
            EventType.OFFTAKE, List.of(OFFTAKE),
            EventType.INVESTMENT, List.of(INVESTMENT),
            EventType.AGREEMENT, List.of(AGREEMENT_NOUN),
            EventType.OTHER, List.of(OTHER));

    private static final Pattern RESERVE = VOCABULARY.pattern("reserve");
    /** "Signing MoUs is the easy part": an action as the subject of a general remark, not an action taken. */
    private static final Pattern GERUND_SUBJECT = Pattern.compile(
            "^\\W*(?:Signing|Buying|Selling|Investing|Imposing|Banning|Lifting|Building|Securing|Getting|Making|Striking)"
                    + "\\s+(?:\\S+\\s+){0,4}?(?:is|are|was|were|would be|will be)\\b");

    /**
     * A matcher of a trigger pattern over the sentence, or one that finds nothing when the sentence has no stem of the
     * pattern's family (the pattern cannot match it).
     */
    /**
     * A participle or relative clause right after a comma (", requiring licences for all shipments", ", which covers
     * shipments to the US") that names no mineral of its own describes the measure before it; it is no second measure.
     * A finite verb (", required licences for graphite") or a mineral of its own ("..., requiring licences for
     * graphite") still starts one.
     */
    private static boolean elaboration(Context context, Sentence sentence, int at) {
        String s = sentence.text();
        Matcher lead = PARTICIPLE_LEAD.matcher(s.substring(Math.max(0, at - 12), at));
        if (!lead.find()
                || (lead.group(1) == null
                        && !PARTICIPLE.matcher(s).region(at, s.length()).lookingAt())) {
            return false;
        }
        Matcher next = CLAUSE_BREAK.matcher(s);
        int end = next.find(at) ? next.start() : s.length();
        int semicolon = s.indexOf(';', at);
        if (semicolon >= 0) {
            end = Math.min(end, semicolon);
        }
        return context.in(sentence.start() + at, sentence.start() + end, MentionKind.MINERAL)
                .isEmpty();
    }

    private static Matcher guarded(Pattern pattern, Set<String> stems, String s) {
        Pattern suspensionGuard = pattern == SUSPENSION ? SUSPENDED_OBJECT : pattern;
        return TriggerWords.any(stems, Objects.requireNonNull(TRIGGER_PATTERNS.get(suspensionGuard)))
                ? pattern.matcher(s)
                : NEVER.matcher("");
    }

    /** The rule of a joint venture read from two holders' shares that make the whole ({@link MoneyFrames#sharedOwnership}). */
    static final String SHARED_OWNERSHIP_RULE = "joint venture: two holders' shares of one entity";

    /** The rule of an investment read from an amount coordinated after another's ({@link MoneyFrames#coordinatedAmounts}). */
    static final String OWN_AMOUNT_RULE = "investment: an amount of its own, ";

    /**
     * Adds to a sentence's investment phrases the amounts coordinated after each one's own amount, each with its own
     * object and no verb (round 25c, {@link MoneyFrames#coordinatedAmounts}): "put up to C$7 million into one project
     * and C$9.1 million into another". An amount whose conjunct holds an investment phrase already ("and a $1.3
     * billion loan") is left to that phrase.
     *
     * @return the phrases and the coordinated amounts, in order of their start
     */
    private static List<int[]> withCoordinatedAmounts(Context context, Sentence sentence, List<int[]> investments) {
        String s = sentence.text();
        List<int[]> amounts = new ArrayList<>();
        for (Mention m : context.in(sentence.start(), sentence.end(), MentionKind.MONEY)) {
            amounts.add(new int[] {m.start() - sentence.start(), m.end() - sentence.start()});
        }
        List<int[]> out = new ArrayList<>(investments);
        Set<Integer> added = new HashSet<>();
        // each amount is read by one run at most: a phrase whose amount an earlier run reached starts none, so the
        // work stays linear in the sentence's amounts and phrases
        int reached = -1;
        int next = 0;
        for (int[] span : investments) {
            Mention own = amountOf(context, sentence, span);
            if (own == null || own.start() - sentence.start() < reached) {
                continue;
            }
            int[] first = {own.start() - sentence.start(), own.end() - sentence.start()};
            int from = 0;
            int to = amounts.size();
            while (from < to) {
                int mid = (from + to) >>> 1;
                if (amounts.get(mid)[0] < first[1]) {
                    from = mid + 1;
                } else {
                    to = mid;
                }
            }
            List<int[]> coordinated = MoneyFrames.coordinatedAmounts(s, first, amounts.subList(from, amounts.size()));
            for (int i = 0; i < coordinated.size(); i++) {
                int[] amount = coordinated.get(i);
                int conjunctEnd = i + 1 < coordinated.size() ? coordinated.get(i + 1)[0] : s.length();
                while (next < investments.size() && investments.get(next)[0] < amount[0]) {
                    next++;
                }
                boolean phrased = next < investments.size() && investments.get(next)[0] < conjunctEnd;
                if (!phrased && added.add(amount[0])) {
                    out.add(new int[] {amount[0], amount[1], 1});
                }
                reached = amount[1];
            }
        }
        out.sort(Comparator.comparingInt(x -> x[0]));
        return out;
    }

    /**
     * Whether {@code amount}, found after an investment phrase across a coordinator ({@code coordinator}), is the amount
     * that the sentence's next phrase after it names right before it ("in exchange for a 10% stake and a $1.3 billion
     * loan": the $1.3 billion is the loan's, not the stake's). The next phrase is found by binary search over the
     * phrases, which are in order of their start, so a sentence's phrases cost no more than their number's logarithm
     * each.
     */
    private static boolean headsLaterPhrase(
            Context context, Sentence sentence, int[] span, @Nullable Mention amount, List<int[]> investments) {
        if (amount == null
                || amount.start() < sentence.start() + span[1]
                || !COORDINATOR
                        .matcher(context.text().substring(sentence.start() + span[1], amount.start()))
                        .find()) {
            return false;
        }
        int amountEnd = amount.end() - sentence.start();
        int from = 0;
        int to = investments.size();
        while (from < to) {
            int mid = (from + to) >>> 1;
            if (investments.get(mid)[0] < amountEnd) {
                from = mid + 1;
            } else {
                to = mid;
            }
        }
        if (from == investments.size()) {
            return false;
        }
        int[] next = investments.get(from);
        return next.length == 2 && amount.equals(amountBefore(context, sentence, next));
    }

    /**
     * The amount an investment phrase names: right before it ("a $150 million loan"), or before the name it heads ("a
     * C$2 billion Critical Minerals Sovereign Fund"), else the first after it.
     */
    private static @Nullable Mention amountOf(Context context, Sentence sentence, int[] span) {
        Mention before = amountBefore(context, sentence, span);
        if (before != null) {
            return before;
        }
        List<Mention> after = context.in(sentence.start() + span[0], sentence.end(), MentionKind.MONEY);
        return after.isEmpty() ? null : after.get(0);
    }

    /** The amount right before an investment phrase or before the name it heads, or null. */
    private static @Nullable Mention amountBefore(Context context, Sentence sentence, int[] span) {
        int at = sentence.start() + span[0];
        int name = sentence.start() + MoneyFrames.nameStart(sentence.text(), span[0]);
        for (Mention m :
                context.in(Math.max(sentence.start(), name - 30), at + (span[1] - span[0]), MentionKind.MONEY)) {
            if (m.end() <= at + (span[1] - span[0])
                    && !context.text().substring(m.end(), Math.max(m.end(), at)).contains(",")) {
                return m;
            }
        }
        return null;
    }

    /** @return whether no trigger found so far covers any of a span's words */
    private static boolean uncovered(List<Trigger> out, int start, int end) {
        return out.stream().noneMatch(t -> t.start() < end && t.end() > start);
    }

    /** @return a strong trigger of a reading's span, its rule the prefix and the span's words */
    private static Trigger reading(EventType type, int start, int end, String rule, String s) {
        return new Trigger(type, start, end, rule + s.substring(start, end), "", true);
    }

    /** Whether the phrase at {@code at} is hedged: a modal, a threat, an expectation or a proposal just before it. */
    /**
     * Whether the deal word at {@code at} tells what a fund or reserve is for ("a C$2-billion Fund to buy equity ... and
     * sign offtake agreements", "the Reserve, which will secure offtake"), not a deal agreed; looks 160 characters back.
     */
    private static boolean purpose(String s, int at) {
        return INSTRUMENT_PURPOSE
                .matcher(s.substring(Math.max(0, at - 160), at))
                .find();
    }

    private static boolean hedged(String s, int at) {
        return Hedges.hedged(s, at);
    }

    private static String nounClass(String noun) {
        String n = noun.toLowerCase(Locale.ROOT);
        return n.startsWith("memorand") || n.startsWith("mou") ? "mou" : "agreement";
    }

    // ---------------------------------------------------------------------------------------------------------------
    // frames

    /** Longer sentences are not classified (the encoder reads at most 256 word pieces: about 1,000 characters). */
    private static final int MAX_CLASSIFIED_CHARS = 600;

    private static final double VETO_THRESHOLD = 0.85;

    static final Set<String> RARE_EARTH_ELEMENTS = Set.of(
            "lanthanum",
            "cerium",
            "praseodymium",
            "neodymium",
            "promethium",
            "samarium",
            "europium",
            "gadolinium",
            "terbium",
            "dysprosium",
            "holmium",
            "erbium",
            "thulium",
            "ytterbium",
            "lutetium",
            "scandium",
            "yttrium");
    private static final double KEEP_WEAK_THRESHOLD = 0.15;

    private List<Draft> events(
            Context context,
            Sentence sentence,
            List<Trigger> sentenceTriggers,
            SentenceClassifier.@Nullable Prediction prediction,
            List<Draft> earlier) {
        String s = sentence.text();
        List<Draft> out = new ArrayList<>();
        List<Trigger> triggers = new ArrayList<>(sentenceTriggers);
        if (prediction != null) {
            // the classifier vetoes weak triggers in sentences it reads as out of scope ...
            triggers.removeIf(t -> !t.strong()
                    && (prediction.probability(SentenceLabel.NONE) >= VETO_THRESHOLD
                            || prediction.probability(
                                            SentenceLabel.valueOf(t.type().name()))
                                    < KEEP_WEAK_THRESHOLD));
            // ... and adds a frame for an event type no trigger found (by the additions model)
            SentenceLabel best = prediction.addition();
            double p = prediction.additionProbability(best);
            if (best != SentenceLabel.NONE
                    && frames.adds(best, p)
                    && triggers.isEmpty()
                    && !SPECULATION.matcher(s).find()) {
                EventType type = EventType.valueOf(best.name());
                triggers.add(new Trigger(
                        type, 0, 0, String.format(Locale.ROOT, "classifier: %s %.2f", best.id(), p), "", false));
            }
        }
        // ... and the frame proposer may propose one where no trigger is left (lodestone.news.frame)
        boolean speculative = prediction != null
                && triggers.isEmpty()
                && SPECULATION.matcher(s).find();
        settings.proposer
                .propose(new Reading(
                        sentence.index(),
                        sentenceTriggers.size(),
                        triggers.size(),
                        speculative,
                        prediction,
                        triggers.stream()
                                .map(t -> SentenceLabel.valueOf(t.type().name()))
                                .collect(Collectors.toSet())))
                .ifPresent(
                        p -> triggers.add(new Trigger(EventType.valueOf(p.type().name()), 0, 0, p.rule(), "", false)));
        // the windows of the frames: a trigger's clause, or its coordinated conjuncts (coordinatedObjects)
        List<Framed> framed = new ArrayList<>();
        for (Trigger trigger : triggers) {
            int[] whole = trigger.rule().startsWith("classifier")
                    ? new int[] {0, s.length()}
                    : clause(context, sentence, trigger.start());
            if (trigger.rule().endsWith("background of a suspension")) {
                whole = clause(context, sentence, 0);
            }
            // several triggers of one type in a sentence split it between them
            List<Trigger> same = triggers.stream()
                    .filter(t -> t.type() == trigger.type() && !t.rule().startsWith("classifier"))
                    .toList();
            int k = same.indexOf(trigger);
            if (same.size() > 1 && k >= 0) {
                // agreements told in clauses of their own ("Mexico, which agreed its own action plan with Washington
                // on 4 February, and Japan, which is working under the framework its leaders signed with the United
                // States") part at the clause boundary, so that each keeps its own counterparts
                if (k > 0) {
                    int[] apart = agreementsApart(s, same.get(k - 1), trigger);
                    whole[0] = Math.max(
                            whole[0],
                            apart != null
                                    ? apart[1]
                                    : splitPoint(s, same.get(k - 1).end(), trigger.start()));
                }
                if (k < same.size() - 1) {
                    int[] apart = agreementsApart(s, trigger, same.get(k + 1));
                    whole[1] = Math.min(
                            whole[1], apart != null ? apart[0] : same.get(k + 1).start());
                }
            }
            // one clause, two actions: a second object (or party) with a time of its own is a frame of its own
            List<int[]> parts = settings.coordinated
                    ? coordinatedObjects(context, sentence, trigger, whole, triggers)
                    : List.of(whole);
            for (int part = 0; part < parts.size(); part++) {
                framed.add(new Framed(trigger, parts.get(part)[0], parts.get(part)[1], part, parts.size()));
            }
        }
        for (Framed f : framed) {
            Trigger trigger = f.trigger();
            int part = f.part();
            int[] window = {f.start(), f.end()};
            int from = sentence.start() + window[0];
            int to = sentence.start() + window[1];
            Draft d = new Draft();
            d.type = trigger.type();
            d.noun = trigger.noun();
            d.sentence = sentence;
            d.triggerStart = sentence.start() + (part == 0 ? trigger.start() : window[0]);
            d.triggerEnd = sentence.start() + (part == 0 ? trigger.end() : window[0]);
            d.rule = part == 0 ? trigger.rule() : trigger.rule() + COORDINATED;
            d.strong = trigger.strong();
            for (Mention c : context.in(from, to, MentionKind.COUNTRY)) {
                if (!GENERIC_ACTORS
                                .matcher(context.text().substring(c.end(), Math.min(to, c.end() + 40)))
                                .lookingAt()
                        && !(settings.companyOrigin && companyOrigin(context, c))) {
                    d.countries.add(c.key());
                }
            }
            boolean measure = d.type == EventType.EXPORT_CONTROL
                    || d.type == EventType.EXPORT_CONTROL_SUSPENSION
                    || d.type == EventType.TARIFF
                    || StateActs.governmentOnly(d.rule);
            for (Mention org : context.in(from, to, MentionKind.ORGANISATION)) {
                // a measure is a government's: companies named in its clause (those hit by it) are not its parties
                if (!measure || governmental(org)) {
                    d.organisations.add(org);
                }
            }
            String clause = context.text().substring(from, to);
            d.clause = clause;
            // "the two sides" always refers back; "it", "its", "the company" only when the clause names no party
            boolean backReference = PAIR_REFERENCE.matcher(clause).find()
                    || (BACK_REFERENCE.matcher(clause).find()
                            && d.partyKey(gazetteer).isEmpty());
            d.partyTold = backReference
                    || !d.partyKey(gazetteer).isEmpty()
                    || !context.partyCountries(sentence.start(), sentence.end(), gazetteer)
                            .isEmpty();
            if ((backReference || d.partyKey(gazetteer).isEmpty()) && from > sentence.start()) {
                d.countries.addAll(context.partyCountries(sentence.start(), from, gazetteer));
            }
            if (settings.coordinatedAmounts
                    && d.type == EventType.INVESTMENT
                    && part == 0
                    && (trigger.rule().startsWith(OWN_AMOUNT_RULE) || MoneyFrames.opensWithAmount(s, window[0]))) {
                // an amount coordinated after another's shares its verb, and so its actor: the parties the sentence
                // names before its first investment phrase ("Canada will put C$7 million into A and C$9.1 million
                // into B"; round 25c)
                int subjectEnd = triggers.stream()
                        .filter(t -> t.type() == EventType.INVESTMENT && t.end() > t.start())
                        .mapToInt(Trigger::start)
                        .min()
                        .orElse(window[0]);
                int cut = sentence.start() + Math.min(subjectEnd, window[0]);
                for (Mention org : context.in(sentence.start(), from, MentionKind.ORGANISATION)) {
                    if (org.start() < cut && org.end() > cut) {
                        // a name the first phrase's word sits in ("... Development Finance Corporation")
                        cut = org.end();
                    }
                }
                d.countries.addAll(context.partyCountries(sentence.start(), cut, gazetteer));
            }
            if (backReference && d.organisations.isEmpty() && !measure) {
                context.before(sentence)
                        .ifPresent(prev -> d.organisations.addAll(
                                context.in(prev.start(), prev.end(), MentionKind.ORGANISATION).stream()
                                        .filter(o -> !governmental(o))
                                        .toList()));
            }
            if ((d.type == EventType.INVESTMENT || d.type == EventType.OFFTAKE || d.type == EventType.JOINT_VENTURE)
                    && d.organisations.stream().allMatch(this::governmental)
                    && (BULLET.matcher(s).lookingAt()
                            || COMPANY_REFERENCE.matcher(clause).find())) {
                // "- Equity: DoD will purchase $400 million of preferred stock" under a lead-in naming the company, or
                // "the Company", "the miner": the company told before, up to six sentences back
                Optional<Sentence> prev = context.before(sentence);
                for (int back = 0; back < 6 && prev.isPresent(); back++) {
                    List<Mention> companies =
                            context.in(prev.get().start(), prev.get().end(), MentionKind.ORGANISATION).stream()
                                    .filter(o -> !governmental(o))
                                    .toList();
                    if (!companies.isEmpty()) {
                        d.organisations.add(companies.get(0));
                        break;
                    }
                    prev = context.before(prev.get());
                }
            }
            if (StateActs.dispute(d.rule)
                    && context.partyCountries(sentence.start(), d.triggerStart, gazetteer)
                            .isEmpty()
                    && context.partyCountries(d.triggerStart, to, gazetteer).size() < 2) {
                // "the three governments filed requests for consultations with China": the complainants told before
                d.countries.addAll(statesBefore(context, sentence));
            }
            if (d.partyKey(gazetteer).isEmpty()
                    && (SECTION_232.matcher(clause).find()
                            || StateActs.usCommerce(d.rule, clause)
                            || (d.rule.startsWith(REMEDY_RULE)
                                    && US_COMMERCE.matcher(clause).find()))) {
                d.countries.add("US"); // Section 232 of the US Trade Expansion Act: the actor is the United States
            }
            if (d.type == EventType.OTHER
                    && d.countries.isEmpty()
                    && !d.partyKey(gazetteer).isEmpty()
                    && d.triggerStart > from
                    && STATE_BODY
                            .matcher(context.text().substring(from, d.triggerStart))
                            .find()) {
                // "The department cancelled Twin Metals' two federal leases": a state's body told by its common noun
                // acts on the company named; the state is the one told before (round 25b)
                d.countries.addAll(statesBefore(context, sentence));
            }
            if (d.partyKey(gazetteer).isEmpty()
                    && measure(d.type)
                    && !d.headline()
                    && context.lends(sentence)
                    && context.partyCountries(sentence.start(), sentence.end(), gazetteer)
                            .isEmpty()) {
                // an act told with neither its mineral nor its state ("Last year the ministry also shortened the
                // validity of the approvals"): the article's one state, when its headline and lead name one, beside
                // the state the sentences just before name (round 26b); a headline or a line without final
                // punctuation ("Opinion: the case for a price floor") tells no act of its own
                d.countries.addAll(context.leadState());
            }
            if (backReference || d.partyKey(gazetteer).isEmpty()) {
                // the actor told before: up to three sentences back
                d.countries.addAll(statesBefore(context, sentence));
                if (d.partyKey(gazetteer).isEmpty() && ownFrame(trigger)) {
                    // a duty or a list read from its structure whose sentence and the three before name no state: the
                    // state of the headline and the lead (a dateline's capital, "cut India's dependence")
                    d.countries.addAll(context.partyCountries(
                            context.sentences().get(0).start(),
                            context.sentences()
                                    .get(Math.min(2, context.sentences().size() - 1))
                                    .end(),
                            gazetteer));
                }
            }
            if (part == 0 && Coreference.stateAct(d.type)) {
                // a state act told as a frame is its actor's: the state of its subject or agent, or its body's
                // coreferent, in place of the states a back reference or a clause without a party took from before
                Optional<String> framedActor = frameActor(context, sentence, trigger);
                framedActor.ifPresent(actor -> ownActor(d, actor, context, from, to));
                if (framedActor.isEmpty() && settings.actingState) {
                    // otherwise the state that acts, read from the clause's subject (round 31): a state named as it,
                    // or, for a subject that refers back, the acting state told before; the states the clause names
                    // as the act's object or place stay beside it
                    actingState(context, sentence, trigger).ifPresent(actor -> withActor(d, actor));
                }
            }
            if (part == 0
                    && settings.actingCompany
                    && !Coreference.stateAct(d.type)
                    && trigger.end() > trigger.start()) {
                // a company's deal whose subject refers back ("In 2016 it signed", "the company said it had entered",
                // "the two companies"): the company told before acts, in place of the states taken from before
                // (round 33a)
                List<Mention> actors = actingCompanies(context, sentence, from, d.triggerStart);
                if (!actors.isEmpty()) {
                    d.countries.retainAll(context.countries(sentence.start(), sentence.end()));
                    for (int i = actors.size() - 1; i >= 0; i--) {
                        Mention actor = actors.get(i);
                        if (d.organisations.stream().noneMatch(o -> o.key().equals(actor.key()))) {
                            d.organisations.add(0, actor);
                        }
                    }
                }
            }
            d.minerals.addAll(context.minerals(from, to));
            if (d.type == EventType.LIST_UPDATE
                    && (d.rule.startsWith(LIST_COUNT_RULE)
                            || d.rule.startsWith(LIST_EDITION_RULE)
                            || d.rule.startsWith(StateFrame.RULE))) {
                // a count of critical minerals is a list of critical minerals, whatever else its clause names
                d.minerals.add("critical minerals");
            }
            if (d.type == EventType.TARIFF && settings.dutyFrames) {
                // a duty's good named by a product of a mineral: "permanent magnets" are rare earths (DutyFrames)
                d.minerals.addAll(DutyFrames.products(context.text().substring(from, to)));
            }
            if (d.minerals.isEmpty()) {
                // "Arafura Rare Earths", "Lithium Americas", "Korea Zinc": a company named for its mineral
                for (Mention org : context.in(from, to, MentionKind.ORGANISATION)) {
                    d.minerals.addAll(mineralsInName(org));
                }
            }
            d.ownMinerals = !d.minerals.isEmpty();
            d.mineralsNegated = d.minerals.size()
                    < context.in(from, to, MentionKind.MINERAL).size();
            boolean otherProduct = NOT_MINERAL_PRODUCT.matcher(clause).find();
            if (d.minerals.isEmpty() && !d.mineralsNegated && !otherProduct) {
                boolean exportMeasure =
                        d.type == EventType.EXPORT_CONTROL || d.type == EventType.EXPORT_CONTROL_SUSPENSION;
                List<String> sentenceMinerals = context.minerals(sentence.start(), sentence.end());
                List<String> listMinerals = exportMeasure ? List.of() : listLeadMinerals(context, sentence);
                if (!sentenceMinerals.isEmpty() && !ENTITY_RULE.matcher(clause).find()) {
                    d.minerals.addAll(sentenceMinerals);
                } else if (exportMeasure && !ENTITY_RULE.matcher(clause).find()) {
                    context.before(sentence)
                            .ifPresent(prev -> d.minerals.addAll(context.minerals(prev.start(), prev.end())));
                    if (d.minerals.isEmpty()) {
                        recent(earlier, sentence, 5, EventType.EXPORT_CONTROL, EventType.EXPORT_CONTROL_SUSPENSION)
                                .ifPresent(e -> d.minerals.addAll(e.minerals));
                    }
                    if (d.minerals.isEmpty() && DEFINITE_MEASURE.matcher(clause).find()) {
                        // "the relevant export control measures announced on October 9" in a story about one mineral
                        d.minerals.addAll(context.mainMinerals());
                    }
                } else if (!exportMeasure && !listMinerals.isEmpty()) {
                    // a component on a list item ("- Loan: US EXIM approved up to $10 billion") is about what the
                    // list's lead-in, or an earlier item, names
                    d.minerals.addAll(listMinerals);
                } else if (!exportMeasure && PROJECT_WORD.matcher(clause).find()) {
                    d.minerals.addAll(context.mainMinerals());
                } else if (!exportMeasure) {
                    Optional<Sentence> next = context.after(sentence)
                            .filter(n -> CONTINUATION.matcher(n.text()).find()
                                    || n.text().transform(WHOLE_10::test));
                    Optional<Draft> anyRecent = recent(earlier, sentence, 3, d.type, d.type);
                    Optional<Draft> recent = anyRecent.filter(r -> sameRecipient(d, r));
                    Optional<Draft> sibling = out.stream()
                            .filter(o -> o.type == d.type && !o.minerals.isEmpty())
                            .reduce((first, second) -> second);
                    Optional<Sentence> before =
                            context.before(sentence).filter(prev -> namesRecipient(context, d, prev));
                    if (next.isPresent()
                            && !context.minerals(next.get().start(), next.get().end())
                                    .isEmpty()) {
                        d.minerals.addAll(
                                context.minerals(next.get().start(), next.get().end()));
                    } else if (sibling.isPresent()) {
                        // "took $50 million of equity in X, alongside a $620 million loan": one story in one sentence
                        d.minerals.addAll(sibling.get().minerals);
                    } else if (recent.isPresent() && !recent.get().minerals.isEmpty()) {
                        d.minerals.addAll(recent.get().minerals);
                    } else if (before.isPresent()) {
                        d.minerals.addAll(context.minerals(
                                before.get().start(), before.get().end()));
                    } else {
                        // a deal with a company the sentences around it do not name: what the article tells of that
                        // company elsewhere, else the story's mineral, else (as for any deal) the neighbour's
                        d.minerals.addAll(recipientMinerals(context, d));
                        List<String> neighbour = anyRecent
                                .filter(r -> !r.minerals.isEmpty())
                                .map(r -> List.copyOf(r.minerals))
                                .or(() -> context.before(sentence)
                                        .map(prev -> context.minerals(prev.start(), prev.end())))
                                .orElse(List.of());
                        if (d.minerals.isEmpty() && !neighbour.isEmpty()) {
                            d.minerals.addAll(context.mainMinerals());
                        }
                        if (d.minerals.isEmpty()) {
                            d.minerals.addAll(neighbour);
                        }
                    }
                    if (d.minerals.isEmpty() && d.strong) {
                        // a deal told without its mineral in a story about one: "DoD has agreed to buy 100% of the
                        // magnets" in a piece on rare earths
                        d.minerals.addAll(context.mainMinerals());
                    }
                }
            }
            if (d.minerals.isEmpty() && !d.mineralsNegated && !otherProduct && measure(d.type)) {
                // an act whose sentence names no mineral: its paragraph's neighbour's or the article's subject (round
                // 26b)
                context.lent(sentence).ifPresent(found -> d.minerals.addAll(found.minerals()));
            }
            if (d.type == EventType.INVESTMENT
                    && d.minerals.equals(Set.of("critical minerals"))
                    && PROGRAMME_NAME.matcher(clause).find()) {
                // "up to A$200 million ... under the Critical Minerals Facility" for a project named in the list's
                // lead-in or the story: the programme's name says where the money comes from, not what it is for
                List<String> specific = new ArrayList<>(listLeadMinerals(context, sentence));
                if (specific.isEmpty() && PROJECT_WORD.matcher(clause).find()) {
                    specific.addAll(context.mainMinerals());
                }
                specific.remove("critical minerals");
                if (!specific.isEmpty()) {
                    d.minerals.clear();
                    d.minerals.addAll(specific);
                }
            }
            if (d.minerals.stream().anyMatch(RARE_EARTH_ELEMENTS::contains)) {
                Set<String> withGroup = new LinkedHashSet<>();
                withGroup.add("rare earths");
                withGroup.addAll(d.minerals);
                d.minerals.clear();
                d.minerals.addAll(withGroup);
            }
            if (d.type == EventType.INVESTMENT
                    || d.type == EventType.AGREEMENT
                    || d.type == EventType.JOINT_VENTURE
                    || d.type == EventType.OFFTAKE) {
                d.money = money(context, s, sentence.start(), from, to, d.triggerStart)
                        .orElse(null);
            } else if (d.type == EventType.OTHER) {
                d.budget = money(context, s, sentence.start(), from, to, d.triggerStart)
                        .orElse(null);
            }
            String yearText = trigger.rule().startsWith("export control: background")
                    ? s.substring(trigger.start(), Math.min(s.length(), trigger.end() + 25))
                    : clause;
            Matcher year = YEAR_WORD.matcher(yearText);
            while (year.find()) {
                if (!UNTIL.matcher(yearText.substring(Math.max(0, year.start() - 25), year.start()))
                        .find()) {
                    d.years.add(Integer.parseInt(year.group()));
                }
            }
            if (trigger.rule().startsWith("export control: background")) {
                // the original measure's own date, if its phrase gives one ("announced on October 9"), never the
                // suspension's
                // (the words after the phrase only when it ends in a preposition: "announced on", not "controls
                // expires on November 10")
                boolean open = PHRASE_PREPOSITION
                        .matcher(s.substring(trigger.start(), trigger.end()))
                        .find();
                int phraseEnd = Math.min(sentence.end(), sentence.start() + trigger.end() + (open ? 25 : 0));
                d.date = context.in(d.triggerStart, phraseEnd, MentionKind.DATE).stream()
                        .filter(x -> !x.key().isEmpty())
                        .map(x -> LocalDate.parse(x.key()))
                        .findFirst()
                        .orElse(null);
            } else if (Coreference.followUp(d)
                    && (from > sentence.start() || d.rule.startsWith(MeasureSequences.REPLACED_RULE))) {
                // "imposed on February 22 and then extended in June": a follow-up told after the measure in its
                // sentence has the day told after its verb, not the measure's
                d.date = context.in(d.triggerStart, to, MentionKind.DATE).stream()
                        .filter(x -> !x.key().isEmpty())
                        .map(x -> LocalDate.parse(x.key()))
                        .findFirst()
                        .orElse(null);
            } else if (f.parts() > 1) {
                // each conjunct is dated by its own words only ("in January 2020 and of bauxite in June")
                d.date = context.in(from, to, MentionKind.DATE).stream()
                        .filter(x -> !x.key().isEmpty())
                        .map(x -> LocalDate.parse(x.key()))
                        .findFirst()
                        .orElse(null);
            } else {
                d.date = date(context, sentence, d.triggerStart, d.type == EventType.EXPORT_CONTROL_SUSPENSION)
                        .orElse(null);
            }
            Matcher title = QUOTED_TITLE.matcher(s);
            if (d.type == EventType.AGREEMENT && title.find()) {
                d.title = title.group("title").strip();
            }
            for (Mention org : d.organisations) {
                Matcher apposition = APPOSITION.matcher(context.text()
                        .substring(org.end(), Math.min(context.text().length(), org.end() + 120)));
                if (apposition.find()) {
                    d.descriptions.add(
                            org.key() + "\t" + apposition.group("desc").strip());
                }
            }
            out.addAll(split(d, clause));
        }
        return out;
    }

    /**
     * A frame's trigger and window (offsets in its sentence): the trigger's clause, or one of its coordinated conjuncts.
     *
     * @param part which conjunct (0 for the first or only one)
     * @param parts how many conjuncts the trigger governs
     */
    private record Framed(Trigger trigger, int start, int end, int part, int parts) {}

    /** The rule suffix of the frame read from a trigger's second conjunct. */
    static final String COORDINATED = " (coordinated)";

    private static final Pattern COORDINATOR = VOCABULARY.pattern("coordinator");
    private static final Pattern CONJUNCT_LEAD = VOCABULARY.pattern("conjunct-lead");
    private static final Pattern OWN_TIME = VOCABULARY.pattern("own-time");
    /** The types whose trigger may govern two coordinated objects; a deal with several partners is split by {@link #split}. */
    private static final Set<EventType> COORDINATED_TYPES = Set.of(
            EventType.EXPORT_CONTROL,
            EventType.EXPORT_CONTROL_SUSPENSION,
            EventType.TARIFF,
            EventType.LIST_UPDATE,
            EventType.OTHER);

    /**
     * One clause, two actions: the windows of a trigger's frames. A trigger whose object is coordinated with a second
     * one ("stopped exports of nickel ore in January 2020 and of bauxite in June", "licences for gallium since August,
     * and for graphite products since Dec. 1", "banned nickel ore exports in 2020, and also bauxite in 2023") tells two
     * actions of its type when each conjunct carries a time of its own and the second names a mineral or a country the
     * first does not. The first conjunct's time follows the trigger and its own last mineral (object, then time: a
     * time told before the object, as in "On July 3 the ministry announced licences for gallium and germanium from Aug.
     * 1", dates the announcement, not one of two objects); a time that ends an action ("until", "runs out in") is none.
     * The second conjunct opens, after the coordinator ("and", "as well as", "then", ";"), with a preposition, a rate
     * ("25% on"), a mineral or a country, so it has no verb of its own (an ellipsis of the trigger), and no other
     * trigger of the sentence starts in it; it ends with the trigger's clause, or, when the coordinator is the clause's
     * end (", and also bauxite since June 2023"), with the next clause when no trigger starts there. Of several
     * coordinators the last that qualifies is taken. The first window ends at the coordinator, the second runs from it
     * to the conjunct's end; the second's actor, when it names none, is the sentence's before it, as for any frame.
     *
     * @return the trigger's window alone, or the two windows
     */
    private static List<int[]> coordinatedObjects(
            Context context, Sentence sentence, Trigger trigger, int[] window, List<Trigger> triggers) {
        String s = sentence.text();
        if (!COORDINATED_TYPES.contains(trigger.type())
                || trigger.end() <= trigger.start()
                || window[1] <= trigger.end()) {
            return List.of(window);
        }
        int next = window[1];
        if (window[1] < s.length() - 1) {
            int following = clause(context, sentence, window[1] + 1)[1];
            if (triggers.stream().noneMatch(t -> t.start() >= window[1] && t.start() < following)) {
                next = following;
            }
        }
        List<int[]> coordinators = new ArrayList<>();
        Matcher c = COORDINATOR.matcher(s).region(trigger.end(), next);
        while (c.find()) {
            if (c.start() <= window[1] && c.end() < next) {
                coordinators.add(new int[] {c.start(), c.end()});
            }
        }
        for (int i = coordinators.size() - 1; i >= 0; i--) {
            int cut = coordinators.get(i)[0];
            int open = coordinators.get(i)[1];
            int end = cut < window[1] ? window[1] : next;
            if (open >= end || triggers.stream().anyMatch(t -> t.start() >= cut && t.start() < end)) {
                continue;
            }
            int at = sentence.start() + open;
            int near = Math.min(sentence.end(), at + 40);
            boolean elliptical = CONJUNCT_LEAD.matcher(s).region(open, end).lookingAt()
                    || context.in(at, near, MentionKind.MINERAL).stream().anyMatch(x -> x.start() <= at + 4)
                    || context.in(at, near, MentionKind.COUNTRY).stream().anyMatch(x -> x.start() <= at + 4);
            if (!elliptical) {
                continue;
            }
            int firstFrom = sentence.start() + window[0];
            int firstTo = sentence.start() + cut;
            int secondTo = sentence.start() + end;
            List<String> firstMinerals = context.minerals(firstFrom, firstTo);
            List<String> secondMinerals = context.minerals(at, secondTo);
            List<String> firstCountries = context.countries(firstFrom, firstTo);
            boolean ownMineral = !secondMinerals.isEmpty() && !firstMinerals.containsAll(secondMinerals);
            boolean ownParty = context.countries(at, secondTo).stream().anyMatch(x -> !firstCountries.contains(x));
            int lastMineral = context.in(firstFrom, firstTo, MentionKind.MINERAL).stream()
                    .mapToInt(Mention::end)
                    .max()
                    .orElse(firstTo);
            int objectEnd = Math.max(lastMineral, sentence.start() + trigger.end());
            if ((ownMineral || ownParty)
                    && !firstMinerals.isEmpty()
                    && timed(context, objectEnd, firstTo)
                    && timed(context, at, secondTo)) {
                return List.of(new int[] {window[0], cut}, new int[] {cut, end});
            }
        }
        return List.of(window);
    }

    private static final Pattern EXPIRY = VOCABULARY.pattern("expiry");

    /**
     * Whether a span names a time of its own: a day, a month with its capital, or a year, not one that ends an action
     * ("until November", "runs out in November").
     */
    private static boolean timed(Context context, int from, int to) {
        String text = context.text();
        List<Integer> starts = new ArrayList<>();
        context.in(from, to, MentionKind.DATE).forEach(m -> starts.add(m.start()));
        Matcher time = OWN_TIME.matcher(text).region(from, to);
        while (time.find()) {
            starts.add(time.start());
        }
        for (int at : starts) {
            String lead = text.substring(Math.max(0, at - 25), at);
            if (!UNTIL.matcher(lead).find() && !EXPIRY.matcher(lead).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Round 34b ({@link NamedGeneric}), after the filter and coreference: an act about a project or a company whose only
     * mineral is the generic one, read from capitalised names alone, takes the project's mineral: one in its company's
     * name, else the nearest sentence that names its company, else the story's.
     */
    private void namedGeneric(Context context, List<Draft> drafts) {
        if (settings.namedGeneric == NamedGeneric.Mode.OFF) {
            return;
        }
        for (Draft d : drafts) {
            // a company (not a state, a state body or an international body such as the G7) or a project word
            boolean namesCompany = d.organisations.stream().anyMatch(this::company);
            if (!d.minerals.equals(Set.of(NamedGeneric.GENERIC))
                    || (!namesCompany && !PROJECT_WORD.matcher(d.clause).find())
                    || !NamedGeneric.onlyInNames(
                            context.text(),
                            context.in(d.sentence.start(), d.sentence.end(), MentionKind.MINERAL).stream()
                                    .filter(m -> m.key().equals(NamedGeneric.GENERIC))
                                    .toList())) {
                continue;
            }
            Set<String> specific = new LinkedHashSet<>();
            d.organisations.stream().filter(this::company).forEach(org -> specific.addAll(mineralsInName(org)));
            specific.remove(NamedGeneric.GENERIC);
            if (specific.isEmpty()) {
                specific.addAll(recipientMinerals(context, d));
                specific.remove(NamedGeneric.GENERIC);
            }
            if (specific.isEmpty()) {
                specific.addAll(context.mainMinerals());
            }
            if (specific.isEmpty()) {
                continue;
            }
            if (settings.namedGeneric == NamedGeneric.Mode.REPLACE) {
                d.minerals.clear();
            }
            if (specific.stream().anyMatch(RARE_EARTH_ELEMENTS::contains)) {
                d.minerals.add("rare earths");
            }
            d.minerals.addAll(specific);
        }
    }

    /** @return the minerals a company is named for ("Arafura Rare Earths", "Lithium Americas"), in the name's order */
    private List<String> mineralsInName(Mention org) {
        return gazetteer.minerals().find(org.surface()).stream()
                .map(inName -> gazetteer.mineralOf(inName.surface()).name())
                .toList();
    }

    /** The keys of the companies (not governments or agencies) of a frame. */
    private Set<String> recipients(Draft d) {
        Set<String> out = new TreeSet<>();
        for (Mention org : d.organisations) {
            if (!governmental(org)) {
                out.add(org.key());
            }
        }
        return out;
    }

    /**
     * Whether an earlier deal is about the same recipient as a frame: the frame names no company, or the two share one.
     * In a run of deals with different companies ("a 10% stake in Trilogy Metals" then "took equity in Vulcan
     * Elements"), one company's mineral is not the next one's.
     */
    private boolean sameRecipient(Draft d, Draft earlier) {
        Set<String> own = recipients(d);
        if (own.isEmpty()) {
            return true;
        }
        Set<String> theirs = recipients(earlier);
        return theirs.isEmpty() || !Collections.disjoint(own, theirs);
    }

    /** Whether a sentence may lend its minerals to a frame: the frame names no company, or the sentence names one of them. */
    private boolean namesRecipient(Context context, Draft d, Sentence other) {
        Set<String> own = recipients(d);
        if (own.isEmpty()) {
            return true;
        }
        return context.in(other.start(), other.end(), MentionKind.ORGANISATION).stream()
                .anyMatch(o -> own.contains(o.key()));
    }

    /** How far (in sentences, each way) a company's minerals are looked for: bounded, so the cost stays linear. */
    private static final int RECIPIENT_LOOK = 40;

    /** The minerals of the nearest other sentence (within {@link #RECIPIENT_LOOK}) that names one of the frame's companies. */
    private List<String> recipientMinerals(Context context, Draft d) {
        Set<String> own = recipients(d);
        if (own.isEmpty()) {
            return List.of();
        }
        int here = d.sentence.index();
        List<Sentence> sentences = context.sentences();
        for (int distance = 1; distance <= RECIPIENT_LOOK; distance++) {
            for (int index : new int[] {here - distance, here + distance}) {
                if (index < 0 || index >= sentences.size()) {
                    continue;
                }
                Sentence other = sentences.get(index);
                List<String> minerals = context.minerals(other.start(), other.end());
                if (!minerals.isEmpty() && namesRecipient(context, d, other)) {
                    return minerals;
                }
            }
        }
        return List.of();
    }

    /** How far after a passive frame its agent may be named, in characters ("was renewed on Monday by the ministry"). */
    private static final int AGENT_REACH = 40;

    /**
     * What may stand between a state and the act it takes as its subject: a possessive, a body's name, a time, an adverb
     * ("Malaysia's regulator renewed", "China on Friday imposed"), at most four words and no clause break, pronoun or
     * preposition of another verb's object.
     */
    private static final Pattern SUBJECT_GAP = Pattern.compile(
            "^(?:['’]s)?(?:\\s+(?!(?:its|their|it|they|to|and|or|but|with|against|for|from|as|that|which)\\b)[\\w.-]+){0,4}\\s*$",
            FLAGS);

    /** The agent of a passive: "by" and up to three words before the name ("by Malaysia's atomic energy regulator"). */
    private static final Pattern AGENT_BY = Pattern.compile("\\bby\\s+(?:the\\s+)?$", FLAGS);

    /**
     * The actor of a state's act told as a frame ({@link StateFrame}) whose words overlap the trigger: the state named as
     * the passive's agent right after it ("was renewed by Malaysia's Atomic Energy Licensing Board"), else the last state
     * named before it in its clause (its subject: "Malaysia's regulator renewed ..."), each a country or a government
     * organisation of the gazetteer, resolved to its country; else, when a state body's noun stands before it ("the
     * ministry revoked ..."), its coreferent: the state the three sentences before name, when they name one.
     *
     * @return the actor's country, or empty when the frame does not hold or names no actor
     */
    private Optional<String> frameActor(Context context, Sentence sentence, Trigger trigger) {
        String s = sentence.text();
        Optional<StateFrame.Frame> found =
                StateFrame.find(s).filter(f -> f.done() && f.start() < trigger.end() && trigger.start() < f.end());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        StateFrame.Frame f = found.get();
        int base = sentence.start();
        int reach = Math.min(sentence.end(), base + f.end() + AGENT_REACH);
        for (Mention m : statesIn(context, base + f.end(), reach)) {
            if (AGENT_BY.matcher(context.text().substring(base + f.end(), m.start()))
                    .find()) {
                return state(m);
            }
        }
        int[] window = clause(context, sentence, f.start());
        List<Mention> before = statesIn(context, base + window[0], base + f.start());
        if (!before.isEmpty()) {
            Mention subject = before.get(before.size() - 1);
            if (SUBJECT_GAP
                    .matcher(context.text().substring(subject.end(), base + f.start()))
                    .matches()) {
                return state(subject);
            }
            return Optional
                    .empty(); // a state named before but not as the act's subject ("to pressure the US, ... its")
        }
        // a state body's noun (StateFrame's list holds every noun of the definite "the ministry" pattern, STATE_BODY)
        if (StateFrame.STATE_BODY.matcher(s.substring(window[0], f.start())).find()) {
            List<String> told = statesBefore(context, sentence);
            return told.size() == 1 ? Optional.of(told.get(0)) : Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * A state named as an act's object or place rather than its actor: after a preposition ("bans exports to the
     * United States", "smelters built by investors from China", "a project in Greenland").
     */
    private static final Pattern OBJECT_BEFORE = VOCABULARY.pattern("state-object-before");

    /**
     * A passive act told without its agent ("the export of nickel ore was banned from 1 January 2020"): its state is
     * the one the text told before.
     */
    private static final Pattern AGENTLESS_PASSIVE = VOCABULARY.pattern("agentless-passive");

    /** A state's relative clause before its act: "Indonesia, which banned", "Beijing, which has forbidden". */
    private static final Pattern RELATIVE_GAP =
            Pattern.compile("^(?:['’]s)?,?\\s+(?:which|that|who)(?:\\s+[\\w'’-]+){0,3}\\s*$", FLAGS);

    /** A clause whose subject is a pronoun: "and it has used", "they banned". */
    private static final Pattern PRONOUN_SUBJECT =
            Pattern.compile("^\\W*(?:(?:and|but|while|so|then)\\s+)?(?:it|they)\\b", FLAGS);

    /** How many sentences back the acting state of a subject that refers back may be told (within the paragraph). */
    private static final int ACTOR_REACH = 3;

    /**
     * The state that acts in a state act whose frame names no actor (round 31), read from the syntax of its clause: the
     * clause's subject, the words from the clause's start to the trigger. A state named there (a country, a government
     * body of the gazetteer, a head of state) is the actor: the one right before the act ("Beijing's export controls",
     * "Indonesia, which banned"), else the first that is no preposition's object; a subject that names states only as
     * objects or places ("In Gabon, the government said") gives none. A subject that names no state but refers back (a
     * pronoun, a state body's noun, or a passive without its agent) takes the acting state told before: for a pronoun
     * the subject state of the sentence's earlier clause ("China now controls ..., and it has used that position by
     * imposing"), else the first party of the nearest of the three sentences before, within the paragraph, that names
     * one as no preposition's object ("On 4 April 2025 it added licence requirements" after a sentence whose subject is
     * China's ministry; a company there gives none), else the article's one lead state. A company subject gives none.
     *
     * @return the acting state's country code, or empty when the clause's subject neither names nor refers to a state
     */
    private Optional<String> actingState(Context context, Sentence sentence, Trigger trigger) {
        int base = sentence.start();
        int[] window = clause(context, sentence, trigger.start());
        int subjectFrom = base + window[0];
        int subjectTo = base + Math.max(window[0], trigger.start());
        List<Mention> told = statesIn(context, subjectFrom, subjectTo);
        if (!told.isEmpty()) {
            // the state right before the act ("Beijing's export controls", "Indonesia, which banned"), else the first
            // state the subject names that is no preposition's object; a state named only as an object or place ("In
            // Gabon, the government said", "pointed to Indonesia") is the subject's own setting: nothing is looked up
            Mention last = told.get(told.size() - 1);
            String gap = context.text().substring(last.end(), subjectTo);
            if (SUBJECT_GAP.matcher(gap).matches() || RELATIVE_GAP.matcher(gap).matches()) {
                return state(last);
            }
            return subjectState(context, subjectFrom, subjectTo).flatMap(this::state);
        }
        String subject = context.text().substring(subjectFrom, subjectTo);
        boolean company = context.in(subjectFrom, subjectTo, MentionKind.ORGANISATION).stream()
                .anyMatch(o -> !governmental(o));
        String act =
                context.text().substring(subjectFrom, Math.min(base + window[1], base + trigger.end() + AGENT_REACH));
        boolean refers = BACK_REFERENCE.matcher(subject).find()
                || StateFrame.STATE_BODY.matcher(subject).find()
                || AGENTLESS_PASSIVE.matcher(act).find();
        if (company || !refers) {
            return Optional.empty();
        }
        if (PRONOUN_SUBJECT.matcher(subject).lookingAt()) {
            // "China now controls ..., and it has used that position": the subject of the sentence's earlier clause
            Optional<Mention> earlier = subjectState(context, base, subjectFrom);
            if (earlier.isPresent()) {
                return state(earlier.get());
            }
        }
        for (Sentence p : beforeInParagraph(context, sentence)) {
            Optional<Mention> first = firstParty(context, p.start(), p.end());
            if (first.isPresent()) {
                return first.get().kind() == MentionKind.ORGANISATION && !governmental(first.get())
                        ? Optional.empty()
                        : state(first.get());
            }
        }
        List<String> lead = context.leadState();
        return lead.size() == 1 ? Optional.of(lead.get(0)) : Optional.empty();
    }

    /**
     * @return the sentences before one within its paragraph, nearest first, at most {@value #ACTOR_REACH}: where the
     *     actor a subject refers back to may be told ({@link #actingState}, {@link #actingCompanies})
     */
    private static List<Sentence> beforeInParagraph(Context context, Sentence sentence) {
        List<Sentence> out = new ArrayList<>(ACTOR_REACH);
        Optional<Sentence> prev = context.before(sentence);
        int next = sentence.start();
        while (out.size() < ACTOR_REACH && prev.isPresent()) {
            Sentence p = prev.get();
            if (context.text().substring(p.end(), next).contains("\n\n")) {
                break; // the paragraph's first sentence was the last: no further back
            }
            out.add(p);
            next = p.start();
            prev = context.before(p);
        }
        return out;
    }

    /** How far before a name {@link #OBJECT_BEFORE} looks for the preposition that makes it an object or place. */
    private static final int OBJECT_REACH = 30;

    /** @return the first state named between two offsets that is no preposition's object: a clause's subject state */
    private Optional<Mention> subjectState(Context context, int from, int to) {
        return firstNoObject(context, from, statesIn(context, from, to));
    }

    /**
     * @return the first party named between two offsets that is no preposition's object: a state (as {@link
     *     #subjectState}) or a company, whichever comes first
     */
    private Optional<Mention> firstParty(Context context, int from, int to) {
        List<Mention> parties = new ArrayList<>(statesIn(context, from, to));
        context.in(from, to, MentionKind.ORGANISATION).stream()
                .filter(o -> !governmental(o))
                .forEach(parties::add);
        parties.sort(Comparator.comparingInt(Mention::start));
        return firstNoObject(context, from, parties);
    }

    /**
     * @param from where the span read starts: the words before a name are read from here at the earliest
     * @param mentions names in text order
     * @return the first of them that no preposition in the {@value #OBJECT_REACH} characters before it makes an object
     *     or place
     */
    private static Optional<Mention> firstNoObject(Context context, int from, List<Mention> mentions) {
        for (Mention m : mentions) {
            String before = context.text().substring(Math.max(from, m.start() - OBJECT_REACH), m.start());
            if (!OBJECT_BEFORE.matcher(before).find()) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /** Puts the acting state first among a state act's parties, unless a party already stands for it. */
    private void withActor(Draft d, String actor) {
        if (d.partyKey(gazetteer).contains(actor)) {
            return;
        }
        List<String> others = new ArrayList<>(d.countries);
        d.countries.clear();
        d.countries.add(actor);
        d.countries.addAll(others);
    }

    /** @return the countries and government organisations named between two offsets, in text order */
    private List<Mention> statesIn(Context context, int from, int to) {
        List<Mention> out = new ArrayList<>();
        for (Mention c : context.in(from, to, MentionKind.COUNTRY)) {
            if (!GENERIC_ACTORS
                    .matcher(context.text()
                            .substring(c.end(), Math.min(context.text().length(), c.end() + 40)))
                    .lookingAt()) {
                out.add(c);
            }
        }
        context.in(from, to, MentionKind.ORGANISATION).stream()
                .filter(this::governmental)
                .forEach(out::add);
        out.sort(Comparator.comparingInt(Mention::start));
        return out;
    }

    /** @return a state mention's country: a country's code, a government organisation's country */
    private Optional<String> state(Mention m) {
        return m.kind() == MentionKind.COUNTRY
                ? Optional.of(m.key())
                : gazetteer.organisation(m.key()).flatMap(Gazetteer.Organisation::country);
    }

    /**
     * Gives a state act its frame's actor: the actor's country, then the countries its own clause names (those the act
     * is on), replace the countries read around it (a state of the sentences before, taken for a back reference or a
     * clause without a party); government organisations of another state are dropped; the companies stay.
     */
    private void ownActor(Draft d, String actor, Context context, int from, int to) {
        d.countries.clear();
        d.countries.add(actor);
        for (Mention c : statesIn(context, from, to)) {
            if (c.kind() == MentionKind.COUNTRY) {
                d.countries.add(c.key());
            }
        }
        d.organisations.removeIf(o -> governmental(o)
                && !gazetteer
                        .organisation(o.key())
                        .flatMap(Gazetteer.Organisation::country)
                        .map(actor::equals)
                        .orElse(true));
    }

    /**
     * The companies a deal's subject refers back to (round 33a, {@link ActingCompany}): none when the subject names an
     * organisation, a state (other than as a company's origin) or a state's body; else the first company of the
     * sentence's earlier clauses, or of the nearest of the {@value #ACTOR_REACH} sentences before within the paragraph,
     * that names a party as no preposition's object (two for a pair), or none when that first party is a state.
     */
    private List<Mention> actingCompanies(Context context, Sentence sentence, int from, int triggerStart) {
        if (triggerStart <= from) {
            return List.of();
        }
        String subject = context.text().substring(from, triggerStart);
        if (!context.in(from, triggerStart, MentionKind.ORGANISATION).isEmpty()
                || context.in(from, triggerStart, MentionKind.COUNTRY).stream()
                        .anyMatch(c -> !companyOrigin(context, c))
                || StateFrame.STATE_BODY.matcher(subject).find()) {
            return List.of();
        }
        int wanted = ActingCompany.refersBack(subject);
        if (wanted == 0) {
            return List.of();
        }
        // the sentence's earlier clauses, then the sentences before it within its paragraph
        List<int[]> spans = new ArrayList<>();
        spans.add(new int[] {sentence.start(), from});
        beforeInParagraph(context, sentence).forEach(p -> spans.add(new int[] {p.start(), p.end()}));
        for (int[] span : spans) {
            List<Mention> parties = new ArrayList<>();
            for (Mention c : statesIn(context, span[0], span[1])) {
                if (c.kind() != MentionKind.COUNTRY || !companyOrigin(context, c)) {
                    parties.add(c);
                }
            }
            List<Mention> companies = context.in(span[0], span[1], MentionKind.ORGANISATION).stream()
                    .filter(o -> !governmental(o))
                    .toList();
            parties.addAll(companies);
            parties.sort(Comparator.comparingInt(Mention::start));
            Optional<Mention> first = firstNoObject(context, span[0], parties);
            if (first.isPresent()
                    && ActingCompany.pronoun(
                            context.text().substring(span[0], first.get().start()))) {
                // "Syrah has sought buyers. In 2014 it signed ... with ... Asmet. In 2016 it signed ...": a sentence
                // whose own subject refers back names its company further back
                first = Optional.empty();
            }
            if (first.isPresent()) {
                if (first.get().kind() != MentionKind.ORGANISATION || governmental(first.get())) {
                    return List.of();
                }
                List<Mention> out = new ArrayList<>(List.of(first.get()));
                for (Mention c : companies) {
                    if (out.size() < wanted
                            && out.stream().noneMatch(o -> o.key().equals(c.key()))) {
                        out.add(c);
                    }
                }
                return out;
            }
        }
        return List.of();
    }

    /** Whether a country's mention names only what an organisation is (round 33a, {@link CompanyOrigin}). */
    private boolean companyOrigin(Context context, Mention country) {
        return CompanyOrigin.describesOrganisation(
                context.text(),
                country,
                at -> context.in(at, Math.min(context.text().length(), at + 200), MentionKind.ORGANISATION).stream()
                        .anyMatch(o -> o.start() == at && company(o)));
    }

    /** Whether an organisation is a company: one the gazetteer calls a company or a state miner, or one it lacks. */
    private boolean company(Mention org) {
        return gazetteer
                .organisation(org.key())
                .map(g -> g.kind().equals("company") || g.kind().equals("state-miner"))
                .orElse(true);
    }

    private boolean governmental(Mention org) {
        return gazetteer
                .organisation(org.key())
                .map(g -> g.kind().equals("government") || g.kind().equals("agency"))
                .orElse(false);
    }

    /** The latest frame of one of two types within {@code distance} sentences, looking back only that far. */
    private static Optional<Draft> recent(
            List<Draft> earlier, Sentence sentence, int distance, EventType a, EventType b) {
        for (int i = earlier.size() - 1; i >= 0; i--) {
            Draft e = earlier.get(i);
            if (sentence.index() - e.sentence.index() > distance) {
                break;
            }
            if (e.type == a || e.type == b) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /**
     * @return the first clause boundary ({@link #CLAUSE_APART}) between two agreement triggers of a sentence, as its
     *     start and end, or null when they are not agreements or no such boundary parts them
     */
    private static int @Nullable [] agreementsApart(String s, Trigger earlier, Trigger later) {
        if (earlier.type() != EventType.AGREEMENT
                || later.type() != EventType.AGREEMENT
                || earlier.end() > later.start()) {
            return null;
        }
        int from = earlier.end();
        int to = later.start();
        Matcher boundary = CLAUSE_APART.matcher(s).region(from, to);
        return boundary.find() ? new int[] {boundary.start(), boundary.end()} : null;
    }

    /**
     * Where the frame of a trigger begins when an earlier trigger of its type precedes it in the sentence: after the
     * last clause or list boundary between them (", ", " and ", "; "), so that the earlier measure's objects stay
     * with it; without a boundary, up to 25 characters before the trigger ("the graphite export ban").
     */
    private static int splitPoint(String s, int previousEnd, int triggerStart) {
        Matcher boundary = TRIGGER_BOUNDARY.matcher(s).region(previousEnd, triggerStart);
        int at = -1;
        while (boundary.find()) {
            at = boundary.end();
        }
        return at >= 0 ? at : Math.max(previousEnd, triggerStart - 25);
    }

    /**
     * "signed memorandums with Malaysia and Thailand on Sunday" or "each signed" are one agreement per partner; an
     * undated background phrase listing counterparts ("frameworks concluded with Australia, Japan, Malaysia and
     * Thailand") is one event with all parties (the labelling guideline's rule, as seed 002 does), and so is a dated
     * recap of more than three partners ("signed 11 new frameworks today, with partners including Argentina, ...").
     */
    private static List<Draft> split(Draft d, String clause) {
        if (d.type != EventType.AGREEMENT || d.countries.size() < 3 || d.countries.size() > 4 || d.date == null) {
            return List.of(d);
        }
        boolean several = SEVERAL_DEALS.matcher(clause).find();
        if (!several) {
            return List.of(d);
        }
        List<String> countries = new ArrayList<>(d.countries);
        String lead = countries.contains("US") ? "US" : countries.get(0);
        List<Draft> out = new ArrayList<>();
        for (String partner : countries) {
            if (partner.equals(lead)) {
                continue;
            }
            Draft copy = new Draft();
            copy.type = d.type;
            copy.noun = d.noun;
            copy.sentence = d.sentence;
            copy.triggerStart = d.triggerStart;
            copy.triggerEnd = d.triggerEnd;
            copy.rule = d.rule + " (one per partner)";
            copy.strong = d.strong;
            copy.countries.add(lead);
            copy.countries.add(partner);
            copy.organisations.addAll(d.organisations);
            copy.minerals.addAll(d.minerals);
            copy.ownMinerals = d.ownMinerals;
            copy.money = d.money;
            copy.budget = d.budget;
            copy.date = d.date;
            copy.title = d.title;
            copy.clause = d.clause;
            copy.descriptions.addAll(d.descriptions);
            out.add(copy);
        }
        return out;
    }

    /**
     * The clause around a trigger: clauses end at ";", ", while", ", but", ", where", ", and on", and at ", and" before a
     * lower-case word unless that word starts a mention (the last item of a list: "gallium, germanium, and graphite").
     */
    private static int[] clause(Context context, Sentence sentence, int at) {
        String s = sentence.text();
        int start = 0;
        int end = s.length();
        Matcher m = CLAUSE_BREAK.matcher(s);
        while (m.find()) {
            if (m.group().startsWith(",")
                    && m.group().contains("and")
                    && !m.group().contains("and on")) {
                int after = sentence.start() + m.end();
                boolean listItem =
                        !context.in(after, Math.min(sentence.end(), after + 40), MentionKind.MINERAL).stream()
                                        .filter(x -> x.start() <= after + 4)
                                        .toList()
                                        .isEmpty()
                                || !context
                                        .in(after, Math.min(sentence.end(), after + 40), MentionKind.COUNTRY)
                                        .stream()
                                        .filter(x -> x.start() <= after + 4)
                                        .toList()
                                        .isEmpty();
                if (listItem) {
                    continue;
                }
            }
            if (m.end() <= at) {
                start = m.end();
            } else if (m.start() >= at) {
                end = m.start();
                break;
            }
        }
        return new int[] {start, end};
    }

    /** What follows a price: a unit ("per kilogram", "a tonne", "/t") or a share's "each" after "at $17.17". */
    private static final Pattern UNIT_PRICE = Pattern.compile(
            "\\s*(?:(?:per|a|an|/)\\s*(?:kilogram|kilo|kg|tonne|ton|t|metric ton|pound|lb|ounce|oz|share|unit|dry metric"
                    + "|mtu|carat|gram|g)\\b)",
            Pattern.CASE_INSENSITIVE);

    private static Optional<Money> money(Context context, String s, int offset, int from, int to, int trigger) {
        Mention best = null;
        for (Mention m : context.in(from, to, MentionKind.MONEY)) {
            String before = s.substring(0, m.start() - offset);
            boolean inParentheses = before.lastIndexOf('(') > before.lastIndexOf(')');
            if (inParentheses) {
                continue;
            }
            String lead = s.substring(Math.max(0, m.start() - offset - 40), m.start() - offset)
                    .toLowerCase(Locale.ROOT);
            if (lead.transform(WHOLE_11::test)) {
                continue;
            }
            if (UNIT_PRICE
                    .matcher(s.substring(m.end() - offset, Math.min(s.length(), m.end() - offset + 24)))
                    .lookingAt()) {
                continue; // "a floor of $110 per kilogram", "priced at $17.17 each": a price, not money committed
            }
            if (m.end() <= trigger
                    && trigger - m.end() <= 25
                    && !s.substring(m.end() - offset, trigger - offset).contains(",")) {
                best = m; // "a $150 million loan", "$400 million of preferred stock"
                break;
            }
            if (best == null
                    || (m.start() >= trigger && (best.start() < trigger || m.start() < best.start()))
                    || (m.start() < trigger && best.start() < trigger && m.start() > best.start())) {
                best = m;
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        String[] key = best.key().split(" ", -1);
        return Optional.of(new Money(Double.parseDouble(key[1]), key[0], key[2], best.surface()));
    }

    private static Optional<LocalDate> date(Context context, Sentence sentence, int trigger, boolean suspension) {
        // "On September 20, ARECOMS announced that the ban would be lifted on October 16": a sentence that opens with
        // a day tells when its action was announced; a later day is when it takes effect
        for (Mention m :
                context.in(sentence.start(), Math.min(sentence.end(), sentence.start() + 40), MentionKind.DATE)) {
            if (!m.key().isEmpty()
                    && OPENING_DATE
                            .matcher(context.text()
                                    .substring(sentence.start(), m.end() + Math.min(2, sentence.end() - m.end())))
                            .matches()
                    && m.end() <= trigger) {
                return Optional.of(LocalDate.parse(m.key()));
            }
        }
        Mention after = null;
        Mention before = null;
        for (Mention m : context.in(sentence.start(), sentence.end(), MentionKind.DATE)) {
            if (m.key().isEmpty()) {
                continue;
            }
            String lead = context.text()
                    .substring(Math.max(sentence.start(), m.start() - 7), m.start())
                    .toLowerCase(Locale.ROOT);
            String longLead = context.text()
                    .substring(Math.max(sentence.start(), m.start() - 14), m.start())
                    .toLowerCase(Locale.ROOT);
            if (lead.contains("until")
                    || lead.contains("till")
                    || longLead.transform(WHOLE_END::test)
                    || lead.endsWith("to ")
                    || lead.contains("through")
                    || lead.contains("by ")
                    || lead.contains("before")
                    || (suspension && longLead.transform(WHOLE_12::test))) {
                continue;
            }
            if (m.start() >= trigger && after == null) {
                after = m;
            } else if (m.start() < trigger) {
                before = m;
            }
        }
        Mention chosen = before != null && (after == null || trigger - before.end() < 60) ? before : after;
        if (after != null && before != null && after.start() - trigger < trigger - before.end()) {
            chosen = after;
        }
        return chosen == null ? Optional.empty() : Optional.of(LocalDate.parse(chosen.key()));
    }

    /** "The agreements are ... Vietnam, Australia and Japan." and "This move, announced on March 12, 2024". */
    private static void continuation(Context context, Sentence sentence, List<Draft> drafts) {
        Matcher m = CONTINUATION.matcher(sentence.text());
        if (!m.find()) {
            return;
        }
        Draft last = null;
        for (int i = drafts.size() - 1;
                i >= 0 && sentence.index() - drafts.get(i).sentence.index() <= 2;
                i--) {
            Draft d = drafts.get(i);
            if (d.type == EventType.AGREEMENT) {
                last = d;
                break;
            }
        }
        if (last == null || last.sentence.equals(sentence)) {
            return;
        }
        String what = m.group("what").toLowerCase(Locale.ROOT);
        if (what.endsWith("s") && !what.equals("move") && !what.equals("step") && !what.equals("announcement")) {
            last.countries.addAll(context.countries(sentence.start(), sentence.end()));
        }
        if (last.date == null) {
            Draft target = last;
            context.in(sentence.start(), sentence.end(), MentionKind.DATE).stream()
                    .filter(d -> !d.key().isEmpty())
                    .findFirst()
                    .ifPresent(d -> target.date = LocalDate.parse(d.key()));
        }
    }

    private static final Pattern OTHER_TIME = VOCABULARY.pattern("other-time");

    /**
     * An undated frame in the article's lead story takes the lead's date: when the first dated frame lies in the first
     * four sentences, later frames whose sentences name no other time ("in 2023", "earlier", "last year", a month) are
     * parts of the same announcement (the components of a package, the restatements of a signing).
     */
    private static void leadDate(List<Draft> drafts) {
        Draft lead = null;
        for (Draft d : drafts) {
            if (d.date != null) {
                lead = d;
                break;
            }
        }
        if (lead == null || lead.sentence.index() > 4) {
            return;
        }
        for (Draft d : drafts) {
            if (d.date == null
                    && d.sentence.index() > lead.sentence.index()
                    && d.sentence.index() - lead.sentence.index() <= 12
                    && !OTHER_TIME.matcher(d.sentence.text()).find()) {
                d.date = lead.date;
            }
        }
    }

    /**
     * Undated items of a list (bullets, "Label: ...") take the day of the sentence that introduces the list, or, when
     * that is a bare lead-in ending with a colon, of the sentence before it: the components of a dated announcement
     * are dated by it.
     */
    private static final int LIST_LEAD_SENTENCES = 3;
    /** How many list lines above an item are passed over to find the sentence that introduces the list. */
    private static final int LIST_ITEMS = 24;

    /**
     * The day a news story's lead tells when no frame of the lead carries it ("The Defense Department on Tuesday announced
     * two awards", "today announced"): when no frame of the first five sentences is dated, the first of them (a body
     * sentence, not a headline) that tells a day gives it to the undated frames of the next twelve sentences that name
     * no other time, as {@link #leadDate} does for a dated lead frame.
     */
    private static void announcementDate(Context context, List<Draft> drafts) {
        if (drafts.stream().anyMatch(d -> d.date != null && d.sentence.index() <= 4)) {
            return;
        }
        for (Sentence sentence :
                context.sentences().subList(0, Math.min(5, context.sentences().size()))) {
            if (!sentence.text().strip().transform(WHOLE_1::test)) {
                continue; // a headline or a header line ("Dec. 16, 2025 | Industry") tells no action's day
            }
            Optional<LocalDate> day = date(context, sentence, sentence.start(), false);
            if (day.isPresent()) {
                for (Draft d : drafts) {
                    if (d.date == null
                            && d.sentence.index() > sentence.index()
                            && d.sentence.index() - sentence.index() <= 12
                            && !OTHER_TIME.matcher(d.sentence.text()).find()) {
                        d.date = day.get();
                    }
                }
                return;
            }
        }
    }

    /** Whether a sentence lies on a list item's line (the item's first sentence or one after it on that line). */
    private static boolean onListLine(Context context, Sentence sentence) {
        String text = context.text();
        int lineStart = text.lastIndexOf('\n', Math.max(0, sentence.start() - 1)) + 1;
        if (sentence.start() == 0) {
            lineStart = 0;
        }
        return BULLET.matcher(text).region(lineStart, text.length()).lookingAt();
    }

    /**
     * A lead-in that tells nothing of its own: a line ending with a colon ("Key elements of the partnership:") or a
     * short section heading without final punctuation ("Highlights", "What the deal includes").
     */
    private static boolean bareLeadIn(String text) {
        String t = text.strip();
        return t.endsWith(":")
                || (t.length() <= BARE_HEADING_CHARS
                        && !t.isEmpty()
                        && ".!?\"'”".indexOf(t.charAt(t.length() - 1)) < 0);
    }

    /**
     * The minerals a list item inherits: those of the sentence that introduces the list (and, when that is a bare
     * lead-in, of the sentence before it), else those of the nearest earlier item of the list; none when the sentence
     * is no list item.
     */
    private static List<String> listLeadMinerals(Context context, Sentence item) {
        if (!onListLine(context, item)) {
            return List.of();
        }
        for (Sentence l : leadIns(context, item)) {
            List<String> found = context.minerals(l.start(), l.end());
            if (!found.isEmpty()) {
                return found;
            }
        }
        Optional<Sentence> earlier = context.before(item);
        for (int back = 0; back < LIST_ITEMS && earlier.isPresent() && onListLine(context, earlier.get()); back++) {
            List<String> found =
                    context.minerals(earlier.get().start(), earlier.get().end());
            if (!found.isEmpty()) {
                return found;
            }
            earlier = context.before(earlier.get());
        }
        return List.of();
    }

    /**
     * The sentences that introduce the list a list item is on, nearest first: the sentence above the list's lines (at
     * most {@link #LIST_ITEMS} back), and, while it is a bare lead-in ("Key elements of the partnership:"), the one
     * before it, at most {@link #LIST_LEAD_SENTENCES} in all.
     */
    private static List<Sentence> leadIns(Context context, Sentence item) {
        Optional<Sentence> lead = context.before(item);
        for (int back = 0; back < LIST_ITEMS && lead.isPresent() && onListLine(context, lead.get()); back++) {
            lead = context.before(lead.get());
        }
        List<Sentence> out = new ArrayList<>();
        for (int back = 0; back < LIST_LEAD_SENTENCES && lead.isPresent(); back++) {
            Sentence l = lead.get();
            out.add(l);
            lead = bareLeadIn(l.text()) ? context.before(l) : Optional.empty();
        }
        return out;
    }

    /**
     * A package announced in a lead-in and told component by component in the list under it ("announced a financing
     * package:" then "- a $40 million loan", "- a $25 million grant"): the lead-in's frame of a component's type that
     * names no amount is the sum of the components, not an event of its own, and is dropped.
     */
    private static List<Draft> packageLeads(Context context, List<Draft> drafts) {
        Map<Integer, List<Draft>> bySentence = new HashMap<>();
        for (Draft d : drafts) {
            bySentence
                    .computeIfAbsent(d.sentence.index(), k -> new ArrayList<>())
                    .add(d);
        }
        Set<Draft> leads = new HashSet<>();
        for (Draft item : drafts) {
            if (item.money == null || !onListLine(context, item.sentence)) {
                continue;
            }
            for (Sentence l : leadIns(context, item.sentence)) {
                bySentence.getOrDefault(l.index(), List.of()).stream()
                        .filter(d -> d.type == item.type && d.money == null)
                        .forEach(leads::add);
            }
        }
        return drafts.stream().filter(d -> !leads.contains(d)).toList();
    }

    /** The longest section heading read as a bare lead-in of the list under it (characters). */
    private static final int BARE_HEADING_CHARS = 60;

    private static void listDate(Context context, List<Draft> drafts) {
        for (Draft d : drafts) {
            if (d.date != null || !onListLine(context, d.sentence)) {
                continue;
            }
            // "Key elements of the partnership:" names no day: the sentence that announced the package does
            for (Sentence l : leadIns(context, d.sentence)) {
                context.in(l.start(), l.end(), MentionKind.DATE).stream()
                        .filter(m -> !m.key().isEmpty())
                        .findFirst()
                        .ifPresent(m -> d.date = LocalDate.parse(m.key()));
                if (d.date != null) {
                    break;
                }
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // scope

    /**
     * Drops frames outside the scope: no mineral (after the context rules), an action on another product named in its
     * clause with no mineral of its own, speculation (analysts, "could", "is considering") for weak triggers, and frames
     * with no party.
     */
    /** An investment in a country's economy as a whole ("invest $550 billion into the U.S."), not in minerals. */
    private static final Pattern ECONOMY_INVESTMENT = VOCABULARY.pattern("economy-investment");
    /** A suspension's end told as a deadline: "Beijing's suspension of its October 2025 controls expires in November". */
    private static final Pattern SUSPENSION_EXPIRES = VOCABULARY.pattern("suspension-expires");

    /**
     * An agreement between states whose clause names no mineral of its own is about critical minerals in general, as
     * the story tells them, not about the mineral a neighbouring clause or sentence names: "signed eleven frameworks or
     * memorandums, from Argentina to Uzbekistan" in a story that told rare earths before, "signed frameworks with dozens
     * of producer countries" beside equity "in rare earth, lithium and copper companies". Only where the article names
     * critical minerals at all.
     */
    static final Set<String> GENERIC_MINERALS = Set.of("critical minerals");

    private static final Pattern OWN_POLICY_NOUN = VOCABULARY.pattern("own-policy-noun");
    private static final Pattern OWN_POLICY_VERB = VOCABULARY.pattern("own-policy-verb");
    private static final Pattern OWN_POLICY_PARTNER = VOCABULARY.pattern("own-policy-partner");

    /**
     * A plan or framework that one government adopts, unveils or launches with no partner named in its clause ("the
     * Commission adopted the RESourceEU Action Plan", "the national framework has been adopted with the consensus of
     * the provinces") is that government's own policy, an {@code other} action, not an agreement; whose clause names
     * no mineral of its own, it is about critical minerals when the article names them, as a deal between states is
     * ({@link #stateDealMinerals}). A plan adopted by a group of states ("the G7 adopted an action plan") or signed
     * with a partner stays an agreement.
     */
    private void ownPolicies(Context context, List<Draft> drafts) {
        boolean generic = context.namesCriticalMinerals();
        for (Draft d : drafts) {
            Set<String> states = d.partyKey(gazetteer);
            if (d.type != EventType.AGREEMENT || states.size() != 1) {
                continue;
            }
            String state = states.iterator().next();
            boolean alone = d.organisations.stream()
                    .allMatch(o -> gazetteer
                            .organisation(o.key())
                            .flatMap(Gazetteer.Organisation::country)
                            .filter(state::equals)
                            .isPresent());
            String text = d.sentence.text();
            int at = d.triggerStart - d.sentence.start();
            int end = Math.min(text.length(), d.triggerEnd - d.sentence.start());
            if (!alone
                    || at < 0
                    || end <= at
                    || !OWN_POLICY_NOUN.matcher(text.substring(at, end)).matches()
                    || OWN_POLICY_PARTNER.matcher(d.clause).find()) {
                continue;
            }
            String around = text.substring(Math.max(0, at - 60), Math.min(text.length(), end + 40));
            if (!OWN_POLICY_VERB.matcher(around).find()) {
                continue;
            }
            d.type = EventType.OTHER;
            d.rule = "other: own policy " + text.substring(at, end);
            d.noun = actionKind(text.substring(at, end));
            if (generic && !d.ownMinerals) {
                d.minerals.clear();
                d.minerals.add("critical minerals");
            }
        }
    }

    private static final Pattern IN_FORCE = VOCABULARY.pattern("in-force");

    /**
     * A law or regulation told entering into force ("The Regulations on Rare Earth Management took effect on October
     * 1, 2024") is the act of the state that made it, which the clause need not name: the state told before (up to
     * three sentences back, as for "it") is its party, as told as a pronoun's would be.
     */
    private void lawsInForce(List<Draft> drafts) {
        for (Draft d : drafts) {
            if (d.type == EventType.OTHER
                    && !d.partyTold
                    && IN_FORCE.matcher(d.rule).find()
                    && !d.countries.isEmpty()) {
                d.partyTold = true;
            }
        }
    }

    private static void stateDealMinerals(Context context, List<Draft> drafts) {
        boolean generic = context.namesCriticalMinerals();
        if (!generic) {
            return;
        }
        for (Draft d : drafts) {
            // an investment between states ("each government will provide at least $1 billion"), not a state's
            // money for one company's project, which is about that project's mineral
            if ((d.type == EventType.AGREEMENT || (d.type == EventType.INVESTMENT && d.countries.size() >= 2))
                    && !d.ownMinerals
                    && !d.countries.isEmpty()
                    && d.organisations.isEmpty()
                    && !d.minerals.isEmpty()) {
                d.minerals.clear();
                d.minerals.add("critical minerals");
            }
        }
    }

    /**
     * An event whose own sentence names no mineral took its mineral from a neighbouring sentence, an earlier frame or the
     * story; in an article that speaks of critical minerals in general, such an event is also about critical minerals
     * (the annotator's label when the action's own words name no mineral), and the borrowed mineral is kept beside them.
     *
     * @return the drafts, those with borrowed minerals in such an article also naming critical minerals
     */
    private static List<Draft> borrowedGeneric(Context context, List<Draft> drafts) {
        boolean generic = context.namesCriticalMinerals();
        if (!generic) {
            return drafts;
        }
        for (Draft d : drafts) {
            if (!d.ownMinerals
                    && !d.minerals.isEmpty()
                    && context.in(d.sentence.start(), d.sentence.end(), MentionKind.MINERAL)
                            .isEmpty()) {
                d.minerals.add("critical minerals");
            }
        }
        return drafts;
    }

    private List<Draft> scope(List<Draft> drafts) {
        List<Draft> out = new ArrayList<>();
        for (Draft d : drafts) {
            if (d.minerals.isEmpty()) {
                continue;
            }
            if (!d.ownMinerals && NOT_MINERAL_PRODUCT.matcher(d.clause).find()) {
                continue;
            }
            if (!d.strong && SPECULATION.matcher(d.sentence.text()).find()) {
                continue;
            }
            if (!d.strong && !d.partyTold) {
                continue; // "brokers trimmed their targets, citing funding risk": nobody acts
            }
            if (d.sentence.text().strip().endsWith("?")
                    || GERUND_SUBJECT.matcher(d.sentence.text()).find()) {
                continue; // a question or a general remark asserts no action
            }
            if (COMMENTARY.matcher(d.sentence.text()).find()) {
                continue; // an analyst's or researcher's words report no action of their own
            }
            if (StatePredicate.assertsNoAction(
                    d.sentence.text(), d.triggerStart - d.sentence.start(), d.triggerEnd - d.sentence.start())) {
                continue; // "price floors remain on paper", "a price floor is a promise": a state or a description
            }
            if ((d.type == EventType.OFFTAKE || d.type == EventType.AGREEMENT)
                    && !d.title()
                    && DealVerb.signingNotTold(d.sentence.text(), d.triggerStart - d.sentence.start())) {
                continue; // "conditional on Iluka signing offtake agreements": what signing would do, not a signing
            }
            String fromTrigger = d.sentence
                    .text()
                    .substring(
                            d.triggerStart - d.sentence.start(),
                            Math.min(d.sentence.text().length(), d.triggerStart - d.sentence.start() + 60));
            if (MODAL_AFTER.matcher(fromTrigger).lookingAt()) {
                continue; // "a purchase commitment would be the most visible sign"
            }
            if (d.type == EventType.INVESTMENT
                    && !d.ownMinerals
                    && ECONOMY_INVESTMENT.matcher(d.clause).find()) {
                continue; // "Japan will invest $550 billion into the U.S.": a pledge to an economy, not to minerals
            }
            if ((d.type == EventType.EXPORT_CONTROL || d.type == EventType.EXPORT_CONTROL_SUSPENSION)
                    && SUSPENSION_EXPIRES.matcher(d.sentence.text()).find()) {
                continue; // "the suspension of its October controls expires in November" tells a deadline, not an act
            }
            if (d.partyKey(gazetteer).isEmpty()) {
                continue;
            }
            out.add(d);
        }
        return out;
    }
}
