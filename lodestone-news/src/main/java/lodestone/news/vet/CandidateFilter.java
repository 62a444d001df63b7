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

    /** @return the filter that keeps every candidate */
    static CandidateFilter all() {
        return article -> {
            boolean[] out = new boolean[article.size()];
            Arrays.fill(out, true);
            return out;
        };
    }
}
