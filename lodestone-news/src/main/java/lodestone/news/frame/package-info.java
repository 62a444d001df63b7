/**
 * Event frames proposed where no rule read the sentence: a proposer and the learned gate that decides which of its
 * frames are kept.
 *
 * <p>{@link FrameProposer} sees, for each sentence, what the stages before it computed ({@link Reading}: how many
 * triggers the rules found, how many the sentence classifier left, whether the sentence speculates, the classifier's
 * probabilities) and may propose a frame of one event type; the frame stage then reads its parties, minerals, amount
 * and date from the whole sentence, as it reads the classifier's own frames. {@link LikeliestTypeProposer} proposes the
 * classifier's most probable event type in a sentence it read when no trigger is left. Most such frames are not real,
 * so {@link ProposalGate} decides them after coreference: a logistic regression over the same {@link
 * lodestone.news.vet.CandidateFeatures} the candidate filter reads, trained by {@link GateTraining} on the proposed
 * frames of the development splits labelled by the scorer's matching, and shipped as {@code
 * lodestone/news/frame/gate.tsv}; every other candidate goes to the candidate filter. No sentence is encoded again:
 * the proposer reads the classifier's probabilities of the sentence, and the gate counts and expressions over one
 * sentence. See {@code docs/methods/news.md} §2 and §4 (round 14a).
 *
 * <p>Depends on the JDK, {@code lodestone.news.classify} (labels and predictions) and {@code lodestone.news.vet}
 * (candidates, features and the logistic fit); no I/O except reading class-path resources (and, in {@link
 * GateTraining#main}, the files it is given).
 */
@NullMarked
package lodestone.news.frame;

import org.jspecify.annotations.NullMarked;
