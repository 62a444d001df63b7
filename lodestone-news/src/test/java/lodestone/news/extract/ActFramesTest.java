package lodestone.news.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Acts outside trade measures read from their structure (round 21b, {@link ActFrames}): a verb of deciding, granting,
 * taking away, putting off, opening or approving and an instrument of mining (a lease, a licence, a licensing round, a
 * tender, a permit, a concession, mining rights, a strategic project). The sentences are our own. Read by the rules
 * alone, so the classifier's stages play no part.
 */
class ActFramesTest {
    private static final NewsExtractor RULES = NewsExtractor.rulesOnly();

    private static List<Event> others(NewsExtractor extractor, String text) {
        return CoordinatedObjectsTest.events(extractor, text).stream()
                .filter(e -> e.type() == EventType.OTHER)
                .toList();
    }

    @Test
    void aMiningLeaseRatifiedIsAnActionWithTheMineralsOfTheSentencesAround() {
        String text = "Zambia's cobalt belt gets a new mine.\n\nThe National Assembly in Lusaka on Friday ratified the"
                + " mining lease of Copperbelt Minerals for its cobalt project at Kalulushi.";
        assertThat(others(RULES, text)).singleElement().satisfies(e -> {
            assertThat(e.parties()).contains("ZM");
            assertThat(e.minerals()).contains("cobalt");
        });
        // round 28a's one frame for a state's act reads it too: without both, no reading does
        assertThat(others(RULES.withoutActFrames().withoutStateFrame(), text)).isEmpty();
    }

    @Test
    void aLicensingRoundPutOffNeedsNoMineralInItsOwnClause() {
        String text = "Iceland and seabed nickel.\n\nIceland's government on Monday postponed its first seabed mining"
                + " licensing round by two years after a budget compromise.";
        assertThat(ActFrames.find("postponed its first seabed mining licensing round"))
                .hasValueSatisfying(a -> assertThat(a.mineralInstrument()).isTrue());
        assertThat(others(RULES, text))
                .singleElement()
                .satisfies(e -> assertThat(e.parties()).containsExactly("IS"));
    }

    @Test
    void licencesTakenAwayAndAPassiveGrantAreActs() {
        assertThat(ActFrames.find("The junta revoked 40 exploration licences held by foreign miners."))
                .isPresent();
        assertThat(ActFrames.find("The first lease was granted by the previous government in 2021."))
                .isPresent();
        assertThat(ActFrames.find("Brussels selected 20 strategic projects on Tuesday."))
                .hasValueSatisfying(a -> assertThat(a.mineralInstrument()).isTrue());
    }

    @Test
    void anInstrumentThatIsNoMiningOneNeedsAMineralInItsClause() {
        // a building permit: no word of mining in the act, no mineral in its clause
        assertThat(ActFrames.find("The city approved the building permits for the new stadium."))
                .hasValueSatisfying(a -> assertThat(a.mineralInstrument()).isFalse());
        assertThat(others(
                        RULES,
                        "Chile's nickel output rose.\n\nThe city approved the building permits for the new"
                                + " stadium."))
                .isEmpty();
    }

    @Test
    void aVerbAndAnInstrumentInDifferentClausesOrAHedgeAreNoAct() {
        assertThat(ActFrames.find("The ministry opened an office; the mining lease stays with the state."))
                .isEmpty();
        assertThat(others(
                        RULES,
                        "Peru's lithium hopes.\n\nPeru could grant the mining lease for the lithium"
                                + " project next year."))
                .isEmpty();
    }

    @Test
    void aQuotaOnImportsIsNoExportQuotaAndImposedItIsATariff() {
        String imposed = "Peru's trade ministry imposed a safeguard on imports of cobalt sulphate, with country quotas"
                + " at half of what each shipped last year and a 20% duty above them.";
        assertThat(CoordinatedObjectsTest.events(RULES, imposed).stream().map(Event::type))
                .contains(EventType.TARIFF)
                .doesNotContain(EventType.EXPORT_CONTROL);
        // how the safeguard works, told after it: no export quota, and no second action
        String described = "Peru's safeguard on cobalt sulphate took effect on Monday.\n\nIt is a tariff-rate quota:"
                + " each supplying country gets a duty-free volume of what it shipped last year and importers pay 20%"
                + " above it.";
        assertThat(CoordinatedObjectsTest.events(RULES, described).stream().map(Event::type))
                .doesNotContain(EventType.EXPORT_CONTROL);
    }
}
