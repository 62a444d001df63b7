package lodestone.news.frame;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import lodestone.news.classify.SentenceClassifier;
import lodestone.news.classify.SentenceLabel;
import org.junit.jupiter.api.Test;

class LikeliestTypeProposerTest {
    private static final LikeliestTypeProposer PROPOSER = new LikeliestTypeProposer(0.2);

    /** none 0.6, agreement 0.05, investment 0.25, other 0.1; the additions model's are the ones read */
    private static SentenceClassifier.Prediction prediction() {
        List<SentenceLabel> labels = List.of(SentenceLabel.values());
        double[] veto = new double[labels.size()];
        veto[labels.indexOf(SentenceLabel.NONE)] = 0.1;
        veto[labels.indexOf(SentenceLabel.OFFTAKE)] = 0.9;
        double[] additions = new double[labels.size()];
        additions[labels.indexOf(SentenceLabel.NONE)] = 0.6;
        additions[labels.indexOf(SentenceLabel.AGREEMENT)] = 0.05;
        additions[labels.indexOf(SentenceLabel.INVESTMENT)] = 0.25;
        additions[labels.indexOf(SentenceLabel.OTHER)] = 0.1;
        return new SentenceClassifier.Prediction(veto, additions);
    }

    @Test
    void proposesTheLikeliestEventTypeOfTheAdditionsModelWhereNoTriggerIsLeft() {
        Proposal p = PROPOSER.propose(new Reading(3, 0, 0, false, prediction())).orElseThrow();
        assertThat(p.type()).isEqualTo(SentenceLabel.INVESTMENT);
        assertThat(p.probability()).isEqualTo(0.25);
        assertThat(p.rule()).isEqualTo("classifier proposal: investment 0.25");
        assertThat(Proposal.proposed(p.rule())).isTrue();
        assertThat(Proposal.proposed("classifier: investment 0.25")).isFalse();
        // a vetoed trigger leaves none: the sentence may still get a proposal
        assertThat(PROPOSER.propose(new Reading(3, 2, 0, false, prediction()))).isPresent();
    }

    @Test
    void proposesNothingBelowTheFloorBesideATriggerInASpeculationOrUnread() {
        assertThat(new LikeliestTypeProposer(0.3).propose(new Reading(3, 0, 0, false, prediction())))
                .isEmpty();
        assertThat(PROPOSER.propose(new Reading(3, 1, 1, false, prediction()))).isEmpty();
        assertThat(PROPOSER.propose(new Reading(3, 0, 0, true, prediction()))).isEmpty();
        assertThat(PROPOSER.propose(new Reading(3, 0, 0, false, null))).isEmpty();
        assertThat(FrameProposer.none().propose(new Reading(3, 0, 0, false, prediction())))
                .isEmpty();
    }

    @Test
    void refusesAFloorOutsideTheUnitIntervalAndNoneAsAType() {
        assertThatThrownBy(() -> new LikeliestTypeProposer(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("floor (0.0)");
        assertThatThrownBy(() -> new Proposal(SentenceLabel.NONE, 0.5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must be an event type");
        assertThatThrownBy(() -> new Reading(-1, 0, 0, false, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sentence (-1)");
    }
}
