package lodestone.news.frame;

import java.util.Optional;
import java.util.Set;
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
        checkFloor(floor);
    }

    /** @throws IllegalArgumentException if a proposer's floor is not in (0, 1] */
    static void checkFloor(double floor) {
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
        return proposal(p, likeliest(p, Set.of()), floor);
    }

    /**
     * @param p the classifier's probabilities for a sentence
     * @param excluded event types left aside
     * @return the event type the additions model finds most probable among the others ({@code none} when all are left
     *     aside; the first in {@link SentenceLabel#values()} order on a tie)
     */
    static SentenceLabel likeliest(SentenceClassifier.Prediction p, Set<SentenceLabel> excluded) {
        SentenceLabel best = SentenceLabel.NONE;
        for (SentenceLabel label : SentenceLabel.values()) {
            if (label != SentenceLabel.NONE
                    && !excluded.contains(label)
                    && (best == SentenceLabel.NONE || p.additionProbability(label) > p.additionProbability(best))) {
                best = label;
            }
        }
        return best;
    }

    /** @return a proposal of that type when it is an event type whose probability reaches the floor */
    static Optional<Proposal> proposal(SentenceClassifier.Prediction p, SentenceLabel type, double floor) {
        if (type == SentenceLabel.NONE) {
            return Optional.empty();
        }
        double probability = p.additionProbability(type);
        return probability >= floor ? Optional.of(new Proposal(type, probability)) : Optional.empty();
    }
}
