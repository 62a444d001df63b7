package lodestone.news.frame;

import java.util.Locale;
import lodestone.news.classify.SentenceLabel;

/**
 * A frame the proposer adds to a sentence.
 *
 * @param type the event type, never {@link SentenceLabel#NONE}
 * @param probability the classifier's probability of that type for the sentence, in [0, 1]
 */
public record Proposal(SentenceLabel type, double probability) {
    /**
     * How the rule of a proposed frame begins. It begins with {@code classifier} so that the frame stage reads the
     * whole sentence as it does for the classifier's own frames.
     */
    public static final String RULE_PREFIX = "classifier proposal: ";

    public Proposal {
        if (type == SentenceLabel.NONE) {
            throw new IllegalArgumentException("type (none) must be an event type.");
        }
        if (!(probability >= 0 && probability <= 1)) {
            throw new IllegalArgumentException("probability (" + probability + ") must be in [0, 1].");
        }
    }

    /** @return the rule recorded with the frame, e.g. {@code classifier proposal: other 0.31} */
    public String rule() {
        return RULE_PREFIX + type.id() + String.format(Locale.ROOT, " %.2f", probability);
    }

    /**
     * @param rule a candidate's rule
     * @return whether the proposer made it
     */
    public static boolean proposed(String rule) {
        return rule.startsWith(RULE_PREFIX);
    }
}
