package lodestone.news.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import lodestone.news.article.Article;
import lodestone.news.article.ArticleReader;
import lodestone.news.classify.SentenceLabel;
import lodestone.news.frame.FrameProposer;
import lodestone.news.frame.GateFeatures;
import lodestone.news.frame.Proposal;
import lodestone.news.frame.ProposalGate;
import lodestone.news.vet.Candidate;
import lodestone.news.vet.CandidateFeatures;
import lodestone.news.vet.CandidateFilter;
import lodestone.news.vet.LogisticFilter;
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

    /** A gate that records the candidates it is given and keeps them all. */
    private static final class Recording implements CandidateFilter {
        final boolean reads;
        final List<Candidate> seen = new ArrayList<>();

        Recording(boolean reads) {
            this.reads = reads;
        }

        @Override
        public boolean[] keep(List<Candidate> article) {
            seen.addAll(article);
            return CandidateFilter.all().keep(article);
        }

        @Override
        public boolean readsSignals() {
            return reads;
        }
    }

    @Test
    void theGatesSignalsAreComputedOnlyForAGateThatReadsThem() {
        NewsExtractor rules = NewsExtractor.rulesOnly();
        Recording reading = new Recording(true);
        Recording notReading = new Recording(false);
        for (Article article : articles()) {
            List<Event> events =
                    rules.proposing(EVERYWHERE, reading).extract(article).events();
            assertThat(rules.proposing(EVERYWHERE, notReading).extract(article).events())
                    .as(article.name())
                    .isEqualTo(events);
        }
        assertThat(notReading.seen).hasSameSizeAs(reading.seen).isNotEmpty();
        assertThat(notReading.seen).allMatch(c -> c.signals().equals(Candidate.Signals.NONE));
        assertThat(reading.seen).anyMatch(c -> !c.signals().parties().isEmpty());
        assertThat(reading.seen).anyMatch(c -> !c.signals().minerals().isEmpty());
        // the same candidates otherwise
        for (int i = 0; i < reading.seen.size(); i++) {
            Candidate a = reading.seen.get(i);
            assertThat(notReading.seen.get(i))
                    .isEqualTo(new Candidate(
                            a.type(),
                            a.rule(),
                            a.strong(),
                            a.classified(),
                            a.probabilityNone(),
                            a.probabilityType(),
                            a.sentenceIndex(),
                            a.sentenceCount(),
                            a.headline(),
                            a.sentence(),
                            a.clause(),
                            a.countries(),
                            a.organisations(),
                            a.minerals(),
                            a.ownMinerals(),
                            a.genericMineral(),
                            a.money(),
                            a.date(),
                            a.restated(),
                            a.sentenceCountries(),
                            a.sentenceOrganisations(),
                            a.sentenceMinerals(),
                            a.neighbourMinerals(),
                            Candidate.Signals.NONE));
        }
        // the shipped stages read none: the candidate filter, and a gate over the filter's features alone
        assertThat(LogisticFilter.bundled().readsSignals()).isFalse();
        assertThat(CandidateFilter.all().readsSignals()).isFalse();
        assertThat(new ProposalGate(new LogisticFilter(new double[CandidateFeatures.NAMES.size() + 1], 0.5))
                        .readsSignals())
                .isFalse();
        assertThat(new ProposalGate(new LogisticFilter(
                                GateFeatures.NAMES.subList(0, CandidateFeatures.NAMES.size() + 1),
                                new double[CandidateFeatures.NAMES.size() + 2],
                                0.5))
                        .readsSignals())
                .isTrue();
    }
}
