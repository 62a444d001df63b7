package lodestone.news.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 23b's readings ({@link StateActs}, and the acts on mining instruments it adds to {@link ActFrames}): a trade
 * dispute brought by states, a decision on an investigation of imports, a state's call to buy a mineral, emergency
 * powers used for minerals and an order to divest are {@code other} actions; petitions by producers, disputes threatened,
 * investigations of other goods and calls cancelled are not. The sentences are our own, read by the rules alone so the
 * classifier's stages play no part.
 */
class StateActsTest {
    private static final NewsExtractor RULES = NewsExtractor.rulesOnly();

    /** @return the events of one type the rules alone read in a text (also round 27b's readings' tests) */
    static List<Event> read(String text, EventType type) {
        return CoordinatedObjectsTest.events(RULES, text).stream()
                .filter(e -> e.type() == type)
                .toList();
    }

    /** Asserts that the rules alone read one {@code other} event in a text, of one state and naming the mineral. */
    private static void oneStateAct(String text, String state, String mineral) {
        assertThat(read(text, EventType.OTHER)).singleElement().satisfies(e -> {
            assertThat(e.parties()).containsExactly(state);
            assertThat(e.minerals()).contains(mineral);
            assertThat(StateActs.isRule(e.rule())).isTrue();
        });
    }

    /** Asserts that {@link StateActs#find} reads an act of the kind in a sentence. */
    private static void actOfKind(String sentence, StateActs.Kind kind) {
        assertThat(StateActs.find(sentence))
                .as(sentence)
                .hasValueSatisfying(a -> assertThat(a.kind()).isEqualTo(kind));
    }

    @Test
    void aDisputeBroughtByStatesNamesComplainantsAndRespondent() {
        String text = "Graphite at the WTO.\n\nCanada and Brazil on Monday asked the World Trade Organization to"
                + " examine India's export duties on graphite and manganese ore.";
        assertThat(read(text, EventType.OTHER)).singleElement().satisfies(e -> {
            assertThat(e.parties()).contains("CA", "BR", "IN");
            assertThat(e.minerals()).contains("graphite");
            assertThat(e.rule()).startsWith(StateActs.RULE + "a trade dispute");
        });
        // the measure disputed is the complaint's object, not a measure imposed in this sentence
        assertThat(read(text, EventType.EXPORT_CONTROL)).isEmpty();
        actOfKind("Peru filed a request for consultations with Bolivia over its tin rules.", StateActs.Kind.DISPUTE);
        assertThat(StateActs.find("The complaint was lodged in 2016 by the United States against the quotas."))
                .hasValueSatisfying(a -> assertThat(a.passive()).isTrue());
    }

    @Test
    void aDisputeThreatenedOrAPetitionByProducersIsNoStateAct() {
        // what a state says it would do is hedged
        assertThat(read(
                        "Antimony curbs.\n\nVietnam said it would file a case at the WTO over the antimony rules.",
                        EventType.OTHER))
                .isEmpty();
        // a trade-remedy case brought by producers is their petition
        assertThat(read(
                        "Anode duties.\n\nThe case was brought by the American Graphite Producers Coalition against"
                                + " anode material from China.",
                        EventType.OTHER))
                .noneMatch(e -> e.rule().startsWith(StateActs.RULE));
        // a dispute on chips is out of scope
        assertThat(StateActs.find("Beijing took Washington to the WTO over its semiconductor export rules."))
                .isEmpty();
    }

    @Test
    void aDecisionOnAnInvestigationOfImportsIsTheStatesAct() {
        String declined = "Vanadium imports.\n\nWASHINGTON, 4 June 2021 - The President declined to impose tariffs"
                + " on vanadium under Section 232 after the department's review.";
        oneStateAct(declined, "US", "vanadium");
        // the tariff declined is no tariff
        assertThat(read(declined, EventType.TARIFF)).isEmpty();
        // the petitioner is not a party of the state's investigation
        String opened = "Tungsten imports.\n\nThe Commerce Department opened a Section 232 investigation into imports"
                + " of tungsten carbide on 3 June, following a petition by Western Tungsten Works.";
        oneStateAct(opened, "US", "tungsten");
        for (String decision : List.of(
                "The commission found that imports of the alloy threaten national security.",
                "The trade commission voted against countervailing duties on the anodes.",
                "The proclamation imposed no new tariffs on processed minerals.")) {
            assertThat(StateActs.find(decision)).as(decision).isPresent();
        }
    }

    @Test
    void anInvestigationOfAnotherGoodTakesNoMineralFromItsNeighbours() {
        String text = "Trade week.\n\nChina's export rules on gallium stay in place. The ministry launched an"
                + " anti-dumping investigation into imports of dairy products from the EU.";
        assertThat(read(text, EventType.OTHER)).noneMatch(e -> e.rule().startsWith(StateActs.RULE));
    }

    @Test
    void aStatesCallToBuyAMineralIsNoInvestment() {
        String text = "Stockpile purchase.\n\nThe Defense Logistics Agency invited offers for up to 2,000 tonnes of"
                + " antimony ingots over four years, in a contract worth up to $245 million.";
        oneStateAct(text, "US", "antimony");
        assertThat(read(text, EventType.INVESTMENT)).isEmpty();
        actOfKind("The agency's tender to buy up to $90 million of germanium closes in May.", StateActs.Kind.PURCHASE);
        // a call cancelled, or a call to buy no mineral, is no act on minerals
        assertThat(StateActs.find("The agency withdrew the cancelled solicitation for up to $5 million of tin."))
                .isEmpty();
        assertThat(read(
                        "Army supplies.\n\nThe army issued a solicitation to buy up to $40 million of boots.",
                        EventType.OTHER))
                .isEmpty();
    }

    @Test
    void emergencyPowersAndDivestmentOrders() {
        assertThat(read(
                        "Minerals emergency.\n\nThe Australian government invoked the Defence Production Act for"
                                + " nickel and cobalt.",
                        EventType.OTHER))
                .singleElement()
                .satisfies(e -> assertThat(e.minerals()).contains("nickel", "cobalt"));
        actOfKind(
                "The Defense Production Act, which the President invoked in June for graphite, ...",
                StateActs.Kind.EMERGENCY);
        actOfKind(
                "Ottawa ordered two foreign investors to sell their stakes in a nickel miner.", StateActs.Kind.DIVEST);
        // a call to declare an emergency is no declaration
        assertThat(StateActs.find("Lobbyists urged the White House to consider an emergency."))
                .isEmpty();
    }

    @Test
    void actsOnMiningInstrumentsAddedThisRound() {
        // a licence held by a company, revoked: an act on mining, not an export licence lifted
        String revoked = "Jadar.\n\nThe cabinet revoked the licences held by Andes Lithium for lithium exploration"
                + " in the valley.";
        assertThat(read(revoked, EventType.OTHER))
                .singleElement()
                .satisfies(e -> assertThat(e.rule()).contains("revoked"));
        assertThat(read(revoked, EventType.EXPORT_CONTROL_SUSPENSION)).isEmpty();
        for (String act : List.of(
                "The board issued a temporary operating licence to the rare earth refinery.",
                "The agency granted the copper project a favourable environmental decision.",
                "The cabinet named the winner of the tender for the tin deposit.")) {
            assertThat(ActFrames.find(act)).as(act).isPresent();
        }
        // an export licence issued is no act on a mining instrument
        assertThat(ActFrames.find("The ministry issued export licences to three magnet makers."))
                .isEmpty();
    }
}
