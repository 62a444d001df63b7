package lodestone.news.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 28a's one frame for a state's act ({@link StateFrame}): a decision predicate on an instrument, in any tense or
 * voice, its modality, and the event type its table gives. The sentences are our own; the extractor's tests read them by
 * the rules alone, so the classifier's stages play no part.
 */
class StateFrameTest {
    private static final NewsExtractor RULES = NewsExtractor.rulesOnly();

    private static StateFrame.Frame frame(String sentence) {
        return StateFrame.find(sentence).orElseThrow(() -> new AssertionError("no frame in: " + sentence));
    }

    private static List<Event> read(String text) {
        return CoordinatedObjectsTest.events(RULES, text);
    }

    @Test
    void theTypeFollowsFromTheInstrumentAndTheDecision() {
        assertThat(frame("The ministry imposed a 30% duty on imported silicon metal.")
                        .type())
                .contains(EventType.TARIFF);
        assertThat(frame("Officials extended the export quota on tin concentrate until 2027.")
                        .type())
                .contains(EventType.EXPORT_CONTROL);
        assertThat(frame("The cabinet lifted its export ban on raw bauxite.").type())
                .contains(EventType.EXPORT_CONTROL_SUSPENSION);
        assertThat(frame("The agency published its updated critical minerals list on Friday.")
                        .type())
                .contains(EventType.LIST_UPDATE);
        assertThat(frame("The regulator renewed the cobalt miner's operating licence.")
                        .type())
                .contains(EventType.OTHER);
        assertThat(StateFrame.type(StateFrame.Instrument.DUTY, StateFrame.Decision.REMOVE))
                .contains(EventType.TARIFF);
        assertThat(StateFrame.type(StateFrame.Instrument.RULING, StateFrame.Decision.MAKE))
                .contains(EventType.OTHER);
    }

    @Test
    void thePredicateIsReadInEveryVoice() {
        // passive, with and without its agent
        StateFrame.Frame passive = frame("Two exploration permits for the nickel belt were revoked by the ministry.");
        assertThat(passive.shape()).isEqualTo("after");
        assertThat(passive.decision()).isEqualTo(StateFrame.Decision.REMOVE);
        assertThat(frame("The tungsten concession, granted in May, covers two valleys.")
                        .instrument())
                .isEqualTo(StateFrame.Instrument.LICENCE);
        // a noun of deciding before its instrument, and as the head of a compound
        StateFrame.Frame nominal = frame("The regulator's cancellation of the lithium concession surprised investors.");
        assertThat(nominal.shape()).isEqualTo("before");
        assertThat(nominal.decision()).isEqualTo(StateFrame.Decision.REMOVE);
        StateFrame.Frame compound = frame("Investors cheered Sweden's permit renewal for the graphite mine.");
        assertThat(compound.shape()).isEqualTo("compound");
        assertThat(compound.decision()).isEqualTo(StateFrame.Decision.EXTEND);
        // a perfect tense
        assertThat(frame("A court has ordered a moratorium on new cobalt mining in the province.")
                        .instrument())
                .isEqualTo(StateFrame.Instrument.MORATORIUM);
    }

    @Test
    void theModalityTellsWhetherTheActIsDone() {
        assertThat(frame("The government raised the royalty on copper to 8%.").modality())
                .isEqualTo(StateFrame.Modality.DONE);
        assertThat(frame("The finance ministry has proposed to raise the royalty on copper.")
                        .modality())
                .isEqualTo(StateFrame.Modality.PROPOSED);
        assertThat(frame("The president threatened to revoke the mining licences of foreign firms.")
                        .modality())
                .isEqualTo(StateFrame.Modality.THREATENED);
        assertThat(frame("The ministry is expected to extend the tin export quota next month.")
                        .modality())
                .isEqualTo(StateFrame.Modality.EXPECTED);
        assertThat(frame("Lawmakers are considering whether to impose a royalty on lithium brine.")
                        .modality())
                .isEqualTo(StateFrame.Modality.CONSIDERED);
        assertThat(frame("The regulator did not renew the licence of the manganese smelter.")
                        .modality())
                .isEqualTo(StateFrame.Modality.NEGATED);
        // "No" before a number names a regulation; it denies nothing
        assertThat(frame("Implementing Regulation No 512/2021 renews the duty on silicon metal.")
                        .modality())
                .isEqualTo(StateFrame.Modality.DONE);
    }

    @Test
    void decisionsToldWithPlainVerbsAreRead() {
        // giving, declaring and keeping are decisions too (after the first look on blind25 and blind26)
        assertThat(frame("Finland's mining agency gave the company its extraction permit for the nickel deposit.")
                        .instrument())
                .isEqualTo(StateFrame.Instrument.LICENCE);
        assertThat(frame("The cabinet has declared the cobalt field a strategic deposit.")
                        .instrument())
                .isEqualTo(StateFrame.Instrument.DESIGNATION);
        StateFrame.Frame kept = frame("Brussels kept the anti-dumping duty on Chinese magnesium for five more years.");
        assertThat(kept.decision()).isEqualTo(StateFrame.Decision.EXTEND);
        assertThat(kept.type()).contains(EventType.TARIFF);
        // an appeal is a party's step, not a decision
        assertThat(StateFrame.find("The government notified its appeal to the other members on Monday."))
                .isEmpty();
    }

    @Test
    void wordsWithoutAPredicateOrWithoutAnInstrumentAreNoFrame() {
        assertThat(StateFrame.find("The licence covers an area of 40 square kilometres."))
                .isEmpty();
        assertThat(StateFrame.find("The company raised $40 million from investors."))
                .isEmpty();
        assertThat(StateFrame.find("A set of regulations governs the sector.")).isEmpty();
    }

    @Test
    void anActDoneIsAnEventWithItsStateAndMineralAndAHedgedOneIsNone() {
        String done =
                "Zambia's mines ministry on Tuesday extended the exploration licence of a cobalt producer near Kitwe"
                        + " by two years.";
        assertThat(StateFrame.find(done))
                .hasValueSatisfying(f -> assertThat(f.done()).isTrue());
        assertThat(read(done)).anySatisfy(e -> {
            assertThat(e.type()).isEqualTo(EventType.OTHER);
            assertThat(e.parties()).contains("ZM");
            assertThat(e.minerals()).contains("cobalt");
        });
        String threatened =
                "Zambia's mines minister threatened to revoke the licence of a cobalt processor near Kitwe.";
        assertThat(read(threatened)).noneSatisfy(e -> assertThat(e.rule()).startsWith(StateFrame.RULE));
    }

    @Test
    void anActWhoseMineralIsInTheNextSentenceTakesIt() {
        String text =
                "Mining rules in Bolivia.\n\nBolivia's mining authority cancelled four concessions held by foreign"
                        + " firms on Monday. The concessions covered salt flats rich in lithium.";
        assertThat(read(text)).anySatisfy(e -> {
            assertThat(e.type()).isEqualTo(EventType.OTHER);
            assertThat(e.parties()).contains("BO");
            assertThat(e.minerals()).contains("lithium");
        });
    }
}
