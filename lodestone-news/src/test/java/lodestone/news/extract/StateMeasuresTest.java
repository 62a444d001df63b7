package lodestone.news.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * State measures the reader never read (round 25b): an instrument refused (a permit denied, a licence rejected, a lease
 * vetoed), a state's decision on a mineral project, a law taking effect after a relative clause or told as now law, a
 * negative injury vote, a trade-remedy duty told with its stage and rate, and a state's body told by its common noun
 * acting on a company. The sentences are our own. Read by the rules alone, so the classifier's stages play no part.
 */
class StateMeasuresTest {
    private static final NewsExtractor RULES = NewsExtractor.rulesOnly();

    private static List<Event> ofType(String text, EventType type) {
        return CoordinatedObjectsTest.events(RULES, text).stream()
                .filter(e -> e.type() == type)
                .toList();
    }

    /** Checks that the text yields one event of the type, whose parties include the party and minerals the mineral. */
    private static void onlyOfType(String text, EventType type, String party, String mineral) {
        assertThat(ofType(text, type))
                .as("%s events of %s", type, text)
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.parties()).contains(party);
                    assertThat(e.minerals()).contains(mineral);
                });
    }

    /** @return the stage of the sentence's "countervailing" ({@link NewsExtractor#remedyStage}) */
    private static Optional<String> stage(String s) {
        int at = s.indexOf("countervailing");
        return NewsExtractor.remedyStage(s, at, at + "countervailing".length());
    }

    @Test
    void anInstrumentDeniedRejectedOrVetoedIsAnAct() {
        assertThat(ActFrames.find("The Army Corps denied the miner the wetlands permit its copper mine needs."))
                .hasValueSatisfying(a -> assertThat(a.mineralInstrument()).isTrue());
        assertThat(ActFrames.find("Quito rejected two exploration licences for the copper belt in March."))
                .isPresent();
        assertThat(ActFrames.find("The agency's veto of the mining lease ended the project."))
                .isPresent();
        onlyOfType(
                "Peru's regulator on Monday denied Andes Copper the environmental permit for its copper mine.",
                EventType.OTHER,
                "PE",
                "copper");
    }

    @Test
    void aDenialWhoseObjectIsAClauseIsNoAct() {
        // what is denied is a statement about the permit, not the permit; and a denial of anything but an instrument
        // is none
        List<String> none = List.of(
                "The miner denied reports that its mining permit had lapsed.",
                "Officials rejected claims that the exploration licences were sold.",
                "The ministry denied any change to its copper policy.");
        for (String s : none) {
            assertThat(ActFrames.find(s)).as(s).isEmpty();
        }
    }

    @Test
    void aStateDecisionOnAMineralProjectIsAnAct() {
        assertThat(ActFrames.find("Chile on Monday approved Albemarle's Salar lithium project in the north."))
                .hasValueSatisfying(a -> assertThat(a.kind()).isEqualTo(ActFrames.PROJECT_KIND));
        onlyOfType(
                "The US Interior Department approved Westwater's Kellyton graphite mine in Alabama today.",
                EventType.OTHER,
                "US",
                "graphite");
    }

    @Test
    void aProjectApprovedByNoStateOrForFundsIsNoSuchAct() {
        // money approved for a project is funding (an investment), not the project's approval
        assertThat(ActFrames.find("The bank has approved $900 million for the Kellyton graphite project."))
                .isEmpty();
        // a board's decision on its own project is no state's act: no state is named before the verb
        assertThat(ofType("Westwater's directors approved the Kellyton graphite project on Friday.", EventType.OTHER))
                .noneMatch(e ->
                        e.rule().contains(ActFrames.PROJECT_KIND) || e.rule().contains("approved the Kellyton"));
        // a project without a mineral in its clause is not read
        assertThat(ofType("Chile on Monday approved the new port project in the north.", EventType.OTHER))
                .isEmpty();
    }

    @Test
    void aLawTakingEffectAfterARelativeClauseIsAnAction() {
        onlyOfType(
                "China's Regulations on Rare Earth Management, which the State Council published in June,"
                        + " took effect on 1 October.",
                EventType.OTHER,
                "CN",
                "rare earths");
        // the clause between the law and its act is one clause of its own; a second comma inside it is no boundary
        // the frame skips, and a law still to take effect is no act
        assertThat(ofType(
                        "China's Regulations on Rare Earth Management, which the council drafted, revised, and"
                                + " circulated, took effect in October.",
                        EventType.OTHER))
                .isEmpty();
        assertThat(ofType(
                        "China's Regulations on Rare Earth Management, which the council is still drafting, may take"
                                + " effect next year.",
                        EventType.OTHER))
                .isEmpty();
    }

    @Test
    void aLawToldAsNowLawIsAnAction() {
        assertThat(ofType("Canada's Critical Minerals Act is now law after a vote on Thursday.", EventType.OTHER))
                .singleElement()
                .satisfies(e -> assertThat(e.parties()).containsExactly("CA"));
        assertThat(ofType("Canada's bill on critical minerals is not yet law.", EventType.OTHER))
                .isEmpty();
    }

    @Test
    void aTradeRemedyDutyWithItsStageAndRateIsATariffOnTheCasesGood() {
        assertThat(stage("Commerce announced preliminary countervailing duties of 6.55% for most"))
                .contains("trade remedy preliminary countervailing");
        assertThat(stage("It set a final combined countervailing rate of 11.58% for the others."))
                .contains("trade remedy final countervailing");
        String set = "Its final determinations, issued in May, set combined anti-dumping and countervailing duty rates"
                + " close to 170% for most exporters.";
        assertThat(NewsExtractor.remedyStage(set, set.indexOf("anti-dumping"), set.indexOf("anti-dumping") + 12))
                .contains("trade remedy final antidumping");
        String text = "The US graphite anode case against China goes on.\n\nOn May 20 Commerce announced preliminary"
                + " countervailing duties of 6.55% for most producers.";
        onlyOfType(text, EventType.TARIFF, "US", "graphite");
    }

    @Test
    void aTradeRemedyWordWithoutStageOrRateNamesNoTariffWithoutItsGood() {
        // no stage before the word, or no rate after it: the sentence must name its good, as before
        assertThat(stage("Commerce announced countervailing duties of 6.55% for most"))
                .isEmpty();
        assertThat(stage("Commerce announced preliminary countervailing duties for most"))
                .isEmpty();
        // a tariff word is no trade remedy, whatever stage and rate it has
        String tariff = "The final tariff rate of 25% applies from May.";
        assertThat(NewsExtractor.remedyStage(tariff, tariff.indexOf("tariff"), tariff.indexOf("tariff") + 6))
                .isEmpty();
        assertThat(ofType(
                        "The US graphite anode case against China goes on.\n\nOn May 20 Commerce announced preliminary"
                                + " countervailing duties for most producers.",
                        EventType.TARIFF))
                .isEmpty();
    }

    @Test
    void aNegativeInjuryVoteIsADecisionOnImports() {
        assertThat(StateActs.find("The commission voted that imports of graphite anodes from China had not injured"
                        + " the domestic industry."))
                .hasValueSatisfying(a -> assertThat(a.kind()).isEqualTo(StateActs.Kind.IMPORTS));
        // an affirmative vote is the step toward duties, not a decision to impose none
        assertThat(StateActs.find("The commission voted that imports of graphite anodes from China had injured the"
                        + " domestic industry."))
                .isEmpty();
    }

    @Test
    void aStateBodyToldByItsNounIsItsState() {
        String text = "The US Interior Department has long opposed the copper mine.\n\nThe department cancelled Twin"
                + " Metals' two federal leases for its copper project in January.";
        onlyOfType(text, EventType.OTHER, "US", "copper");
        assertThat(ofType(text, EventType.OTHER).get(0).parties()).contains("Twin Metals");
        // a company's own act on its leases, told by its name, keeps the company alone
        String company = "The US Interior Department has long opposed the copper mine.\n\nTwin Metals cancelled its"
                + " two mining leases for its copper project in January.";
        assertThat(ofType(company, EventType.OTHER)).extracting(Event::parties).containsExactly(List.of("Twin Metals"));
    }
}
