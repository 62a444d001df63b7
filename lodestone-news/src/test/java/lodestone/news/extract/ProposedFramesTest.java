package lodestone.news.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import lodestone.news.article.Article;
import lodestone.news.article.ArticleReader;
import lodestone.news.classify.SentenceLabel;
import lodestone.news.frame.FrameProposer;
import lodestone.news.frame.Proposal;
import lodestone.news.vet.CandidateFilter;
import org.junit.jupiter.api.Test;

/** The proposal gate decides before coreference: a rejected proposal leaves no trace in the events. */
class ProposedFramesTest {
    /** Proposes an investment in every sentence where no trigger is left. */
    private static final FrameProposer EVERYWHERE = reading ->
            reading.triggersLeft() == 0 ? Optional.of(new Proposal(SentenceLabel.INVESTMENT, 0.5)) : Optional.empty();

    private static final CandidateFilter REJECT_PROPOSALS = article -> {
        boolean[] keep = new boolean[article.size()];
        for (int i = 0; i < keep.length; i++) {
            keep[i] = !Proposal.proposed(article.get(i).rule());
        }
        return keep;
    };

    private static List<Article> articles() {
        return ArticleReader.withDefaults()
                .readAll(CorpusExtractions.split("corpus/check").toString());
    }

    @Test
    void rejectedProposalsGiveTheEventsOfNoProposer() {
        NewsExtractor rules = NewsExtractor.rulesOnly();
        NewsExtractor rejecting = rules.proposing(EVERYWHERE, REJECT_PROPOSALS);
        for (Article article : articles()) {
            assertThat(rejecting.extract(article).events())
                    .as(article.name())
                    .isEqualTo(rules.extract(article).events());
        }
    }

    @Test
    void theGateSeesEveryProposalBeforeCoreferenceAndAcceptedOnesAreKept() {
        NewsExtractor rules = NewsExtractor.rulesOnly();
        int[] proposed = new int[1];
        NewsExtractor accepting = rules.proposing(EVERYWHERE, article -> {
            proposed[0] += (int)
                    article.stream().filter(c -> Proposal.proposed(c.rule())).count();
            boolean[] keep = new boolean[article.size()];
            Arrays.fill(keep, true);
            return keep;
        });
        int more = 0;
        for (Article article : articles()) {
            more += accepting.extract(article).events().size()
                    - rules.extract(article).events().size();
        }
        // the gate sees the proposals before any is merged: more of them than the events they add
        assertThat(more).isPositive();
        assertThat(proposed[0]).isGreaterThan(more);
    }
}
