package lodestone.news.frame;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;
import lodestone.news.vet.Candidate;
import lodestone.news.vet.CandidateFeatures;

/**
 * The feature vector the proposal gate reads: the candidate filter's {@link CandidateFeatures} followed by signals the
 * filter does not have, read from the candidate's {@link Candidate.Signals} and the article's other frames. Every
 * feature is a number in [0, 1]. The names, in order, are {@link #NAMES}; they begin with {@link
 * CandidateFeatures#NAMES}, so a model over a prefix of them (the gate before round 16a) reads the same vectors cut.
 *
 * <ul>
 *   <li>the classifier's certainty: {@code margin} (its highest probability for the sentence minus the second), {@code
 *       entropy} (of its probabilities, over the largest possible);
 *   <li>salience: {@code lead-party}, {@code lead-mineral} (the headline or the lead names a party or a mineral of the
 *       frame);
 *   <li>the rule-read frames of the article (those not proposed): {@code rule-frames} (how many), {@code
 *       rule-party}, {@code rule-mineral} (one shares a party, a mineral), {@code rule-same-type} (one has the frame's
 *       type), {@code restatement} (one has its type and shares a party and a mineral), {@code near-rule} (1 / (1 +
 *       the distance in sentences to the nearest), {@code near-restatement} (a restatement within two sentences);
 *   <li>the sentence's form: {@code qa-line} (a question, or a line of an interview: "Q:", "A:"), {@code
 *       opens-quote} (it opens with a quotation mark), {@code intention} (plans, intends, aims, seeks, wants, hopes,
 *       will, would), {@code forecast} (expects, forecast, projected, estimated, likely, could, may, might), {@code
 *       perfect} (has or have with a past participle: a state of affairs told as done).
 * </ul>
 */
public final class GateFeatures {
    private GateFeatures() {}

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern QA = Pattern.compile("^\\s*(?:Q|A|Question|Answer)\\s*[:.\\-–]\\s", FLAGS);
    private static final Pattern OPENS_QUOTE = Pattern.compile("^\\s*[\"“‘']");
    private static final Pattern INTENTION = Pattern.compile(
            "\\b(?:plans?|planned|planning|intends?|intended|aims?|aimed|seeks?|sought|wants?|hopes?|will|would|"
                    + "is set to|are set to|is to|are to|is due to|are due to|pledged? to|promised? to)\\b",
            FLAGS);
    private static final Pattern FORECAST = Pattern.compile(
            "\\b(?:expects?|expected|expecting|forecasts?|forecast|projected|projects|estimated|estimates?|likely|"
                    + "could|may|might|predicts?|predicted|anticipated?|outlook)\\b",
            FLAGS);
    private static final Pattern PERFECT =
            Pattern.compile("\\b(?:has|have|had)\\s+(?:\\w+ly\\s+)?\\p{L}{3,}(?:ed|en)\\b", FLAGS);

    /** The features the gate adds to the candidate filter's, in vector order. */
    public static final List<String> OWN = List.of(
            "margin",
            "entropy",
            "lead-party",
            "lead-mineral",
            "rule-frames",
            "rule-party",
            "rule-mineral",
            "rule-same-type",
            "restatement",
            "near-rule",
            "near-restatement",
            "qa-line",
            "opens-quote",
            "intention",
            "forecast",
            "perfect");

    /** The feature names, in vector order: {@link CandidateFeatures#NAMES}, then {@link #OWN}. */
    public static final List<String> NAMES = names();

    private static List<String> names() {
        List<String> out = new ArrayList<>(CandidateFeatures.NAMES);
        out.addAll(OWN);
        return List.copyOf(out);
    }

    /**
     * @param article the frames of one article, in text order
     * @return the features of each, in the order of {@link #NAMES}, each in [0, 1]; each frame is compared with the
     *     article's rule-read frames through counts of their parties, minerals and types (linear in the frames; the
     *     pipeline computes the signals only for a gate that reads them, {@link ProposalGate#readsSignals})
     */
    public static double[][] of(List<Candidate> article) {
        return of(article, NAMES.size(), i -> true);
    }

    /**
     * @param article the frames of one article, in text order
     * @param width how many of the features a model reads (the first of {@link #NAMES})
     * @param rows which frames to describe (by index)
     * @return the first {@code width} features of each frame {@code rows} accepts, as {@link #of(List)} gives them; an
     *     empty vector for the others. The gate's own signals, which compare a frame with the article's rule-read
     *     frames, are read only when {@code width} reaches them, and the signals of the frames are read only then.
     */
    public static double[][] of(List<Candidate> article, int width, IntPredicate rows) {
        int filterWidth = CandidateFeatures.NAMES.size();
        if (width < 0 || width > NAMES.size()) {
            throw new IllegalArgumentException("width (" + width + ") must be in [0, " + NAMES.size() + "].");
        }
        double[][] filter = CandidateFeatures.of(article, rows);
        if (width <= filterWidth) {
            for (int i = 0; i < filter.length && width < filterWidth; i++) {
                filter[i] = rows.test(i) ? Arrays.copyOf(filter[i], width) : filter[i];
            }
            return filter;
        }
        RuleFrames rules = new RuleFrames(article);
        double[][] out = new double[article.size()][];
        for (int i = 0; i < out.length; i++) {
            if (!rows.test(i)) {
                out[i] = filter[i];
                continue;
            }
            double[] x = new double[NAMES.size()];
            System.arraycopy(filter[i], 0, x, 0, filterWidth);
            own(article, i, rules, x, filterWidth);
            out[i] = width == x.length ? x : Arrays.copyOf(x, width);
        }
        return out;
    }

    /**
     * The article's rule-read frames, counted by what a frame is compared on, so that each frame is compared with all
     * of them in time that does not grow with their number (a 5 MB article has over ten thousand).
     */
    private static final class RuleFrames {
        final int count;
        final Map<String, Integer> parties = new HashMap<>();
        final Map<String, Integer> minerals = new HashMap<>();
        final Map<String, Integer> types = new HashMap<>();
        /** the sentence indices of the frames of each type, party and mineral, sorted */
        final Map<List<String>, int[]> restatements;
        /** the sentence indices of all of them, sorted */
        final int[] sentences;

        RuleFrames(List<Candidate> article) {
            Map<List<String>, List<Integer>> told = new HashMap<>();
            List<Integer> at = new ArrayList<>();
            for (Candidate r : article) {
                if (Proposal.proposed(r.rule())) {
                    continue;
                }
                Candidate.Signals o = r.signals();
                o.parties().forEach(p -> parties.merge(p, 1, Integer::sum));
                o.minerals().forEach(m -> minerals.merge(m, 1, Integer::sum));
                types.merge(r.type(), 1, Integer::sum);
                for (String p : o.parties()) {
                    for (String m : o.minerals()) {
                        told.computeIfAbsent(List.of(r.type(), p, m), k -> new ArrayList<>())
                                .add(r.sentenceIndex());
                    }
                }
                at.add(r.sentenceIndex());
            }
            count = at.size();
            sentences = sorted(at);
            restatements = new HashMap<>();
            told.forEach((k, v) -> restatements.put(k, sorted(v)));
        }

        private static int[] sorted(List<Integer> values) {
            int[] out = values.stream().mapToInt(Integer::intValue).toArray();
            Arrays.sort(out);
            return out;
        }

        /** @return how many of the sorted values lie in [from, to] */
        static int within(int[] sorted, int from, int to) {
            return lowest(sorted, to + 1) - lowest(sorted, from);
        }

        /** @return the index of the first value at least {@code value} */
        static int lowest(int[] sorted, int value) {
            int lo = 0;
            int hi = sorted.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (sorted[mid] < value) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }
    }

    private static void own(List<Candidate> article, int i, RuleFrames rules, double[] x, int from) {
        Candidate c = article.get(i);
        Candidate.Signals s = c.signals();
        // a rule frame is compared with the others: its own counts are taken off
        int self = Proposal.proposed(c.rule()) ? 0 : 1;
        boolean party = s.parties().stream().anyMatch(p -> rules.parties.getOrDefault(p, 0) > self);
        boolean mineral = s.minerals().stream().anyMatch(m -> rules.minerals.getOrDefault(m, 0) > self);
        boolean sameType = rules.types.getOrDefault(c.type(), 0) > self;
        int at = c.sentenceIndex();
        boolean restatement = false;
        boolean nearRestatement = false;
        for (String p : s.parties()) {
            for (String m : s.minerals()) {
                int[] told = rules.restatements.get(List.of(c.type(), p, m));
                if (told != null) {
                    restatement |= told.length > self;
                    nearRestatement |= RuleFrames.within(told, at - 2, at + 2) > self;
                }
            }
        }
        int nearest = Integer.MAX_VALUE;
        if (RuleFrames.within(rules.sentences, at, at) > self) {
            nearest = 0;
        } else {
            int above = RuleFrames.lowest(rules.sentences, at + 1);
            int below = RuleFrames.lowest(rules.sentences, at) - 1;
            if (above < rules.sentences.length) {
                nearest = rules.sentences[above] - at;
            }
            if (below >= 0) {
                nearest = Math.min(nearest, at - rules.sentences[below]);
            }
        }
        String sentence = c.sentence();
        int k = from;
        x[k++] = s.margin();
        x[k++] = s.entropy();
        x[k++] = flag(s.partyInLead());
        x[k++] = flag(s.mineralInLead());
        x[k++] = Math.min(rules.count, 5) / 5.0;
        x[k++] = flag(party);
        x[k++] = flag(mineral);
        x[k++] = flag(sameType);
        x[k++] = flag(restatement);
        x[k++] = nearest == Integer.MAX_VALUE ? 0 : 1.0 / (1 + nearest);
        x[k++] = flag(nearRestatement);
        x[k++] = flag(QA.matcher(sentence).lookingAt() || sentence.strip().endsWith("?"));
        x[k++] = flag(OPENS_QUOTE.matcher(sentence).lookingAt());
        x[k++] = flag(INTENTION.matcher(sentence).find());
        x[k++] = flag(FORECAST.matcher(sentence).find());
        x[k++] = flag(PERFECT.matcher(sentence).find());
        if (k != x.length) {
            throw new IllegalStateException("features written (" + k + ") must be " + x.length + ".");
        }
    }

    private static double flag(boolean b) {
        return b ? 1 : 0;
    }
}
