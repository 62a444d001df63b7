package lodestone.news.frame;

import java.util.Set;
import lodestone.news.classify.SentenceClassifier;
import lodestone.news.classify.SentenceLabel;
import org.jspecify.annotations.Nullable;

/**
 * What the stages before the frame stage computed for one sentence.
 *
 * @param sentence the sentence's index in the article, from 0
 * @param ruleTriggers how many triggers the rules found in it
 * @param triggersLeft how many triggers are left after the classifier's veto and additions (the frames the sentence
 *     gives without a proposal)
 * @param speculative whether the sentence speculates (analysts, could, is considering); only read when the classifier
 *     read the sentence and no trigger is left, else false
 * @param prediction the classifier's probabilities for the sentence, or null when it did not read it
 * @param typesLeft the event types of the triggers left (empty when none is left)
 */
public record Reading(
        int sentence,
        int ruleTriggers,
        int triggersLeft,
        boolean speculative,
        SentenceClassifier.@Nullable Prediction prediction,
        Set<SentenceLabel> typesLeft) {
    public Reading {
        if (sentence < 0 || ruleTriggers < 0 || triggersLeft < 0) {
            throw new IllegalArgumentException("sentence (" + sentence + "), rule triggers (" + ruleTriggers
                    + ") and triggers left (" + triggersLeft + ") must be at least 0.");
        }
        typesLeft = Set.copyOf(typesLeft);
        if (typesLeft.size() > triggersLeft) {
            throw new IllegalArgumentException(
                    "types left (" + typesLeft + ") must be no more than the triggers left (" + triggersLeft + ").");
        }
    }

    /** A reading whose triggers' types are not told (a sentence with no trigger left, or a proposer that reads none). */
    public Reading(
            int sentence,
            int ruleTriggers,
            int triggersLeft,
            boolean speculative,
            SentenceClassifier.@Nullable Prediction prediction) {
        this(sentence, ruleTriggers, triggersLeft, speculative, prediction, Set.of());
    }
}
