package lodestone.news.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import lodestone.news.article.Article;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The state that acts (round 31): a state act whose frame names no actor takes its state from its clause's subject, or,
 * when the subject refers back (a pronoun, a state body's noun, a passive without its agent), the acting state told
 * before within the paragraph; the states its clause names as the act's object or place stay beside it and never stand
 * for the actor. Every article here is written for the test.
 */
class ActingStateTest {
    private static final NewsExtractor EXTRACTOR = NewsExtractor.bundled();
    private static final NewsExtractor BEFORE = EXTRACTOR.withoutActingState();

    /**
     * One article and its export control on one mineral.
     *
     * @param shape what the case shows
     * @param present the states every such export control lists
     * @param absent the states none lists
     * @param missedBefore a state no such export control listed without the change, or null when the case guards a shape
     */
    record Case(
            String shape,
            String text,
            String mineral,
            List<String> present,
            List<String> absent,
            @Nullable String missedBefore) {
        @Override
        public String toString() {
            return shape;
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case(
                        "a pronoun subject takes the subject state of the sentence before, not its target",
                        "Metals curbs widen\n\nOn 2 March 2025 China's commerce ministry barred exports of gallium and"
                                + " germanium to the United States. On 1 June 2025 it added licence requirements for"
                                + " exports of antimony to the United States.",
                        "antimony",
                        List.of("CN", "US"),
                        List.of(),
                        "CN"),
                new Case(
                        "a passive without its agent takes the state told before, beside the clause's other states",
                        "Ore exports and smelters\n\nIndonesia has built a smelting industry on its ore. Since the"
                                + " export of cobalt ore was banned from 1 January 2024, smelters have been built by"
                                + " investors, mostly from Japan.",
                        "cobalt",
                        List.of("ID"),
                        List.of(),
                        "ID"),
                new Case(
                        "a state named only as the subject's place is no reason to look back",
                        "Andean rules\n\nPeru raised its royalty on copper last year. In Chile, the government said on"
                                + " Monday that it would stop exports of lithium concentrate from 2027.",
                        "lithium",
                        List.of(),
                        List.of("PE"),
                        null),
                new Case(
                        "a state's relative clause makes it the actor",
                        "Ore bill\n\nThe Philippines' Senate passed a bill on raw ore in May. The senator, its author,"
                                + " pointed to Indonesia, which banned nickel ore exports in 2020.",
                        "nickel",
                        List.of("ID"),
                        List.of("PH"),
                        null));
    }

    /** @return the parties of each export control on {@code mineral} that {@code extractor} reads in {@code text} */
    private static List<List<String>> parties(NewsExtractor extractor, String text, String mineral) {
        Article article =
                new Article("t.txt", "t.txt", text, Optional.of(LocalDate.parse("2025-06-02")), Optional.empty());
        return extractor.extract(article).events().stream()
                .filter(e ->
                        e.type() == EventType.EXPORT_CONTROL && e.minerals().contains(mineral))
                .map(e -> List.copyOf(e.parties()))
                .toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theActingStateIsReadFromTheClausesSubject(Case c) {
        assertThat(parties(EXTRACTOR, c.text(), c.mineral())).isNotEmpty().allSatisfy(p -> {
            assertThat(p).containsAll(c.present());
            c.absent().forEach(state -> assertThat(p).doesNotContain(state));
        });
        if (c.missedBefore() != null) {
            assertThat(parties(BEFORE, c.text(), c.mineral()))
                    .allSatisfy(p -> assertThat(p).doesNotContain(c.missedBefore()));
        }
    }
}
