package lodestone.news.frame;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
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
     *     article's rule-read frames (quadratic in the frames of one article: the pipeline reads these signals only when
     *     its gate does, {@link ProposalGate#readsSignals})
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
        List<Integer> rules = new ArrayList<>();
        for (int j = 0; j < article.size(); j++) {
            if (!Proposal.proposed(article.get(j).rule())) {
                rules.add(j);
            }
        }
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

    private static void own(List<Candidate> article, int i, List<Integer> rules, double[] x, int from) {
        Candidate c = article.get(i);
        Candidate.Signals s = c.signals();
        boolean party = false;
        boolean mineral = false;
        boolean sameType = false;
        boolean restatement = false;
        boolean nearRestatement = false;
        int nearest = Integer.MAX_VALUE;
        for (int j : rules) {
            if (j == i) {
                continue;
            }
            Candidate r = article.get(j);
            Candidate.Signals o = r.signals();
            boolean p = shares(s.parties(), o.parties());
            boolean m = shares(s.minerals(), o.minerals());
            boolean t = r.type().equals(c.type());
            int distance = Math.abs(r.sentenceIndex() - c.sentenceIndex());
            party |= p;
            mineral |= m;
            sameType |= t;
            restatement |= t && p && m;
            nearRestatement |= t && p && m && distance <= 2;
            nearest = Math.min(nearest, distance);
        }
        String sentence = c.sentence();
        int k = from;
        x[k++] = s.margin();
        x[k++] = s.entropy();
        x[k++] = flag(s.partyInLead());
        x[k++] = flag(s.mineralInLead());
        x[k++] = Math.min(rules.size(), 5) / 5.0;
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

    private static boolean shares(Set<String> a, Set<String> b) {
        for (String v : a) {
            if (b.contains(v)) {
                return true;
            }
        }
        return false;
    }

    private static double flag(boolean b) {
        return b ? 1 : 0;
    }
}
