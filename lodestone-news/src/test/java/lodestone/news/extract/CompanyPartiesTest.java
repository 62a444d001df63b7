package lodestone.news.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import lodestone.news.article.Article;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The parties of a company's deal (round 33a): a country named only as what a company is (its origin, owner or
 * nationality) is no party ({@link CompanyOrigin}), and a subject that refers back to a company ("it", "the company")
 * takes the company told before ({@link ActingCompany}). Every article here is written for the test.
 */
class CompanyPartiesTest {
    private static final NewsExtractor EXTRACTOR = NewsExtractor.rulesOnly();
    private static final NewsExtractor BEFORE = EXTRACTOR.withoutCompanyOrigin().withoutActingCompany();

    /**
     * One article and its offtake on graphite each: what the case shows, the text, the parties every such offtake
     * lists, the parties none lists, and a party whose presence the change turned around (listed before when absent
     * now, missing before when present now), or null when the case guards a shape.
     */
    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of(
                        "an unnamed company's nationality is no party",
                        "Graphite offtake\n\nOn 3 March 2025 Sojitz signed an offtake agreement with a Swiss trading"
                                + " company for graphite concentrate.",
                        List.of("Sojitz"),
                        List.of("CH"),
                        "CH"),
                Arguments.of(
                        "a possessive before a company names its home, not a party",
                        "Graphite offtake\n\nOn 3 March 2025 Sojitz signed an offtake agreement with Norway's Fjordvik"
                                + " Graphite Ltd for graphite concentrate.",
                        List.of("Sojitz", "Fjordvik Graphite"),
                        List.of("NO"),
                        "NO"),
                Arguments.of(
                        "a state that acts stays a party",
                        "Graphite offtake\n\nOn 3 March 2025 the Canadian government signed an offtake agreement with"
                                + " Sojitz for graphite concentrate.",
                        List.of("CA", "Sojitz"),
                        List.of(),
                        null),
                Arguments.of(
                        "a pronoun subject takes the company told before, beside the counterparty its clause names",
                        "Graphite buyers\n\nFjordvik Graphite Ltd runs a graphite mine in the north. In 2016 it signed an"
                                + " offtake agreement with Sojitz for graphite concentrate.",
                        List.of("Fjordvik Graphite", "Sojitz"),
                        List.of(),
                        "Fjordvik Graphite"),
                Arguments.of(
                        "a sentence whose own subject refers back names its company further back",
                        "Graphite buyers\n\nFjordvik Graphite Ltd has sought buyers for a decade. In 2014 it signed a"
                                + " supply memorandum with the steel supplier Hartwell Alloys Group. In 2016 it signed an"
                                + " offtake agreement with Sojitz for graphite concentrate.",
                        List.of("Fjordvik Graphite", "Sojitz"),
                        List.of("Hartwell Alloys"),
                        "Fjordvik Graphite"));
    }

    /** @return the parties of each offtake on graphite that {@code extractor} reads in {@code text} */
    private static List<List<String>> parties(NewsExtractor extractor, String text) {
        Article article =
                new Article("t.txt", "t.txt", text, Optional.of(LocalDate.parse("2025-06-02")), Optional.empty());
        return extractor.extract(article).events().stream()
                .filter(e -> e.type() == EventType.OFFTAKE && e.minerals().contains("graphite"))
                .map(e -> List.copyOf(e.parties()))
                .toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void aCompanysDealNamesTheCompaniesThatAct(
            String shape, String text, List<String> present, List<String> absent, @Nullable String changed) {
        assertThat(parties(EXTRACTOR, text)).as(shape).isNotEmpty().allSatisfy(p -> {
            assertThat(p).containsAll(present);
            absent.forEach(party -> assertThat(p).doesNotContain(party));
        });
        if (changed != null) {
            boolean nowPresent = present.contains(changed);
            assertThat(parties(BEFORE, text))
                    .as(shape)
                    .isNotEmpty()
                    .allSatisfy(p -> assertThat(p.contains(changed)).isNotEqualTo(nowPresent));
        }
    }

    /**
     * A capitalised name before a body's noun (Centre, Alliance, Dialogue, Forum, Licence, Mechanism) names the body,
     * not a company (round 33a, {@code MentionFinder.NOT_COMPANY_AFTER}): an action plan that promises "a European
     * Critical Raw Materials Centre" is the Commission's own act, not an agreement with a company of that name.
     */
    @org.junit.jupiter.api.Test
    void aBodysNameIsNoCompany() {
        Article article = new Article(
                "t.txt",
                "t.txt",
                "Raw materials plan\n\nOn 3 December 2025 the European Commission adopted an action plan for critical raw"
                        + " materials, which promised a European Critical Raw Materials Centre to run joint purchasing.",
                Optional.of(LocalDate.parse("2025-12-04")),
                Optional.empty());
        List<Event> events = EXTRACTOR.extract(article).events();
        assertThat(events).isNotEmpty().allSatisfy(e -> {
            assertThat(e.parties()).contains("EU").doesNotContain("European Critical Raw Materials");
            assertThat(e.type()).isEqualTo(EventType.OTHER);
        });
    }
}
