package lodestone.news.frame;

import java.util.List;
import lodestone.news.vet.Candidate;
import lodestone.news.vet.CandidateFilter;
import lodestone.news.vet.LogisticFilter;

/**
 * The last stage when frames are proposed: a proposed candidate ({@link Proposal#proposed}) is kept when the gate, a
 * logistic regression over its {@link lodestone.news.vet.CandidateFeatures}, reaches the gate's threshold; every other
 * candidate is decided by the candidate filter. Both read the features of the whole article's candidates, the proposed
 * ones included, as the filter alone would. Immutable and thread-safe. No gate ships: out of fold it did not raise
 * event F1 ({@code docs/methods/news.md} §4, round 14a); {@code ProposalValidation} trains one per fold.
 *
 * @param gate the model of the proposed candidates (its own weights and threshold)
 * @param others the filter of the other candidates
 */
public record ProposalGate(LogisticFilter gate, CandidateFilter others) implements CandidateFilter {
    @Override
    public boolean[] keep(List<Candidate> article) {
        boolean[] out = others.keep(article);
        for (int i = 0; i < out.length; i++) {
            if (Proposal.proposed(article.get(i).rule())) {
                out[i] = gate.probability(article, i) >= gate.threshold();
            }
        }
        return out;
    }
}
