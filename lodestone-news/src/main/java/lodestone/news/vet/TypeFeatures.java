package lodestone.news.vet;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import lodestone.news.classify.SentenceLabel;

/**
 * The feature vector from which {@link TypeCombiner} decides a candidate event's type: what the trigger said, what the
 * sentence classifier said, and a few signs in the sentence that separate the types the two confuse. Every feature is a
 * number in [0, 1]; the names, in order, are {@link #NAMES}.
 *
 * <ul>
 *   <li>{@code trigger:X}: one per event type, the type the rule (or the classifier's added frame) gave;
 *   <li>{@code strong}, {@code classifier-frame}, {@code classified} (whether the classifier read the sentence);
 *   <li>{@code p:X}: the classifier's probability of each label for the sentence ({@code none} and every type), 0 when
 *       it did not read it;
 *   <li>{@code until}: a time limit or a duration ("until", "through", "for six months", "expires");
 *   <li>{@code buyer}: a verb of buying ("buy", "purchase", "procure");
 *   <li>{@code production-quota}: a quota, cap or limit on mining, production or output;
 *   <li>{@code export-word}: an export or shipment word;
 *   <li>the frame: {@code money}, {@code state-party}, {@code company-only}.
 * </ul>
 *
 * <p>The signs are read from the candidate's own clause when it has one, else from its sentence.
 */
public final class TypeFeatures {
    private TypeFeatures() {}

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern UNTIL = Pattern.compile(
            "\\b(?:until|till|through|expires?|expiry|for (?:a|one|two|three|six|twelve|\\d+) (?:days?|weeks?|months?"
                    + "|years?))\\b",
            FLAGS);
    private static final Pattern BUYER =
            Pattern.compile("\\b(?:buy|buys|buying|bought|purchas\\w*|procur\\w*)\\b", FLAGS);
    private static final Pattern PRODUCTION_QUOTA = Pattern.compile(
            "\\b(?:mining|production|output|extraction|ore)\\b[^.;]{0,40}\\b(?:quotas?|caps?|limits?)\\b"
                    + "|\\b(?:quotas?|caps?|limits?)\\b[^.;]{0,20}\\b(?:mining|production|output|extraction)\\b",
            FLAGS);
    private static final Pattern EXPORT_WORD =
            Pattern.compile("\\b(?:exports?|exported|exporters?|exporting|shipments?|overseas sales)\\b", FLAGS);

    /** The event types, in the order of their one-hot features and of a combiner's rows. */
    public static final List<String> TYPES = CandidateFeatures.TYPES;

    /** The feature names, in vector order. */
    public static final List<String> NAMES = names();

    private static List<String> names() {
        List<String> out = new ArrayList<>();
        TYPES.forEach(t -> out.add("trigger:" + t));
        out.addAll(List.of("strong", "classifier-frame", "classified"));
        Arrays.stream(SentenceLabel.values()).forEach(l -> out.add("p:" + l.id()));
        out.addAll(
                List.of("until", "buyer", "production-quota", "export-word", "money", "state-party", "company-only"));
        return List.copyOf(out);
    }

    /**
     * @param c a candidate event
     * @param probabilities the classifier's probability of each label for its sentence, in the order of {@link
     *     SentenceLabel#values()}, or an empty array when the classifier did not read it
     * @return its features, in the order of {@link #NAMES}, each in [0, 1]
     * @throws IllegalArgumentException if the probabilities are neither empty nor one per label
     */
    public static double[] of(Candidate c, double[] probabilities) {
        int labels = SentenceLabel.values().length;
        if (probabilities.length != 0 && probabilities.length != labels) {
            throw new IllegalArgumentException("probabilities (" + probabilities.length + " numbers) must be none or"
                    + " one per label (" + labels + ").");
        }
        double[] x = new double[NAMES.size()];
        int k = 0;
        for (String t : TYPES) {
            x[k++] = flag(t.equals(c.type()));
        }
        x[k++] = flag(c.strong());
        x[k++] = flag(c.rule().toLowerCase(Locale.ROOT).startsWith("classifier"));
        x[k++] = flag(probabilities.length != 0);
        for (int l = 0; l < labels; l++) {
            x[k++] = probabilities.length == 0 ? 0 : Math.min(1, Math.max(0, probabilities[l]));
        }
        String s = c.clause().isEmpty() ? c.sentence() : c.clause();
        x[k++] = flag(UNTIL.matcher(s).find());
        x[k++] = flag(BUYER.matcher(s).find());
        x[k++] = flag(PRODUCTION_QUOTA.matcher(s).find());
        x[k++] = flag(EXPORT_WORD.matcher(s).find());
        x[k++] = flag(c.money());
        x[k++] = flag(c.countries() > 0);
        x[k++] = flag(c.countries() == 0 && c.organisations() > 0);
        if (k != x.length) {
            throw new IllegalStateException("features written (" + k + ") must be " + x.length + ".");
        }
        return x;
    }

    private static double flag(boolean b) {
        return b ? 1 : 0;
    }
}
