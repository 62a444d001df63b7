package lodestone.news.vet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import lodestone.news.classify.SentenceLabel;

/**
 * The feature vector of a candidate event, read from its {@link Candidate} and the article's other candidates. Every
 * feature is a number in [0, 1] (counts are capped), so one L2 penalty fits them all. The names, in order, are {@link
 * #NAMES}; a weights file names them too, so a file written for other features is refused.
 *
 * <ul>
 *   <li>{@code type:X}: one per event type (the model's per-type base rate);
 *   <li>{@code strong}, {@code classifier-frame} (the classifier added it), {@code classified}, {@code p-none}, {@code
 *       p-type} (the classifier's probabilities for its sentence, 0 when it did not read it);
 *   <li>{@code rule:background} (a measure told in passing or a follow-up), {@code rule:general-frame} (the decision
 *       verb and instrument frame, an own policy, a law in force), {@code rule:per-partner} (one of a deal split by
 *       partner);
 *   <li>{@code headline}, {@code lead} (the two sentences after the first), {@code position} (how far into the
 *       article), {@code long-sentence}, {@code list-item};
 *   <li>words of the sentence: {@code hedge} (could, may, might, would, plans to, expected, proposal, considering,
 *       ...), {@code future} (will, is to, set to), {@code quote}, {@code speech} (said, told, according to), {@code
 *       analysis} (analysts, estimates, forecast, market, prices), {@code negation}, {@code question}, {@code past} (a
 *       verb in the past tense ending in -ed), {@code background-time} (since, earlier, last year, previously, in a
 *       year before), {@code clause-hedge} (a hedge in its own clause);
 *   <li>the frame: {@code countries}, {@code organisations}, {@code state-party}, {@code company-only}, {@code
 *       minerals}, {@code own-minerals}, {@code generic-mineral}, {@code money}, {@code date}, {@code restated};
 *   <li>the sentence's mentions: {@code sentence-countries}, {@code sentence-organisations}, {@code
 *       sentence-minerals}, {@code borrowed-mineral} (none in the sentence, some beside it);
 *   <li>the article: {@code article-events}, {@code same-type-before}, {@code same-sentence} (other candidates in
 *       its sentence);
 *   <li>two interactions: {@code weak-x-p-none}, {@code weak-x-hedge}.
 * </ul>
 */
public final class CandidateFeatures {
    private CandidateFeatures() {}

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern HEDGE = Pattern.compile(
            "\\b(?:could|may|might|would|should|plans? to|planning to|aims? to|seeks? to|expected|expects?|proposal|"
                    + "proposed|proposes|considering|consider|weighing|mulls?|talks|negotiat\\w+|potential(?:ly)?|"
                    + "possible|possibly|likely|intends? to|hopes? to|wants? to|if)\\b",
            FLAGS);
    private static final Pattern FUTURE = Pattern.compile("\\b(?:will|is to|are to|set to|shall)\\b", FLAGS);
    private static final Pattern QUOTE = Pattern.compile("[\"“”]");
    private static final Pattern SPEECH =
            Pattern.compile("\\b(?:said|says|told|according to|stated|added|noted)\\b", FLAGS);
    private static final Pattern ANALYSIS = Pattern.compile(
            "\\b(?:analysts?|estimates?d?|forecasts?|market|prices?|demand|supply chains?|dominan\\w+|share of)\\b",
            FLAGS);
    private static final Pattern NEGATION = Pattern.compile("\\b(?:not|no|never|neither|nor|without)\\b|n't", FLAGS);
    private static final Pattern PAST = Pattern.compile("\\b\\p{L}{3,}ed\\b", FLAGS);
    private static final Pattern BACKGROUND_TIME = Pattern.compile(
            "\\b(?:since|earlier|previously|last year|in (?:19|20)\\d\\d|already|had been|has been|have been)\\b",
            FLAGS);
    private static final Pattern LIST_ITEM = Pattern.compile("^\\s*(?:[-•*–]|\\d+[.)])\\s");

    /** The event types, in the order of their one-hot features. */
    static final List<String> TYPES = java.util.Arrays.stream(SentenceLabel.values())
            .filter(l -> l != SentenceLabel.NONE)
            .map(SentenceLabel::id)
            .toList();

    /** The feature names, in vector order. */
    public static final List<String> NAMES = names();

    private static List<String> names() {
        List<String> out = new ArrayList<>();
        TYPES.forEach(t -> out.add("type:" + t));
        out.addAll(List.of(
                "strong",
                "classifier-frame",
                "classified",
                "p-none",
                "p-type",
                "rule:background",
                "rule:general-frame",
                "rule:per-partner",
                "headline",
                "lead",
                "position",
                "long-sentence",
                "list-item",
                "hedge",
                "future",
                "quote",
                "speech",
                "analysis",
                "negation",
                "question",
                "past",
                "background-time",
                "clause-hedge",
                "countries",
                "organisations",
                "state-party",
                "company-only",
                "minerals",
                "own-minerals",
                "generic-mineral",
                "money",
                "date",
                "restated",
                "sentence-countries",
                "sentence-organisations",
                "sentence-minerals",
                "borrowed-mineral",
                "article-events",
                "same-type-before",
                "same-sentence",
                "weak-x-p-none",
                "weak-x-hedge"));
        return List.copyOf(out);
    }

    /**
     * @param article the candidates of one article, in text order
     * @return the features of each, in the order of {@link #NAMES}, each in [0, 1]; linear in the number of candidates
     */
    public static double[][] of(List<Candidate> article) {
        return of(article, i -> true);
    }

    /**
     * @param article the candidates of one article, in text order
     * @param rows which candidates to describe (by index)
     * @return the features of each candidate {@code rows} accepts, as {@link #of(List)} gives them (the counts over the
     *     article read every candidate); an empty vector for the others
     */
    public static double[][] of(List<Candidate> article, IntPredicate rows) {
        int n = article.size();
        int[] before = new int[n];
        int[] sameSentence = new int[n];
        Map<String, Integer> typesSoFar = new HashMap<>();
        Map<Integer, Integer> perSentence = new HashMap<>();
        article.forEach(c -> perSentence.merge(c.sentenceIndex(), 1, Integer::sum));
        for (int i = 0; i < n; i++) {
            Candidate c = article.get(i);
            before[i] = typesSoFar.getOrDefault(c.type(), 0);
            typesSoFar.put(c.type(), before[i] + 1);
            sameSentence[i] = perSentence.getOrDefault(c.sentenceIndex(), 1) - 1;
        }
        // each candidate's vector reads the counts above and its own candidate only: a long article's are read in runs
        // on both cores (the same numbers in the same places)
        double[][] out = new double[n][];
        IntStream.range(0, (n + ROWS_PER_RUN - 1) / ROWS_PER_RUN).parallel().forEach(run -> {
            // what a sentence's words say is read once for the candidates of that sentence
            Map<Integer, Wording> wordings = new HashMap<>();
            for (int i = run * ROWS_PER_RUN; i < Math.min(n, (run + 1) * ROWS_PER_RUN); i++) {
                if (!rows.test(i)) {
                    out[i] = new double[0];
                    continue;
                }
                Candidate c = article.get(i);
                Wording w = wordings.get(c.sentenceIndex());
                if (w == null || !w.sentence().equals(c.sentence())) {
                    w = Wording.of(c.sentence());
                    wordings.put(c.sentenceIndex(), w);
                }
                out[i] = of(c, w, n, before[i], sameSentence[i]);
            }
        });
        return out;
    }

    /** Candidates whose vectors are read in one run (runs are read in parallel). */
    private static final int ROWS_PER_RUN = 500;

    /** What the features read of a sentence's wording alone (the same for every candidate of the sentence). */
    private record Wording(
            String sentence,
            boolean listItem,
            boolean hedge,
            boolean future,
            boolean quote,
            boolean speech,
            boolean analysis,
            boolean negation,
            boolean question,
            boolean past,
            boolean backgroundTime) {
        static Wording of(String s) {
            return new Wording(
                    s,
                    LIST_ITEM.matcher(s).lookingAt(),
                    HEDGE.matcher(s).find(),
                    FUTURE.matcher(s).find(),
                    QUOTE.matcher(s).find(),
                    SPEECH.matcher(s).find(),
                    ANALYSIS.matcher(s).find(),
                    NEGATION.matcher(s).find(),
                    s.strip().endsWith("?"),
                    PAST.matcher(s).find(),
                    BACKGROUND_TIME.matcher(s).find());
        }
    }

    /**
     * @param article the candidates of one article, in text order
     * @param i the index of the candidate to describe
     * @return its features, in the order of {@link #NAMES}, each in [0, 1]
     */
    public static double[] of(List<Candidate> article, int i) {
        return of(article, j -> j == i)[i];
    }

    private static double[] of(Candidate c, Wording w, int articleSize, int before, int sameSentence) {
        double[] x = new double[NAMES.size()];
        int k = 0;
        for (String t : TYPES) {
            x[k++] = flag(t.equals(c.type()));
        }
        String rule = c.rule().toLowerCase(Locale.ROOT);
        String s = c.sentence();
        boolean hedge = w.hedge();
        x[k++] = flag(c.strong());
        x[k++] = flag(rule.startsWith("classifier"));
        x[k++] = flag(c.classified());
        x[k++] = c.probabilityNone();
        x[k++] = c.probabilityType();
        x[k++] = flag(rule.contains("background") || rule.contains("follow-up") || rule.contains("extended"));
        x[k++] = flag(rule.contains("frame") || rule.contains("own policy") || rule.contains("in force"));
        x[k++] = flag(rule.endsWith("(one per partner)"));
        x[k++] = flag(c.headline());
        x[k++] = flag(!c.headline() && c.sentenceIndex() >= 1 && c.sentenceIndex() <= 2);
        x[k++] = c.sentenceCount() <= 1 ? 0 : (double) c.sentenceIndex() / (c.sentenceCount() - 1);
        x[k++] = capped(s.length() / 100.0, 4);
        x[k++] = flag(w.listItem());
        x[k++] = flag(hedge);
        x[k++] = flag(w.future());
        x[k++] = flag(w.quote());
        x[k++] = flag(w.speech());
        x[k++] = flag(w.analysis());
        x[k++] = flag(w.negation());
        x[k++] = flag(w.question());
        x[k++] = flag(w.past());
        x[k++] = flag(w.backgroundTime());
        x[k++] = flag(!c.clause().isEmpty() && HEDGE.matcher(c.clause()).find());
        x[k++] = capped(c.countries(), 3);
        x[k++] = capped(c.organisations(), 3);
        x[k++] = flag(c.countries() > 0);
        x[k++] = flag(c.countries() == 0 && c.organisations() > 0);
        x[k++] = capped(c.minerals(), 3);
        x[k++] = flag(c.ownMinerals());
        x[k++] = flag(c.genericMineral());
        x[k++] = flag(c.money());
        x[k++] = flag(c.date());
        x[k++] = flag(c.restated());
        x[k++] = capped(c.sentenceCountries(), 3);
        x[k++] = capped(c.sentenceOrganisations(), 3);
        x[k++] = capped(c.sentenceMinerals(), 3);
        x[k++] = flag(c.sentenceMinerals() == 0 && c.neighbourMinerals() > 0);
        x[k++] = capped(articleSize, 10);
        x[k++] = capped(before, 3);
        x[k++] = capped(sameSentence, 3);
        x[k++] = c.strong() ? 0 : c.probabilityNone();
        x[k++] = flag(!c.strong() && hedge);
        if (k != x.length) {
            throw new IllegalStateException("features written (" + k + ") must be " + x.length + ".");
        }
        return x;
    }

    private static double flag(boolean b) {
        return b ? 1 : 0;
    }

    /** @return value / cap, at most 1 */
    private static double capped(double value, double cap) {
        return Math.min(value, cap) / cap;
    }
}
