package lodestone.news.extract;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One frame for a state's act, read across wordings (round 28a): a <b>decision predicate</b> (a verb or a noun of
 * deciding, in any tense or voice: "granted", "was renewed", "the revocation of", "has ordered"), an <b>instrument</b> it
 * acts on (a licence, a quota, a duty, a decree, a list, a tender, a ban, a stockpile, a ruling, ...) and the act's
 * <b>modality</b> (done, or only proposed, threatened, expected or considered). The event type follows from the
 * instrument and the predicate by one small table ({@link #type}), the labelling guideline's: a duty is a tariff
 * whatever is done to it; an export control imposed, extended or tightened is an export control, lifted or suspended an
 * export control's suspension; a critical-minerals list published, updated or added to is a list update; a licence, a
 * permit, a concession, a royalty, a production quota, a law, a tender, a moratorium on mining, a stockpile or a ruling
 * is an {@code other} act.
 *
 * <p>The frame reads the words of the act only; the extractor adds the other two parts of the frame from the article's
 * mentions: a state actor (a country, a government body or a noun naming one, {@link #STATE_BODY}) and the act's
 * mineral, from its clause or from the sentences around it ({@link MineralContext}). Three shapes place the predicate:
 * before the instrument, up to six words ("imposed a 25% duty", "the ministry's revocation of two mining licences");
 * after it, as a passive or a participle ("the concession was cancelled", "the quota set in March", "the licence,
 * renewed by the agency"); or after it as the head of a compound ("Sweden's permit renewal", "a quota cut"; not after "the", which refers to an act told before). One pass over
 * the sentence: each pattern is matched once from left to right.
 */
final class StateFrame {
    /** What a decision does to its instrument. */
    enum Decision {
        /** Grants, issues, imposes, adopts, sets, designates, publishes, orders or rules: the instrument is made. */
        MAKE,
        /** Extends, renews, expands, tightens, raises or adds to: the instrument is kept or grows. */
        EXTEND,
        /** Revokes, cancels, withdraws, lifts, suspends, exempts from or removes: the instrument is taken away. */
        REMOVE,
        /** Cuts or lowers a level: the instrument stays, smaller. */
        CUT
    }

    /** The instrument a decision acts on, which decides the event type with the decision. */
    enum Instrument {
        /** An import duty, tariff or levy, an anti-dumping or countervailing duty. */
        DUTY,
        /** A control on exports: an export ban, quota, licence requirement, restriction or control. */
        EXPORT_CONTROL,
        /** An official critical or strategic minerals list. */
        LIST,
        /** A licence, permit, concession, lease, title or mining right (of mining, not of exports). */
        LICENCE,
        /** A production, mining or output quota. */
        QUOTA,
        /** A royalty or a tax on mining or resources. */
        FISCAL,
        /** A decree, regulation, implementing rules, a law or an ordinance. */
        LAW,
        /** A tender, auction or bidding round. */
        TENDER,
        /** A moratorium or a ban on mining (not on exports). */
        MORATORIUM,
        /** A stockpile or a strategic reserve. */
        STOCKPILE,
        /** A strategic project or a strategic mineral designated. */
        DESIGNATION,
        /** A court's ruling or judgment. */
        RULING
    }

    /** Whether the act is told as done, or only as something that may come. */
    enum Modality {
        /** Done, or announced to take effect ("will ban exports from 1 December"): an event. */
        DONE,
        /** Proposed, drafted or planned: no event. */
        PROPOSED,
        /** Threatened or warned of: no event. */
        THREATENED,
        /** Expected, likely or reported to be prepared: no event. */
        EXPECTED,
        /** Considered, weighed or discussed: no event. */
        CONSIDERED,
        /** Denied or not done ("did not renew"): no event. */
        NEGATED,
        /** Hedged otherwise: a possibility, a modal, an example ("could revoke", "potential duties"): no event. */
        HEDGED
    }

    /**
     * A frame read in a sentence.
     *
     * @param start where the act starts in the sentence (the predicate or the instrument, whichever comes first)
     * @param end where it ends
     * @param decision what the predicate does
     * @param instrument what it acts on
     * @param modality whether it is told as done
     * @param shape which shape placed the predicate: {@code before}, {@code after} or {@code compound}
     */
    record Frame(int start, int end, Decision decision, Instrument instrument, Modality modality, String shape) {
        /** @return the event type of the act ({@link StateFrame#type}), if it is one of the guideline's */
        Optional<EventType> type() {
            return StateFrame.type(instrument, decision);
        }

        /** @return whether the act is told as done */
        boolean done() {
            return modality == Modality.DONE;
        }
    }

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private static final Vocabulary VOCABULARY = Vocabulary.bundled();

    /**
     * The predicates of deciding, one per decision, as verbs in every tense and as their nouns (the vocabulary's {@code
     * state-frame-make}, {@code -extend}, {@code -remove} and {@code -cut}).
     */
    private static final List<Pattern> PREDICATES = Stream.of("make", "extend", "remove", "cut")
            .map(d -> VOCABULARY.pattern("state-frame-" + d))
            .toList();

    private static final List<Decision> DECISIONS =
            List.of(Decision.MAKE, Decision.EXTEND, Decision.REMOVE, Decision.CUT);

    /**
     * The instruments, one pattern per kind in the order of {@link Instrument} (the vocabulary's {@code state-frame-duty}
     * ... {@code state-frame-ruling}); an export control is tried before a licence, a quota or a ban, so "export
     * licences" and "export quotas" are controls.
     */
    private static final List<Pattern> INSTRUMENTS = Stream.of(Instrument.values())
            .map(i -> VOCABULARY.pattern(
                    "state-frame-" + i.name().toLowerCase(Locale.ROOT).replace('_', '-')))
            .toList();

    /**
     * A state actor named in words: a government, a ministry or minister, a department, a regulator, a court, a
     * parliament, an agency, a head of state or government, a country's administration (the vocabulary's {@code
     * state-actor-noun}). The extractor takes a country or a government organisation among the sentence's mentions as
     * well.
     */
    static final Pattern STATE_BODY = VOCABULARY.pattern("state-actor-noun");

    /**
     * What stands between an instrument and a participle that makes a passive: the instrument's complement, up to five
     * words ("for the nickel belt"), and a verb group ("was", "has been", "were formally"); or only a comma.
     */
    private static final Pattern PASSIVE = Pattern.compile(
            "^(?:['’]s)?(?:\\s+[\\w'’%$.-]+){0,5}?\\s+(?:was|were|is|are|has\\s+been|have\\s+been|had\\s+been|been|being"
                    + "|got)\\s+(?:(?:formally|officially|now|also|already|since|then|subsequently|recently|finally"
                    + "|later)\\s+)?$|^,?\\s+$",
            FLAGS);

    /** Exports named right after a duty: "a levy on lithium exports", a tax on exports, not a tariff on imports. */
    private static final Pattern ON_EXPORTS = Pattern.compile("^\\s+on\\s+(?:[\\w-]+\\s+){0,3}?exports?\\b", FLAGS);

    /** Words that may stand between a predicate and its instrument: a determiner, a possessive, a number, a name. */
    private static final Pattern BETWEEN =
            Pattern.compile("^(?:\\s+(?:(?!(?:and|or|to)\\b)[\\w$€£.%'’&-]+|\\([^)]{0,30}\\)))*?\\s+$", FLAGS);

    /** What may stand between an instrument and the noun of its act: a space or a possessive ("the permit's renewal"). */
    private static final Pattern OWNER_GAP = Pattern.compile("^(?:['’]s)?\\s+$");

    /** A boundary inside a span: predicate and instrument belong to different clauses. */
    private static final Pattern BREAK =
            Pattern.compile("[;:]|,\\s+(?:and|but|while|which|who|whereas)\\s|\\s(?:but|while|whereas)\\s");

    /** Proposal, draft or plan before the act. */
    private static final Pattern PROPOSED = VOCABULARY.pattern("state-frame-proposed");
    /** Threat before the act. */
    private static final Pattern THREATENED = VOCABULARY.pattern("state-frame-threatened");
    /** Expectation before the act. */
    private static final Pattern EXPECTED = VOCABULARY.pattern("state-frame-expected");
    /** Consideration before the act. */
    private static final Pattern CONSIDERED = VOCABULARY.pattern("state-frame-considered");
    /** Negation before the act. */
    private static final Pattern NEGATED = VOCABULARY.pattern("state-frame-negated");

    /** How far after a duty its good may be named, in characters ("a 25% duty on imports of graphite anodes"). */
    static final int COMPLEMENT = 50;

    /**
     * A licence granted counts as an act only for a named kind of mining licence or a specific project, mine or deposit
     * ("granted the mining lease for the Ewoyaa project"); "licences were granted" is routine administration.
     */
    private static final Pattern SPECIFIC_LICENCE = Pattern.compile(
            "\\b(?:mining|exploration|exploitation|prospecting|mineral|operating|environmental|production|extraction"
                    + "|seabed|deep-sea|lithium)\\s+(?:licen|permit|concession|lease|title|right)|\\b(?:projects?|mines?"
                    + "|deposits?|blocks?|fields?)\\b",
            FLAGS);

    /**
     * @param s a sentence
     * @param frame a frame on a licence
     * @return whether the licence is a named kind of mining licence or is for a specific project, mine or deposit (in
     *     the frame's words or the 60 characters after them)
     */
    static boolean specificLicence(String s, Frame frame) {
        return SPECIFIC_LICENCE
                .matcher(s.substring(frame.start(), Math.min(s.length(), frame.end() + 60)))
                .find();
    }

    /** The rule every frame's trigger starts with. */
    static final String RULE = "a state's decision: ";

    /** A question: the sentence ends with a question mark. */
    private static final Pattern QUESTION = Pattern.compile("\\?[\"”’']?\\s*$");

    /** How many words may stand between a predicate and its instrument. */
    static final int WORDS = 6;

    private StateFrame() {}

    /**
     * The table of types: an instrument and what is done to it make the event type (the labelling guideline's, {@code
     * corpus/LABELLING.md} section 2). A licence requirement on exports made anew is routine administration when it is a
     * licence granted, not a measure; it is left to the export rules.
     *
     * @param instrument what the act is on
     * @param decision what it does
     * @return the event type, if the act is one of the guideline's
     */
    static Optional<EventType> type(Instrument instrument, Decision decision) {
        return Optional.of(
                switch (instrument) {
                    case DUTY -> EventType.TARIFF;
                    case EXPORT_CONTROL ->
                        decision == Decision.REMOVE ? EventType.EXPORT_CONTROL_SUSPENSION : EventType.EXPORT_CONTROL;
                    case LIST -> EventType.LIST_UPDATE;
                    case LICENCE, QUOTA, FISCAL, LAW, TENDER, MORATORIUM, STOCKPILE, DESIGNATION, RULING ->
                        EventType.OTHER;
                });
    }

    /**
     * @param s a sentence
     * @return the sentence's first state act told as a frame (predicate and instrument in one clause), done or not
     */
    static Optional<Frame> find(String s) {
        if (QUESTION.matcher(s).find()) {
            return Optional.empty(); // "Does it set a price floor?": a question tells no act
        }
        Frame best = null;
        for (int k = 0; k < INSTRUMENTS.size(); k++) {
            Matcher m = INSTRUMENTS.get(k).matcher(s);
            while (m.find()) {
                Instrument instrument = Instrument.values()[k];
                if (instrument != Instrument.EXPORT_CONTROL && exportTold(s, m.start())) {
                    continue; // "export licences", "ban on exports": read as an export control
                }
                if (instrument == Instrument.DUTY
                        && (ON_EXPORTS.matcher(s.substring(m.end())).lookingAt() || exportTold(s, m.start()))) {
                    continue; // "a levy on lithium exports", "export duties": a tax on exports, no tariff
                }
                Optional<Frame> f = around(s, m.start(), m.end(), instrument);
                if (f.isPresent() && (best == null || f.get().start() < best.start())) {
                    best = f.get();
                }
                if (f.isPresent()) {
                    break;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** An export named right before the instrument ("export licences", "export quota"): a control, not a licence. */
    private static boolean exportTold(String s, int start) {
        String before = s.substring(Math.max(0, start - 12), start).toLowerCase(Locale.ROOT);
        return before.matches(".*\\bexports?\\s+(?:[\\w-]+\\s+)?$");
    }

    /** The predicate of an instrument, before it, after it as a passive or participle, or as a compound's head. */
    private static Optional<Frame> around(String s, int start, int end, Instrument instrument) {
        // before: the nearest predicate up to six words before, in the same clause
        int from = wordsBefore(s, start, WORDS);
        int last = -1;
        int lastEnd = -1;
        int decision = -1;
        for (int d = 0; d < PREDICATES.size(); d++) {
            Matcher p = PREDICATES.get(d).matcher(s).region(from, start);
            while (p.find()) {
                if (p.start() > last && !overlapsInstrument(p.start(), p.end(), start, end)) {
                    last = p.start();
                    lastEnd = p.end();
                    decision = d;
                }
            }
        }
        if (last >= 0
                && BETWEEN.matcher(s.substring(lastEnd, start)).matches()
                && !BREAK.matcher(s.substring(last, start)).find()) {
            // licences imposed on a good are a licence requirement: an export control ("imposed licences on seven
            // heavy rare earths"), not a mining licence
            Instrument what = instrument == Instrument.LICENCE
                            && IMPOSED.matcher(s.substring(last, lastEnd)).lookingAt()
                    ? Instrument.EXPORT_CONTROL
                    : instrument;
            return Optional.of(frame(s, last, end, DECISIONS.get(decision), what, "before"));
        }
        // after: a passive or a participle ("was cancelled", ", renewed by", "set in March"), or a compound's head
        int to = wordsAfter(s, end, 8);
        for (int d = 0; d < PREDICATES.size(); d++) {
            Matcher p = PREDICATES.get(d).matcher(s).region(end, to);
            if (p.find() && !BREAK.matcher(s.substring(end, p.start())).find()) {
                String gap = s.substring(end, p.start());
                // a licence granted told as a compound ("licence approvals") is routine administration of a regime
                // a compound after "the" refers to an act told before ("the royalty hike adds to pressure")
                boolean compound = OWNER_GAP.matcher(gap).matches()
                        && ACT_NOUN.matcher(p.group()).matches()
                        && !DEFINITE.matcher(s.substring(Math.max(0, start - 30), start))
                                .find()
                        && !(instrument == Instrument.LICENCE && DECISIONS.get(d) == Decision.MAKE);
                boolean passive = participle(p.group()) && (PASSIVE.matcher(gap).matches() || agentAfter(s, p.end()));
                if (compound || passive) {
                    return Optional.of(
                            frame(s, start, p.end(), DECISIONS.get(d), instrument, compound ? "compound" : "after"));
                }
            }
        }
        return Optional.empty();
    }

    private static boolean overlapsInstrument(int ps, int pe, int is, int ie) {
        return ps < ie && is < pe;
    }

    /** A past participle: "-ed", "-en" or an irregular one. */
    private static boolean participle(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return w.endsWith("ed")
                || w.endsWith("wn")
                || w.equals("set")
                || w.equals("cut")
                || w.equals("struck down")
                || w.equals("withdrew")
                || w.equals("signed into law");
    }

    /** An agent or a time right after a participle: "by the ministry", "on Monday", "in March", "last week". */
    private static boolean agentAfter(String s, int at) {
        return s.substring(at, Math.min(s.length(), at + 20))
                .matches("(?is)^\\s+(?:by|on|in|last|this|earlier|at|for|until|to)\\b.*");
    }

    private static Frame frame(String s, int start, int end, Decision decision, Instrument instrument, String shape) {
        Modality modality = modality(s, start);
        String span = s.substring(start, end);
        if (modality == Modality.DONE && NEGATED.matcher(span).find()) {
            modality = Modality.NEGATED; // "the licences have not been published", "no permit has yet been granted"
        } else if (modality == Modality.DONE
                && (BILL.matcher(s.substring(Math.max(0, start - 60), end)).find()
                        || (instrument == Instrument.LAW
                                && INTRODUCED.matcher(span).find()))) {
            modality = Modality.PROPOSED; // a bill, or a law introduced: a step of a proposal, not an act done
        }
        return new Frame(start, end, decision, instrument, modality, shape);
    }

    /** A verb of imposing: a licence imposed is a requirement. */
    private static final Pattern IMPOSED = Pattern.compile("impos|requir", FLAGS);

    /** A definite article right before an instrument: the act it heads is one told before. */
    private static final Pattern DEFINITE =
            Pattern.compile("\\b(?:the|this|that|these|those)\\s+(?:[\\w-]+\\s+){0,2}$", FLAGS);

    /** A bill: a law proposed, not passed. */
    private static final Pattern BILL = Pattern.compile("\\bbills?\\b", FLAGS);
    /** A law introduced: in a parliament, a bill. */
    private static final Pattern INTRODUCED = Pattern.compile("\\bintroduc", FLAGS);
    /** The nouns of an act told as the head of a compound: "Sweden's permit renewal", "a quota cut", "a tariff hike". */
    private static final Pattern ACT_NOUN =
            Pattern.compile("(?i).*(?:al|ion|ment|ance|er)|cuts?|hikes?|increases?|bans?");

    /**
     * The act's modality by the extractor's one rule ({@link Hedges}): done unless a hedge's words end right before it;
     * a hedged act's kind is named by the words of that reach (a denial, a threat, a consideration, a proposal or an
     * expectation; any other hedge, such as "could" or "potential", is {@link Modality#HEDGED}).
     *
     * @param s a sentence
     * @param at where the act starts
     * @return how the words before the act tell it: done, or proposed, threatened, expected, considered, denied or
     *     otherwise hedged
     */
    static Modality modality(String s, int at) {
        if (!Hedges.hedged(s, at)) {
            return Modality.DONE;
        }
        String words = s.substring(Math.max(0, at - Hedges.REACH), at);
        if (NEGATED.matcher(words).find()) {
            return Modality.NEGATED;
        }
        if (THREATENED.matcher(words).find()) {
            return Modality.THREATENED;
        }
        if (CONSIDERED.matcher(words).find()) {
            return Modality.CONSIDERED;
        }
        if (PROPOSED.matcher(words).find()) {
            return Modality.PROPOSED;
        }
        if (EXPECTED.matcher(words).find()) {
            return Modality.EXPECTED;
        }
        return Modality.HEDGED;
    }

    /** @return where the word {@code n} words before {@code at} starts */
    private static int wordsBefore(String s, int at, int n) {
        int i = at;
        for (int w = 0; w <= n && i > 0; w++) {
            int space = s.lastIndexOf(' ', i - 2);
            if (space < 0) {
                return 0;
            }
            i = space + 1;
        }
        return i;
    }

    /** @return where the {@code n}th word after {@code at} ends */
    private static int wordsAfter(String s, int at, int n) {
        int i = at;
        for (int w = 0; w < n && i < s.length(); w++) {
            while (i < s.length() && s.charAt(i) == ' ') {
                i++;
            }
            int space = s.indexOf(' ', i);
            i = space < 0 ? s.length() : space;
        }
        return i;
    }

    /**
     * @param frame a frame
     * @param phrase the frame's words
     * @return the rule of the frame's trigger: its shape, its decision and its instrument
     */
    static String rule(Frame frame, String phrase) {
        return RULE + "(" + frame.shape() + ", " + frame.decision().name().toLowerCase(Locale.ROOT) + " "
                + frame.instrument().name().toLowerCase(Locale.ROOT) + ") " + phrase.toLowerCase(Locale.ROOT);
    }
}
