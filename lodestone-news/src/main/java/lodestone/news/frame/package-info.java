/**
 * Event frames proposed where no rule read the sentence: a proposer, and a learned gate that decides which of its
 * frames are kept.
 *
 * <p>{@link FrameProposer} sees, for each sentence, what the stages before the frame stage computed ({@link Reading}:
 * how many triggers the rules found, how many the sentence classifier left, whether the sentence speculates, the
 * classifier's probabilities) and may propose a frame of one event type; the frame stage then reads its parties,
 * minerals, amount and date from the whole sentence, as it reads the classifier's own frames. {@link
 * LikeliestTypeProposer} proposes the classifier's most probable event type in a sentence it read when no trigger is
 * left; {@code BesideTriggersProposer} (in the tests, for {@code ProposalValidation}) also proposes beside triggers of
 * other types (the types left are in the {@link Reading}), measured in round 17a and not shipped. Most such frames are not real, so a {@link ProposalGate} decides them right after the frame stage, before any
 * stage reads one frame beside another (so a rejected proposal never merges with a rule frame or lends it anything): a
 * logistic regression over {@link GateFeatures} (the {@link lodestone.news.vet.CandidateFeatures} the candidate filter
 * reads, then the classifier's margin and entropy, whether the headline names the frame's parties and minerals, how it
 * stands to the article's rule-read frames, and the sentence's form), trained by
 * {@link GateTraining} on the proposed frames of the development splits, each labelled by whether keeping it alone adds
 * a match under the scorer's rules. No sentence is encoded again: the
 * proposer reads the classifier's probabilities, the gate counts and expressions over one sentence.
 *
 * <p>The shipped pipeline proposes with {@link LikeliestTypeProposer} (floor {@link LikeliestTypeProposer#FLOOR}) and
 * the gate of {@link ProposalGate#bundled()}: measured out of fold by split, the gate before coreference raised event
 * F1 and lowered precision by less than 0.01 (see {@code docs/methods/news.md} §4, rounds 14a and 15b, where the
 * test-scope {@code ProposalValidation} that measures them is described).
 *
 * <p>Depends on the JDK, {@code lodestone.news.classify} (labels and predictions) and {@code lodestone.news.vet}
 * (candidates, features and the logistic fit); no I/O except, in {@link GateTraining#main}, the files it is given.
 */
@NullMarked
package lodestone.news.frame;

import org.jspecify.annotations.NullMarked;
