package lodestone.news.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Tariffs read from the structure of a duty and list updates read from an official list's count (round 20b): a duty
 * with a rate, a change of rate or a verb, on a good named by a mineral or a product of one ({@link DutyFrames}); a count
 * of minerals that an instrument lists, names or identifies ({@link ListFrames}). The sentences are our own. Read by the
 * rules alone, so the classifier's stages play no part.
 */
class DutyAndListFramesTest {
    private static final NewsExtractor RULES = NewsExtractor.rulesOnly();

    static List<Event> of(NewsExtractor extractor, EventType type, String text) {
        return CoordinatedObjectsTest.events(extractor, text).stream()
                .filter(e -> e.type() == type)
                .toList();
    }

    @Test
    void aRateOnAProductOfAMineralIsATariffOnThatMineral() {
        String text =
                "Neodymium-free permanent magnets from Japan will face a 15% duty from next year, the ministry in Seoul"
                        + " said on Monday.";
        List<Event> found = of(RULES, EventType.TARIFF, text);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).minerals()).contains("rare earths");
        assertThat(found.get(0).parties()).contains("KR", "JP");
        assertThat(of(RULES.withoutDutyFrames(), EventType.TARIFF, text)).isEmpty();
    }

    @Test
    void aDutyTakenOffAGoodIsATariffNotTheSuspensionOfAMeasure() {
        String text = "Brazil scrapped the 5% customs duty on cobalt concentrate on Tuesday.";
        assertThat(of(RULES, EventType.TARIFF, text)).hasSize(1);
        assertThat(of(RULES, EventType.EXPORT_CONTROL_SUSPENSION, text)).isEmpty();
        // a duty on exports is an export measure: taking it off is a suspension, as before
        String export = "Argentina scrapped its 4.5% export duty on lithium carbonate on Tuesday.";
        assertThat(of(RULES, EventType.TARIFF, export)).isEmpty();
        assertThat(of(RULES, EventType.EXPORT_CONTROL_SUSPENSION, export)).hasSize(1);
    }

    @Test
    void aChangeOfLevelMakesADutyAnAction() {
        assertThat(of(RULES, EventType.TARIFF, "India's customs duty on germanium falls to zero from 7.5% this year."))
                .singleElement()
                .satisfies(e -> assertThat(e.minerals()).containsExactly("germanium"));
    }

    @Test
    void aDutyWithNoRateNoChangeAndNoVerbOrAnotherSenseOfTheWordIsNoTariff() {
        assertThat(of(RULES, EventType.TARIFF, "In Japan the magnet duty is what graphite buyers talk about."))
                .isEmpty();
        assertThat(of(RULES, EventType.TARIFF, "Canada's duty to consult applies to every lithium mine in Quebec."))
                .isEmpty();
        // the good is the phrase the duty falls on, not a mineral told after it in another verb phrase
        assertThat(of(
                        RULES,
                        EventType.TARIFF,
                        "Mexico said it will put a 30% duty on all imports of cars and will open a lithium tender."))
                .isEmpty();
    }

    @Test
    void findReadsTheRateTheVerbAndTheGood() {
        String s = "Chinese permanent magnets entering Canada will face a 25% tariff from 2026.";
        assertThat(DutyFrames.find(s)).singleElement().satisfies(d -> {
            assertThat(s.substring(d.start(), d.end())).isEqualTo("tariff");
            assertThat(s.substring(d.goodStart(), d.goodEnd())).contains("permanent magnets");
        });
        String two = "Ottawa announced tariffs that put 25% on Chinese magnets and lifted the duty on other critical"
                + " minerals from nothing to 10%.";
        List<DutyFrames.Duty> duties = DutyFrames.find(two);
        assertThat(duties).hasSize(2);
        assertThat(duties.get(1).ownVerb()).isTrue();
        assertThat(DutyFrames.products("ferrosilicon and NdFeB magnets")).containsExactly("rare earths", "silicon");
    }

    @Test
    void aCountOfCriticalMineralsThatAnInstrumentListsIsAListUpdate() {
        List<Event> found = of(
                RULES,
                EventType.LIST_UPDATE,
                "Vietnam's new decree lists 35 critical mineral commodities, the ministry said on Friday.");
        assertThat(found).singleElement().satisfies(e -> {
            assertThat(e.parties()).containsExactly("VN");
            assertThat(e.minerals()).contains("critical minerals");
        });
        assertThat(of(
                        RULES,
                        EventType.LIST_UPDATE,
                        "Japan's assessment found 28 minerals to be critical for its economy."))
                .hasSize(1);
        assertThat(of(
                        RULES.withoutListFrames(),
                        EventType.LIST_UPDATE,
                        "Vietnam's new decree lists 35 critical mineral commodities, the ministry said on Friday."))
                .isEmpty();
    }

    @Test
    void aCountToldWithAParticipleOrOfProjectsIsNoListUpdate() {
        assertThat(of(
                        RULES,
                        EventType.LIST_UPDATE,
                        "The EU fund covers all 17 strategic raw materials named in the Act, from lithium to copper."))
                .isEmpty();
        assertThat(of(
                        RULES,
                        EventType.LIST_UPDATE,
                        "The European Commission on Tuesday selected 13 critical raw materials projects in Africa."))
                .isEmpty();
    }
}
