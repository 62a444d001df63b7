package lodestone.news.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An act sentence that names no mineral of its own takes the minerals of its paragraph's neighbour, else of the
 * article's sole mineral subject (round 26b, {@link MineralContext}); never for a sentence on tariffs, imports or a
 * product outside minerals, and never from an article whose minerals compete. The sentences are our own; read by the
 * rules alone, so the classifier's stages play no part.
 */
class MineralContextTest {
    private static final NewsExtractor RULES = NewsExtractor.rulesOnly();
    private static final NewsExtractor WITHOUT = RULES.withMineralContext(MineralContext.Mode.OFF);

    private static List<Event> others(NewsExtractor extractor, String text) {
        return CoordinatedObjectsTest.events(extractor, text).stream()
                .filter(e -> e.type() == EventType.OTHER)
                .toList();
    }

    /** @return the context read from sentences given by their own minerals; a "|" before a sentence starts a paragraph */
    private static MineralContext context(MineralContext.Mode mode, List<List<String>> own, String breaks) {
        return MineralContext.of(mode, own.size(), i -> breaks.charAt(i) == '|' ? "\n\n" : " ", i -> own.get(i));
    }

    /** Checks what the context lends sentence 2 of four (own minerals cobalt, nickel, none, copper) under the breaks. */
    private static void lentToThird(String breaks, String mineral, MineralContext.Where where) {
        MineralContext c = context(
                MineralContext.Mode.RULED,
                List.of(List.of("cobalt"), List.of("nickel"), List.of(), List.of("copper")),
                breaks);
        assertThat(c.lent(2)).hasValueSatisfying(f -> {
            assertThat(f.minerals()).containsExactly(mineral);
            assertThat(f.where()).isEqualTo(where);
        });
        // a sentence with minerals of its own is lent nothing
        assertThat(c.lent(1)).isEmpty();
    }

    @Test
    void theSentenceBeforeInTheParagraphLendsItsMineralsElseTheOneAfter() {
        lentToThird("    ", "nickel", MineralContext.Where.PREVIOUS);
        // sentence 2 starts a paragraph: its neighbour before is in another one, the one after (copper) is in its own
        lentToThird("  | ", "copper", MineralContext.Where.NEXT);
    }

    @Test
    void theArticlesSoleSubjectIsLentOnlyWhenNoOtherMineralCompetes() {
        // rare-earth elements are of the rare-earth family: one subject, lent to a sentence whose paragraph names none
        MineralContext lone = context(
                MineralContext.Mode.RULED,
                List.of(List.of("rare earths"), List.of(), List.of(), List.of("dysprosium"), List.of()),
                " |||||");
        assertThat(lone.lent(2)).hasValueSatisfying(f -> {
            assertThat(f.where()).isEqualTo(MineralContext.Where.SUBJECT);
            assertThat(f.minerals()).containsExactlyInAnyOrder("rare earths", "dysprosium");
        });
        // lithium and copper compete: a sentence far from both is lent nothing
        MineralContext two = context(
                MineralContext.Mode.RULED,
                List.of(List.of("lithium"), List.of(), List.of(), List.of("copper"), List.of()),
                " ||||");
        assertThat(two.lent(2)).isEmpty();
        // "critical minerals" is no subject, alone or beside a specific mineral (passed over there)
        MineralContext generic =
                context(MineralContext.Mode.RULED, List.of(List.of("critical minerals"), List.of(), List.of()), " ||");
        assertThat(generic.lent(2)).isEmpty();
        MineralContext beside = context(
                MineralContext.Mode.RULED, List.of(List.of("critical minerals", "tin"), List.of(), List.of()), " ||");
        assertThat(beside.lent(2))
                .hasValueSatisfying(f -> assertThat(f.minerals()).containsExactly("tin"));
        assertThat(MineralContext.none().lent(0)).isEmpty();
        assertThat(context(MineralContext.Mode.OFF, List.of(List.of("tin"), List.of()), "  ")
                        .lent(1))
                .isEmpty();
    }

    /**
     * Checks that the rules read an {@code other} act whose evidence holds the words, with the party and the mineral,
     * and that without the context (before round 26b) they read none there: its sentence names no mineral.
     */
    private static void readWithContextOnly(String text, String words, String party, String mineral) {
        assertThat(others(RULES, text)).anySatisfy(e -> {
            assertThat(e.evidence()).contains(words);
            assertThat(e.parties()).contains(party);
            assertThat(e.minerals()).contains(mineral);
        });
        assertThat(others(WITHOUT, text)).noneMatch(e -> e.evidence().contains(words));
    }

    @Test
    void aPermitGrantedInASentenceWithoutItsMineralTakesTheParagraphs() {
        readWithContextOnly(
                "Minnesota copper mine loses its federal permit\n\n"
                        + "The NorthMet copper-nickel mine near Babbitt has been disputed for a decade. "
                        + "The U.S. Army Corps of Engineers granted the individual permit on March 21, 2019.",
                "granted the individual permit",
                "US",
                "copper");
    }

    @Test
    void aLawSignedInASentenceWithoutItsMineralTakesTheArticlesSubject() {
        readWithContextOnly(
                "Manila bets on lithium\n\n"
                        + "The Philippines wants more of the value of its lithium to stay at home.\n\n"
                        + "Officials spent two years on the details.\n\n"
                        + "President Ferdinand Marcos Jr. on Thursday signed Republic Act No. 12253 into law.",
                "signed Republic Act",
                "PH",
                "lithium");
    }

    @Test
    void anActToldWithNeitherItsMineralNorItsStateAlsoTakesTheLeadsOneState() {
        String text = "JAKARTA - Indonesia tightens its grip on nickel\n\n"
                + "Smelters in the country buy most of the ore mined there.\n\n"
                + "Output rose again in the first half.\n\n"
                + "Buyers in China and Japan watched the prices of the ore closely.\n\n"
                + "Last year the ministry also revoked the permits of three smelters.";
        assertThat(others(RULES, text)).anySatisfy(e -> {
            assertThat(e.evidence()).contains("revoked the permits");
            assertThat(e.parties()).contains("ID");
            assertThat(e.minerals()).contains("nickel");
        });
        // a lead that names two states names no one state: only the states told just before are taken, as for any act
        assertThat(others(RULES, text.replace("JAKARTA - Indonesia", "JAKARTA - Indonesia and Japan")))
                .anySatisfy(e -> assertThat(e.parties()).doesNotContain("ID"));
    }

    @Test
    void noContextForTariffsImportsOrGoodsOutsideMinerals() {
        String tariffs = "Cobalt prices jumped in Asia. "
                + "On Saturday the President signed executive orders imposing 25% tariffs on imports from Mexico.";
        assertThat(others(RULES, tariffs)).isEmpty();
        String chips = "Gallium supply stayed tight. "
                + "On Monday China's industry ministry approved new rules for semiconductor plants.";
        assertThat(others(RULES, chips)).isEmpty();
        // the same act on something that is neither is read, with the mineral of the sentence before
        assertThat(others(RULES, chips.replace("semiconductor plants", "the sector")))
                .anySatisfy(e -> assertThat(e.minerals()).contains("gallium"));
    }

    @Test
    void noSubjectWhereTheArticleNamesCompetingMinerals() {
        String text = "Lithium and copper output rose in Chile last year.\n\n"
                + "Analysts expect more of both.\n\n"
                + "The Chilean government approved the plan on Monday.\n\n"
                + "Copper miners welcomed it.";
        assertThat(others(RULES, text)).noneMatch(e -> e.evidence().contains("approved the plan"));
        // with one mineral only, the same act is read and takes it
        assertThat(others(RULES, text.replace("Lithium and copper output", "Copper output")))
                .anySatisfy(e -> assertThat(e.evidence()).contains("approved the plan"));
    }
}
