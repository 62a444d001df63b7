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

    @Test
    void aProgrammeAProjectAndACourtClaimAreInstrumentsWithTheirOwnPredicates() {
        // round 31: a state programme made, a project approved or refused, a claim decided by a court
        StateFrame.Frame scheme = frame("The cabinet approved a national scheme for tungsten processing.");
        assertThat(scheme.instrument()).isEqualTo(StateFrame.Instrument.PROGRAMME);
        assertThat(scheme.type()).contains(EventType.OTHER);
        assertThat(frame("Ottawa unveiled its comprehensive supply chain plan for graphite.")
                        .instrument())
                .isEqualTo(StateFrame.Instrument.PROGRAMME);
        // a programme kept, or a grant issued under one, is no act on it
        assertThat(StateFrame.find("The government kept the corridor as a priority for cobalt."))
                .isEmpty();
        assertThat(StateFrame.find("The loan, issued under the bank's export initiative, backs a nickel plant."))
                .isEmpty();
        StateFrame.Frame approved = frame("The provincial regulator approved the vanadium project in March.");
        assertThat(approved.instrument()).isEqualTo(StateFrame.Instrument.PROJECT);
        assertThat(approved.done()).isTrue();
        assertThat(frame("The agency vetoed the proposed copper mine on Tuesday.")
                        .instrument())
                .isEqualTo(StateFrame.Instrument.PROJECT);
        assertThat(frame("The ministry gave a favourable environmental impact declaration to the lithium mine.")
                        .instrument())
                .isEqualTo(StateFrame.Instrument.PROJECT);
        // a project expanded or a contract awarded is no approval; a mine in a body's name is no project
        assertThat(StateFrame.find("The company expanded the zinc mine last year."))
                .isEmpty();
        assertThat(StateFrame.find("The agency awarded the refiner a contract for antimony ingots."))
                .isEmpty();
        assertThat(StateFrame.find("Exports need the approval of the Ministry of Mines for each cargo of cobalt."))
                .isEmpty();
        StateFrame.Frame ruling = frame("The appeals court dismissed the lawsuit against the lithium mine.");
        assertThat(ruling.instrument()).isIn(StateFrame.Instrument.CLAIM, StateFrame.Instrument.PROJECT);
        assertThat(frame("The supreme court rejected the petition of the nickel smelter.")
                        .instrument())
                .isEqualTo(StateFrame.Instrument.CLAIM);
        // a claim is a court's to decide: without a court it is no act
        assertThat(StateFrame.find("The ministry rejected the petition of the nickel smelter."))
                .isEmpty();
    }
}
