package lodestone.news.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import lodestone.news.article.Article;
import lodestone.news.article.ArticleReader;
import lodestone.news.classify.SentenceClassifier;
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
    void theWiderReadingGivesTheProposerSentencesWithAPartyOrAMineralAlone() {
        Article article = new Article(
                "w.txt",
                "w.txt",
                "Lynas Rare Earths will build a rare earths processing plant in Texas. The company said the plant"
                        + " would open in 2027. Canada's resources minister visited the site in Sudbury on Monday.",
                Optional.empty(),
                Optional.empty());
        NewsExtractor bundled = new NewsExtractor(Gazetteer.bundled(), Optional.of(SentenceClassifier.bundled()));
        Set<Integer> read = classified(bundled, article);
        Set<Integer> readWider = classified(bundled.readingWider(true), article);
        // the first sentence names a mineral and a party, the second follows it; the third names a party, no mineral
        // near it, in an article that names one: read for the proposer alone
        assertThat(read).doesNotContain(2);
        assertThat(readWider).contains(2).containsAll(read);
    }

    /** @return the sentences whose reading reaches the proposer with the classifier's probabilities */
    private static Set<Integer> classified(NewsExtractor extractor, Article article) {
        Set<Integer> out = new HashSet<>();
        extractor
                .proposing(
                        reading -> {
                            if (reading.prediction() != null) {
                                out.add(reading.sentence());
                            }
                            return Optional.empty();
                        },
                        REJECT_PROPOSALS)
                .extract(article);
        return out;
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
