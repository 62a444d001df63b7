package lodestone.news.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import lodestone.news.article.Article;
import org.junit.jupiter.api.Test;

/**
 * One clause, two actions (round 18a): a trigger's object coordinated with a second object or party that carries a time
 * of its own is a second action of the trigger's type; a list of objects under one time, or a second conjunct with a
 * verb of its own, is not. Read by the rules alone, so the classifier's stages play no part.
 */
class CoordinatedObjectsTest {
    private static final NewsExtractor RULES = NewsExtractor.rulesOnly();
    /** A first sentence that tells no action, so that the sentence under test is no headline. */
    private static final String LEAD = "Producers of raw materials are keeping more of them at home.\n\n";

    /** The events of an article whose body is the text after a lead that tells no action (also for round 19b's tests). */
    static List<Event> events(NewsExtractor extractor, String text) {
        return extractor
                .extract(new Article(
                        "t.txt", "t.txt", LEAD + text, Optional.of(LocalDate.parse("2025-06-12")), Optional.empty()))
                .events();
    }

    private static List<Event> controls(NewsExtractor extractor, String text) {
        return events(extractor, text).stream()
                .filter(e -> e.type() == EventType.EXPORT_CONTROL)
                .toList();
    }

    @Test
    void aSecondObjectWithItsOwnTimeIsASecondMeasure() {
        String text = "Indonesia stopped exports of nickel ore in January 2020 and of bauxite in June 2023.";
        List<Event> found = controls(RULES, text);
        assertThat(found).hasSize(2);
        assertThat(found.get(0).minerals()).containsExactly("nickel");
        assertThat(found.get(1).minerals()).containsExactly("bauxite");
        assertThat(found).allSatisfy(e -> assertThat(e.parties()).containsExactly("ID"));
        assertThat(controls(RULES.withoutCoordinated(), text)).hasSize(1);
    }

    @Test
    void theSecondObjectMayStandInTheNextClause() {
        List<Event> found = controls(
                RULES,
                "Indonesia has banned nickel ore exports since 1 January 2020, and also bauxite since June 2023.");
        assertThat(found).hasSize(2);
        assertThat(found.get(0).date()).contains(LocalDate.parse("2020-01-01"));
        assertThat(found.get(1).date()).isEmpty();
        assertThat(found.get(1).minerals()).containsExactly("bauxite");
    }

    @Test
    void aListOfObjectsUnderOneTimeIsOneMeasure() {
        assertThat(controls(RULES, "China imposed export controls on gallium, germanium and antimony in August 2023."))
                .hasSize(1);
        assertThat(controls(
                        RULES, "China imposed export controls on gallium and germanium, effective from August 2023."))
                .hasSize(1);
    }

    @Test
    void aSecondObjectWithoutATimeOfItsOwnStaysWithTheFirst() {
        assertThat(controls(RULES, "In 2023 China imposed export controls on gallium and on germanium."))
                .hasSize(1);
    }

    @Test
    void aSecondConjunctWithAVerbOfItsOwnIsNoEllipsis() {
        // "and raised royalties on bauxite in 2023" tells another kind of act, with no export trigger of its own
        assertThat(
                        controls(
                                RULES,
                                "Indonesia banned exports of nickel ore in January 2020 and raised royalties on bauxite in 2023."))
                .hasSize(1);
    }
}
