package lodestone.news.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import lodestone.news.article.Article;
import lodestone.news.vet.TypeChooser;
import org.junit.jupiter.api.Test;

/**
 * The type chooser decides the type of each event the filter keeps: the trigger's by default, another when the chooser
 * says so, and then the rule names the change.
 */
class TypeChooserHookTest {
    private static final Article ARTICLE = new Article(
            "t.txt",
            "t.txt",
            "On March 3 China banned exports of gallium to the United States.",
            Optional.of(LocalDate.parse("2025-03-04")),
            Optional.empty());

    @Test
    void theTriggersTypeStandsByDefault() {
        List<Event> events = NewsExtractor.rulesOnly().extract(ARTICLE).events();
        assertThat(events).extracting(Event::type).containsExactly(EventType.EXPORT_CONTROL);
        assertThat(events.get(0).rule()).doesNotContain("typed");
    }

    @Test
    void aChoosersTypeReplacesTheTriggersAndTheRuleSaysSo() {
        List<List<double[]>> seen = new ArrayList<>();
        TypeChooser other = (article, probabilities) -> {
            seen.add(probabilities);
            return article.stream().map(c -> "other").toList();
        };
        List<Event> events =
                NewsExtractor.rulesOnly().typed(other).extract(ARTICLE).events();
        assertThat(events).extracting(Event::type).containsExactly(EventType.OTHER);
        assertThat(events.get(0).rule()).endsWith("(typed other with the classifier)");
        // rules alone: no probabilities for any candidate
        assertThat(seen).hasSize(1);
        assertThat(seen.get(0)).allMatch(p -> p.length == 0);
    }
}
