package lodestone.news.frame;

import java.util.Optional;
import java.util.Set;
import lodestone.news.classify.SentenceClassifier;
import lodestone.news.classify.SentenceLabel;

/**
 * Proposes as {@link LikeliestTypeProposer} does where no trigger is left, and also in a sentence whose triggers left
 * tell events of other types: there it proposes the classifier's most probable event type among the types no trigger
 * left has (a second action the sentence tells, or the action the triggers read with the wrong type), when that type's
 * probability reaches the floor. With {@code likeliestOnly}, a sentence with triggers gets a proposal only when that
 * type is also the most probable of all (the classifier reads the sentence as another type than its triggers). The
 * {@link ProposalGate} decides every proposal, as it does the others.
 *
 * @param floor the least probability of the type, in (0, 1]
 * @param likeliestOnly whether a sentence with triggers gets a proposal only when the classifier's most probable type
 *     is one no trigger left has
 */
public record BesideTriggersProposer(double floor, boolean likeliestOnly) implements FrameProposer {
    public BesideTriggersProposer {
        LikeliestTypeProposer.checkFloor(floor);
    }

    @Override
    public Optional<Proposal> propose(Reading reading) {
        SentenceClassifier.Prediction p = reading.prediction();
        if (p == null || reading.speculative()) {
            return Optional.empty();
        }
        if (reading.triggersLeft() == 0) {
            return new LikeliestTypeProposer(floor).propose(reading);
        }
        if (reading.typesLeft().isEmpty()) {
            return Optional.empty(); // the triggers' types are not told
        }
        SentenceLabel best = LikeliestTypeProposer.likeliest(p, reading.typesLeft());
        if (likeliestOnly && best != LikeliestTypeProposer.likeliest(p, Set.of())) {
            return Optional.empty();
        }
        return LikeliestTypeProposer.proposal(p, best, floor);
    }
}
