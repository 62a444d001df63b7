package lodestone.news.frame;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import lodestone.news.vet.Candidate;
import lodestone.news.vet.CandidateFilter;
import lodestone.news.vet.LogisticFilter;

/**
 * The last stage when frames are proposed: a proposed candidate ({@link Proposal#proposed}) is kept when the gate, a
 * logistic regression over its {@link lodestone.news.vet.CandidateFeatures}, reaches the gate's threshold; every other
 * candidate is decided by the candidate filter. Both read the features of the whole article's candidates, the proposed
 * ones included, as the filter alone would. Immutable and thread-safe.
 *
 * @param gate the model of the proposed candidates (its own weights and threshold)
 * @param others the filter of the other candidates
 */
public record ProposalGate(LogisticFilter gate, CandidateFilter others) implements CandidateFilter {
    /** Class-path location of the shipped gate, in the weights format of {@link LogisticFilter}. */
    public static final String WEIGHTS = "lodestone/news/frame/gate.tsv";

    private static final class Holder {
        static final LogisticFilter INSTANCE = LogisticFilter.parse(resource(), WEIGHTS);
    }

    /** @return the shipped gate's model ({@link #WEIGHTS}) */
    public static LogisticFilter bundledGate() {
        return Holder.INSTANCE;
    }

    /**
     * @param others the filter of the candidates the rules and the classifier made
     * @return the shipped gate in front of it
     */
    public static ProposalGate bundled(CandidateFilter others) {
        return new ProposalGate(bundledGate(), others);
    }

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

    private static String resource() {
        try (InputStream in = ProposalGate.class.getClassLoader().getResourceAsStream(WEIGHTS)) {
            if (in == null) {
                throw new IllegalStateException("resource " + WEIGHTS + " is missing from lodestone-news.\nMaybe run"
                        + " lodestone.news.frame.GateTraining to create it.");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
