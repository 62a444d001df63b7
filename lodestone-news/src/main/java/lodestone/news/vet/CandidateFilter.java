package lodestone.news.vet;

import java.util.Arrays;
import java.util.List;

/** Decides which candidate events of an article are kept. */
public interface CandidateFilter {
    /**
     * @param article the candidates of one article, in text order
     * @return for each candidate, whether it is kept
     */
    boolean[] keep(List<Candidate> article);

    /**
     * @return whether {@link #keep} reads the candidates' {@link Candidate.Signals}; a filter that does not is given
     *     candidates with {@link Candidate.Signals#NONE}, and the pipeline does not compute them (true unless a filter
     *     says otherwise, so that a filter that records its candidates, as training does, gets them)
     */
    default boolean readsSignals() {
        return true;
    }

    /** @return the filter that keeps every candidate (it reads no signal) */
    static CandidateFilter all() {
        return new CandidateFilter() {
            @Override
            public boolean[] keep(List<Candidate> article) {
                boolean[] out = new boolean[article.size()];
                Arrays.fill(out, true);
                return out;
            }

            @Override
            public boolean readsSignals() {
                return false;
            }
        };
    }
}
