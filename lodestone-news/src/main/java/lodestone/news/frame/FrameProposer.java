package lodestone.news.frame;

import java.util.Optional;

/** Proposes an event frame for a sentence from what the stages before computed. Implementations are thread-safe. */
public interface FrameProposer {
    /**
     * @param reading what the stages before computed for one sentence
     * @return the frame to add, if any
     */
    Optional<Proposal> propose(Reading reading);

    /** @return the proposer that proposes nothing (rules alone, or the pipeline before round 15b) */
    static FrameProposer none() {
        return reading -> Optional.empty();
    }
}
