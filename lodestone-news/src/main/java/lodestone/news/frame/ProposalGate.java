package lodestone.news.frame;

import java.util.List;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;
import lodestone.news.Bundled;
import lodestone.news.vet.Candidate;
import lodestone.news.vet.CandidateFeatures;
import lodestone.news.vet.CandidateFilter;
import lodestone.news.vet.LogisticFilter;

/**
 * Decides the proposed frames ({@link Proposal#proposed}) of an article before coreference: a proposed frame is kept
 * when the gate, a logistic regression over its {@link GateFeatures} (or a prefix of them, such as the candidate
 * filter's features alone), reaches the gate's threshold; every other frame is let through (the candidate filter decides those after coreference). The features are
 * read over the article's frames as the frame stage left them, before any is dated from another, scoped or merged, so a
 * rejected proposal never absorbs a rule frame or lends it anything. Immutable and thread-safe.
 *
 * @param gate the model of the proposed frames (its own weights and threshold)
 */
public record ProposalGate(LogisticFilter gate) implements CandidateFilter {
    public ProposalGate {
        if (gate.names().size() > GateFeatures.NAMES.size()
                || !GateFeatures.NAMES.subList(0, gate.names().size()).equals(gate.names())) {
            throw new IllegalArgumentException(
                    "the gate's features (" + gate.names().size() + ") must be the first of GateFeatures.NAMES ("
                            + GateFeatures.NAMES.size() + ").");
        }
    }

    /** Class-path location of the shipped gate's weights (the format of {@link LogisticFilter}). */
    public static final String WEIGHTS = "lodestone/news/frame/gate.tsv";

    private static final class Holder {
        static final ProposalGate INSTANCE = new ProposalGate(
                LogisticFilter.parseFirst(Bundled.trained(WEIGHTS, GateTraining.class), WEIGHTS, GateFeatures.NAMES));
    }

    /** @return the shipped gate ({@link #WEIGHTS}) */
    public static ProposalGate bundled() {
        return Holder.INSTANCE;
    }

    @Override
    public boolean[] keep(List<Candidate> article) {
        boolean[] out = new boolean[article.size()];
        // the features the gate reads, of the proposed frames only (the others are let through), in one pass
        IntPredicate proposed = i -> Proposal.proposed(article.get(i).rule());
        double[][] x = IntStream.range(0, out.length).anyMatch(proposed)
                ? GateFeatures.of(article, gate.names().size(), proposed)
                : new double[0][];
        for (int i = 0; i < out.length; i++) {
            out[i] = !proposed.test(i) || gate.probability(x[i]) >= gate.threshold();
        }
        return out;
    }

    /**
     * @return whether the gate reads any of {@link GateFeatures#OWN}, which read the candidates' {@link
     *     Candidate.Signals} (the shipped gate reads the candidate filter's features alone)
     */
    @Override
    public boolean readsSignals() {
        return gate.names().size() > CandidateFeatures.NAMES.size();
    }
}
