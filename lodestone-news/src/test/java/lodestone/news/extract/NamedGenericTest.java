package lodestone.news.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import lodestone.news.article.Article;
import org.junit.jupiter.api.Test;

/** Round 34b's generic mineral read from a name ({@link NamedGeneric}), on sentences of our own. */
class NamedGenericTest {

    /** @return the generic mineral's mentions of a text, one for each given surface, in order */
    private static List<Mention> generic(String text, String... surfaces) {
        return java.util.Arrays.stream(surfaces)
                .map(s -> {
                    int at = text.indexOf(s);
                    return new Mention(MentionKind.MINERAL, at, at + s.length(), s, NamedGeneric.GENERIC);
                })
                .toList();
    }

    /** @return whether the generic mineral of a text, told by the given surfaces, is read from names alone */
    private static boolean inNames(String text, String... surfaces) {
        return NamedGeneric.onlyInNames(text, generic(text, surfaces));
    }

    @Test
    void aGenericMineralInsideANameIsReadFromTheName() {
        assertThat(inNames(
                        "The Commission selected the Tarn Hill mine under the Critical Raw Materials Act in March.",
                        "Critical Raw Materials"))
                .isTrue();
        assertThat(inNames(
                        "Ostrava Resources invested in Kestrel Strategic Minerals, which owns the deposit.",
                        "Strategic Minerals"))
                .isTrue();
    }

    @Test
    void aGenericMineralToldInWordsIsNoName() {
        assertThat(inNames(
                        "The Commission selected 47 projects to secure critical minerals for the bloc.",
                        "critical minerals"))
                .isFalse();
        // a sentence that opens with the words is no name either
        assertThat(inNames("Critical minerals were the theme. The fund backs the mine.", "Critical minerals"))
                .isFalse();
        // one mention in words beside one in a name: the act may be about critical minerals in general
        String both = "Under the Critical Raw Materials Act the bloc wants more critical minerals from the mine.";
        assertThat(inNames(both, "Critical Raw Materials", "critical minerals")).isFalse();
        assertThat(inNames(both)).isFalse();
    }

    /** @return the minerals of the events the extractor reads in the text */
    private static List<Set<String>> minerals(NewsExtractor extractor, String text) {
        Article article =
                new Article("t.txt", "t.txt", text, Optional.of(LocalDate.parse("2025-06-02")), Optional.empty());
        return extractor.extract(article).events().stream()
                .map(e -> Set.copyOf(e.minerals()))
                .toList();
    }

    @Test
    void aProjectsActUnderALawNamedForCriticalMineralsTakesTheProjectsMineral() {
        String text = "Brookfell Minerals is developing the Tarn Hill lithium deposit in Portugal, the largest lithium"
                + " resource in the country.\n\nIn March the European Commission selected the Tarn Hill mine as a"
                + " strategic project under the Critical Raw Materials Act.";
        NewsExtractor rules = NewsExtractor.rulesOnly();
        assertThat(minerals(rules.withoutNamedGeneric(), text)).contains(Set.of("critical minerals"));
        assertThat(minerals(rules, text))
                .contains(Set.of("critical minerals", "lithium"))
                .doesNotContain(Set.of("critical minerals"));
    }
}
