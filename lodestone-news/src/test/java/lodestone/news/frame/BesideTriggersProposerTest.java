package lodestone.news.frame;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import lodestone.news.classify.SentenceClassifier;
import lodestone.news.classify.SentenceLabel;
import org.junit.jupiter.api.Test;

class BesideTriggersProposerTest {
    private static final BesideTriggersProposer OTHER = new BesideTriggersProposer(0.2, false);
    private static final BesideTriggersProposer LIKELIEST = new BesideTriggersProposer(0.2, true);

    /** Additions: none 0.3, investment 0.35, other 0.25, agreement 0.1 (the veto model's are not read). */
    private static SentenceClassifier.Prediction prediction() {
        Map<SentenceLabel, Double> additions = Map.of(
                SentenceLabel.NONE, 0.3,
                SentenceLabel.INVESTMENT, 0.35,
                SentenceLabel.OTHER, 0.25,
                SentenceLabel.AGREEMENT, 0.1);
        double[] p = Arrays.stream(SentenceLabel.values())
                .mapToDouble(l -> additions.getOrDefault(l, 0.0))
                .toArray();
        return new SentenceClassifier.Prediction(new double[p.length], p);
    }

    private static Reading withTriggers(Set<SentenceLabel> types) {
        return new Reading(4, types.size(), types.size(), false, prediction(), types);
    }

    @Test
    void whereNoTriggerIsLeftItProposesAsTheLikeliestTypeProposer() {
        Reading none = new Reading(4, 1, 0, false, prediction());
        assertThat(OTHER.propose(none)).isEqualTo(new LikeliestTypeProposer(0.2).propose(none));
        assertThat(OTHER.propose(none).orElseThrow().type()).isEqualTo(SentenceLabel.INVESTMENT);
    }

    @Test
    void besideTriggersItProposesTheLikeliestTypeNoTriggerHas() {
        // an investment trigger: the next type, other, is proposed beside it
        Proposal p =
                OTHER.propose(withTriggers(Set.of(SentenceLabel.INVESTMENT))).orElseThrow();
        assertThat(p.type()).isEqualTo(SentenceLabel.OTHER);
        assertThat(p.probability()).isEqualTo(0.25);
        // ... but not when only the likeliest type of all may be proposed
        assertThat(LIKELIEST.propose(withTriggers(Set.of(SentenceLabel.INVESTMENT))))
                .isEmpty();
        // an offtake trigger: investment, the likeliest of all, is proposed by both
        assertThat(LIKELIEST
                        .propose(withTriggers(Set.of(SentenceLabel.OFFTAKE)))
                        .orElseThrow()
                        .type())
                .isEqualTo(SentenceLabel.INVESTMENT);
        assertThat(OTHER.propose(withTriggers(Set.of(SentenceLabel.OFFTAKE)))
                        .orElseThrow()
                        .type())
                .isEqualTo(SentenceLabel.INVESTMENT);
    }

    @Test
    void proposesNothingBelowTheFloorUnreadSpeculativeOrWhenTheTypesAreNotTold() {
        // investment and other left: agreement (0.1) is under the floor
        assertThat(OTHER.propose(withTriggers(Set.of(SentenceLabel.INVESTMENT, SentenceLabel.OTHER))))
                .isEmpty();
        assertThat(OTHER.propose(new Reading(4, 1, 1, false, prediction()))).isEmpty();
        assertThat(OTHER.propose(new Reading(4, 0, 0, true, prediction()))).isEmpty();
        assertThat(OTHER.propose(new Reading(4, 1, 1, false, null, Set.of(SentenceLabel.OFFTAKE))))
                .isEmpty();
    }

    @Test
    void refusesAFloorOutsideTheUnitIntervalAndMoreTypesThanTriggers() {
        assertThatThrownBy(() -> new BesideTriggersProposer(1.5, false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("floor (1.5)");
        assertThatThrownBy(() -> new Reading(4, 1, 1, false, null, Set.of(SentenceLabel.OTHER, SentenceLabel.TARIFF)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no more than the triggers left");
    }
}
