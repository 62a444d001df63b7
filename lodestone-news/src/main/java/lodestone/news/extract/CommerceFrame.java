package lodestone.news.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One frame for a company's commercial act told in passing (round 29a), the analogue of {@link StateFrame} for deals: a
 * <b>commitment predicate</b> (a verb of taking or giving goods, of forming or holding a venture, in any tense or voice:
 * "will take", "agreed to buy", "has been supplying", "is committed to", "formed", "will own ... jointly") or a contract's
 * noun ("a long-term contract for", "offtake rights to"), the <b>instrument</b> it commits (goods in a stated quantity,
 * a share of output, or a jointly owned venture) and the act's <b>modality</b> (done, or only planned, in talks,
 * expected or denied). The event type follows from the instrument by one small table ({@link #type}), the labelling
 * guideline's ({@code corpus/LABELLING.md} section 2): goods committed are an {@code offtake}, a venture formed or held
 * jointly a {@code joint_venture}. Equity, loans and agreements keep their own readers: the frame adds what they do not
 * read, commitments of output and ventures told by their structure rather than by the deal's own noun.
 *
 * <p>The frame reads the act's words only; the extractor adds the parties (the companies, state firms and states of the
 * clause, or those told before for a back-reference), the mineral (the clause's, or lent by {@link MineralContext}) and
 * the amount, as for every deal. Every word list is in {@code vocabulary.tsv} (the {@code commerce-*} entries). Each
 * pattern is matched once from left to right over the sentence; several commitments in one sentence, each in a clause
 * of its own, are several frames ("Traxys will take 20,000 tonnes a year, and Panasonic agreed to buy 13,000 tonnes").
 */
final class CommerceFrame {
    /** What a commitment commits. */
    enum Instrument {
        /** Goods in a stated quantity or share of output, bought, taken, supplied or sold: an offtake. */
        OUTPUT,
        /** A venture formed, or an entity owned, held or controlled jointly: a joint venture. */
        VENTURE
    }

    /** Whether the commitment is told as made, or only as something that may come. */
    enum Modality {
        /** Made, or announced to take effect ("will take 1,500 tonnes a year from 2027"): an event. */
        DONE,
        /** Planned, hoped for, aimed at or only possible: no event. */
        PLANNED,
        /** In talks, negotiated, discussed or considered: no event. */
        TALKS,
        /** Expected or likely: no event. */
        EXPECTED,
        /** Denied, or not (yet) made: no event. */
        NEGATED
    }

    /**
     * A frame read in a sentence.
     *
     * @param start where the act starts in the sentence (its predicate)
     * @param end where it ends (the end of what it commits)
     * @param instrument what is committed
     * @param modality whether it is told as made
     * @param shape which shape read it: {@code verb} (a predicate and its object), {@code noun} (a contract's noun and
     *     its object) or {@code joint} (an entity held jointly)
     */
    record Frame(int start, int end, Instrument instrument, Modality modality, String shape) {
        /** @return the event type of the commitment ({@link CommerceFrame#type}) */
        EventType type() {
            return CommerceFrame.type(instrument);
        }

        /** @return whether the commitment is told as made */
        boolean done() {
            return modality == Modality.DONE;
        }
    }

    private static final Vocabulary VOCABULARY = Vocabulary.bundled();
    /** A verb of taking goods, in every tense and voice: buy, purchase, take, secure. */
    private static final Pattern TAKE_VERB = VOCABULARY.pattern("commerce-take-verb");
    /** A verb of giving goods, in every tense and voice: supply, sell, deliver. */
    private static final Pattern GIVE_VERB = VOCABULARY.pattern("commerce-give-verb");
    /**
     * What may not stand between a predicate and its goods: a coordinator or a comma (another conjunct: "global supply
     * and 85% of capacity"), or a plant whose capacity the tonnage is ("a contract for a plant of 14,000 tonnes").
     */
    private static final Pattern GAP = VOCABULARY.pattern("commerce-gap");
    /** What "take" means when no goods follow: "take effect", "take part", "take years". */
    private static final Pattern IDIOM = VOCABULARY.pattern("commerce-idiom");
    /** A determiner before a predicate told as a noun with "of": "the purchase of", not "export supply of". */
    private static final Pattern NOUN_DETERMINER = VOCABULARY.pattern("commerce-noun-determiner");
    /** Goods named by a determiner, after a verb of taking only: "will take the magnets", "buys its production". */
    private static final Pattern DETERMINER = VOCABULARY.pattern("commerce-determiner");
    /** A memorandum: a venture it is signed "to create" is that agreement's aim, not a venture formed. */
    private static final Pattern MEMORANDUM = VOCABULARY.pattern("commerce-memorandum");
    /** A contract's noun that names its goods after "for", "to" or "over": "contract for", "offtake rights to". */
    private static final Pattern CONTRACT_NOUN = VOCABULARY.pattern("commerce-contract-noun");
    /** Goods in a stated tonnage: "100,000 tonnes", "up to 7,200 t". */
    private static final Pattern TONNAGE = VOCABULARY.pattern("commerce-tonnage");
    /** A share of something, whose goods follow: "80% of", "half of", "all the", "every", "the". */
    private static final Pattern SHARE = VOCABULARY.pattern("commerce-share");
    /** A share, or after a verb of taking a determiner too. */
    private static final Pattern SHARE_OR_DETERMINER =
            Pattern.compile(SHARE.pattern() + "|" + DETERMINER.pattern(), SHARE.flags());
    /** The goods of a commitment named by their noun: output, production, magnets, concentrate, oxide, ... */
    private static final Pattern GOODS = VOCABULARY.pattern("commerce-goods");
    /** A share of a market or the world, which no buyer commits to: "90% of the world's supply". */
    private static final Pattern MARKET_SHARE = VOCABULARY.pattern("commerce-market-share");
    /** Goods given in the passive: "is committed to", "has been sold to", "were contracted to". */
    private static final Pattern PASSIVE = VOCABULARY.pattern("commerce-passive");
    /** A verb of forming a venture: form, set up, establish, create, launch, complete. */
    private static final Pattern FORM_VERB = VOCABULARY.pattern("commerce-form-verb");
    /** A venture's noun: a joint venture, a venture, a jointly owned company, a joint project. */
    private static final Pattern VENTURE = VOCABULARY.pattern("commerce-venture");
    /** An entity owned, held or controlled jointly, or equally: "will own and control jointly", "a 50-50 venture". */
    private static final Pattern JOINTLY = VOCABULARY.pattern("commerce-jointly");

    /** A boundary between a predicate and its object: they belong to different clauses. */
    private static final Pattern BREAK = Pattern.compile(
            "[;:]|,\\s+(?:and|but|while|which|who|whereas)\\s|\\s(?:but|while|whereas|after|before)\\s");
    /**
     * The text up to where the last clause before a predicate starts: its modality is told between there and the
     * predicate.
     */
    private static final Pattern LAST_CLAUSE_START = Pattern.compile(
            "(?s).*(?:[,;:(]\\s|\\s(?:and|but|while|after|before|as|which|that)\\s)", Pattern.CASE_INSENSITIVE);
    /** The modality each cue tells, in the order they are tried; none tells a commitment made. */
    private static final Map<Modality, Pattern> CUES = cues();
    /** A word and the spaces before it. */
    private static final Pattern WORD = Pattern.compile(" *[^ ]+");
    /** Up to ten words, each with the spaces after it, up to the end of a region. */
    private static final Pattern TEN_WORDS_BEFORE = Pattern.compile("(?:[^ ]+ +){1,10}$");
    /** A question tells no act. */
    private static final Pattern QUESTION = Pattern.compile("\\?[\"”’']?\\s*$");

    /** How many words may stand between a predicate and what it commits. */
    static final int WORDS = 6;
    /** How many words after a share of output its goods may be named ("80% of the new refinery's capacity"). */
    static final int GOODS_WORDS = 6;

    /** The rule every frame's trigger starts with. */
    static final String RULE = "a commercial commitment: ";

    private CommerceFrame() {}

    /** @return the modality cues of the clause before a predicate, one pattern per modality other than done */
    private static Map<Modality, Pattern> cues() {
        Map<Modality, Pattern> out = new LinkedHashMap<>();
        out.put(Modality.NEGATED, VOCABULARY.pattern("commerce-negated"));
        out.put(Modality.TALKS, VOCABULARY.pattern("commerce-talks"));
        out.put(Modality.EXPECTED, VOCABULARY.pattern("commerce-expected"));
        out.put(Modality.PLANNED, VOCABULARY.pattern("commerce-planned"));
        return out;
    }

    /**
     * The table of types: what a commitment commits makes the event type (the labelling guideline's, section 2).
     *
     * @param instrument what is committed
     * @return the event type
     */
    static EventType type(Instrument instrument) {
        return switch (instrument) {
            case OUTPUT -> EventType.OFFTAKE;
            case VENTURE -> EventType.JOINT_VENTURE;
        };
    }

    /**
     * @param s a sentence
     * @return the sentence's commercial commitments, left to right, one per clause, done or not
     */
    static List<Frame> find(String s) {
        List<Frame> out = new ArrayList<>();
        if (QUESTION.matcher(s).find()) {
            return out;
        }
        Matcher take = TAKE_VERB.matcher(s);
        while (take.find()) {
            if (predicate(s, take.start(), take.end())) {
                goodsAfter(s, take.start(), take.end(), "verb", true).ifPresent(f -> add(s, out, f));
            }
        }
        Matcher give = GIVE_VERB.matcher(s);
        while (give.find()) {
            if (predicate(s, give.start(), give.end())) {
                goodsAfter(s, give.start(), give.end(), "verb", false).ifPresent(f -> add(s, out, f));
            }
        }
        Matcher noun = CONTRACT_NOUN.matcher(s);
        while (noun.find()) {
            goodsAfter(s, noun.start(), noun.end(), "noun", false).ifPresent(f -> add(s, out, f));
        }
        Matcher passive = PASSIVE.matcher(s);
        while (passive.find()) {
            goodsBefore(s, passive.start(), passive.end()).ifPresent(f -> add(s, out, f));
        }
        Matcher form = FORM_VERB.matcher(s);
        while (form.find()) {
            int to = wordsAfter(s, form.end(), WORDS);
            Matcher v = VENTURE.matcher(s).region(form.end(), to);
            if (v.find()
                    && !BREAK.matcher(s.substring(form.end(), v.start())).find()
                    && !MEMORANDUM.matcher(s.substring(0, v.start())).find()) {
                add(s, out, frame(s, form.start(), v.end(), Instrument.VENTURE, "verb"));
            }
        }
        Matcher joint = JOINTLY.matcher(s);
        while (joint.find()) {
            add(s, out, frame(s, joint.start(), joint.end(), Instrument.VENTURE, "joint"));
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    /**
     * A frame is kept unless it overlaps one kept before or shares a clause with one of its type (one commitment told
     * by two predicates: "agreed to buy and take 5,000 tonnes").
     */
    private static void add(String s, List<Frame> out, Frame f) {
        for (Frame o : out) {
            boolean overlap = o.start() < f.end() && f.start() < o.end();
            if (overlap) {
                return;
            }
            if (o.instrument() == f.instrument()) {
                int from = Math.min(o.end(), f.end());
                int to = Math.max(o.start(), f.start());
                if (from >= to || !BREAK.matcher(s.substring(from, to)).find()) {
                    return;
                }
            }
        }
        out.add(f);
    }

    /**
     * The goods a predicate or a contract's noun commits, up to six words after it, in its clause: a tonnage, or a share
     * whose goods' noun follows within six words ("65% of Lynas' heavy rare earth output", "all the magnets").
     */
    private static Optional<Frame> goodsAfter(String s, int start, int end, String shape, boolean taking) {
        int to = wordsAfter(s, end, WORDS);
        Matcher t = TONNAGE.matcher(s).region(end, to);
        if (t.find() && apart(s, end, t.start())) {
            return Optional.of(frame(s, start, t.end(), Instrument.OUTPUT, shape));
        }
        Matcher q = (taking ? SHARE_OR_DETERMINER : SHARE).matcher(s).region(end, to);
        while (q.find()) {
            if (!apart(s, end, q.start())) {
                return Optional.empty();
            }
            // a determiner names its goods at once ("the magnets", "its Bougouni production"); a share may reach
            // further
            boolean determiner = DETERMINER.matcher(q.group()).matches();
            int goodsEnd = wordsAfter(s, q.end(), determiner ? 3 : GOODS_WORDS);
            Matcher g = GOODS.matcher(s).region(q.end(), goodsEnd);
            if (g.find()
                    && !BREAK.matcher(s.substring(q.end(), g.start())).find()
                    && (!determiner || apart(s, q.end(), g.start()))) {
                if (MARKET_SHARE.matcher(s.substring(q.start(), g.end())).find()) {
                    return Optional.empty(); // "supplies 90% of the world's output": a share of a market, no buyer's
                }
                return Optional.of(frame(s, start, g.end(), Instrument.OUTPUT, shape));
            }
        }
        return Optional.empty();
    }

    /** Whether nothing parts a predicate from goods told at {@code at}: no clause break, coordinator or plant. */
    private static boolean apart(String s, int end, int at) {
        String gap = s.substring(end, at);
        return !BREAK.matcher(gap).find() && !GAP.matcher(gap).find();
    }

    /**
     * Whether a verb's word is its predicate: not "take" in an idiom ("took effect"), and a noun with "of" only after a
     * determiner ("the purchase of 2,000 tonnes", not "an average export supply of 2,000 tonnes").
     */
    private static boolean predicate(String s, int start, int end) {
        String after = s.substring(end, Math.min(s.length(), end + 20));
        if (IDIOM.matcher(after).lookingAt()) {
            return false;
        }
        return !after.matches("(?s)^\\s+of\\b.*")
                || NOUN_DETERMINER
                        .matcher(s.substring(Math.max(0, start - 12), start))
                        .find();
    }

    /**
     * The goods a passive commits, told before it in its clause, up to ten words back: "Half of the mine's output has
     * been sold to", "All the hydroxide from the plant is committed to". The frame starts at the goods.
     */
    private static Optional<Frame> goodsBefore(String s, int verb, int verbEnd) {
        int from = tenWordsBefore(s, verb);
        Matcher b = BREAK.matcher(s).region(from, verb);
        while (b.find()) {
            from = b.end(); // the clause starts after its last break
        }
        Matcher t = TONNAGE.matcher(s).region(from, verb);
        if (t.find()) {
            return Optional.of(frame(s, t.start(), verbEnd, Instrument.OUTPUT, "passive"));
        }
        Matcher q = SHARE.matcher(s).region(from, verb);
        while (q.find()) {
            Matcher g = GOODS.matcher(s).region(q.end(), verb);
            if (g.find()
                    && !MARKET_SHARE.matcher(s.substring(q.start(), g.end())).find()) {
                return Optional.of(frame(s, q.start(), verbEnd, Instrument.OUTPUT, "passive"));
            }
        }
        return Optional.empty();
    }

    private static Frame frame(String s, int start, int end, Instrument instrument, String shape) {
        return new Frame(start, end, instrument, modality(s, start), shape);
    }

    /**
     * @param s a sentence
     * @param at where the act starts
     * @return how the clause before the act tells it: made, or planned, in talks, expected or denied
     */
    static Modality modality(String s, int at) {
        String before = s.substring(0, at);
        Matcher clause = LAST_CLAUSE_START.matcher(before);
        String words = before.substring(Math.max(clause.lookingAt() ? clause.end() : 0, Math.max(0, at - 60)));
        return CUES.entrySet().stream()
                .filter(cue -> cue.getValue().matcher(words).find())
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(Modality.DONE);
    }

    /** @return where the tenth word before {@code at} starts (at the sentence's start if there are fewer) */
    private static int tenWordsBefore(String s, int at) {
        Matcher back = TEN_WORDS_BEFORE.matcher(s).region(Math.max(0, at - 400), at);
        return back.find() ? back.start() : Math.max(0, at - 400);
    }

    /** @return where the {@code n}th word after {@code at} ends */
    private static int wordsAfter(String s, int at, int n) {
        Matcher word = WORD.matcher(s);
        int end = at;
        for (int w = 0; w < n && end < s.length() && word.find(end); w++) {
            end = word.end();
        }
        return end;
    }

    /**
     * @param frame a frame
     * @param phrase the frame's words
     * @return the rule of the frame's trigger: its shape, its instrument and its words
     */
    static String rule(Frame frame, String phrase) {
        return RULE + "(" + frame.shape() + ", " + frame.instrument().name().toLowerCase(Locale.ROOT) + ") "
                + phrase.toLowerCase(Locale.ROOT);
    }
}
