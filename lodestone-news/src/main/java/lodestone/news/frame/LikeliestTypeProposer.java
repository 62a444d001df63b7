package lodestone.news.frame;

import java.util.Optional;
import lodestone.news.classify.SentenceClassifier;
import lodestone.news.classify.SentenceLabel;

/**
 * Proposes the classifier's most probable event type (by the additions model, {@code none} left aside) in a sentence
 * the classifier read, when no trigger is left in it, the sentence does not speculate, and the type's probability
 * reaches the floor. The floor only bounds how many frames reach {@link ProposalGate}, which decides them.
 *
 * @param floor the least probability of the type, in (0, 1]
 */
public record LikeliestTypeProposer(double floor) implements FrameProposer {
    /** The floor of the shipped pipeline. */
    public static final double FLOOR = 0.1;

    public LikeliestTypeProposer {
        if (!(floor > 0 && floor <= 1)) {
            throw new IllegalArgumentException("floor (" + floor + ") must be in (0, 1].");
        }
    }

    @Override
    public Optional<Proposal> propose(Reading reading) {
        SentenceClassifier.Prediction p = reading.prediction();
        if (p == null || reading.triggersLeft() > 0 || reading.speculative()) {
            return Optional.empty();
        }
        SentenceLabel best = SentenceLabel.NONE;
        for (SentenceLabel label : SentenceLabel.values()) {
            if (label != SentenceLabel.NONE
                    && (best == SentenceLabel.NONE || p.additionProbability(label) > p.additionProbability(best))) {
                best = label;
            }
        }
        double probability = p.additionProbability(best);
        return probability >= floor ? Optional.of(new Proposal(best, probability)) : Optional.empty();
    }
}
