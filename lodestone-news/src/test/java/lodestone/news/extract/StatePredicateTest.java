package lodestone.news.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import lodestone.news.article.Article;
import org.junit.jupiter.api.Test;

/** A trigger noun that is the subject of a state, a negation or a generic description asserts no action. */
class StatePredicateTest {
    private static final NewsExtractor EXTRACTOR = NewsExtractor.bundled();

    /** Whether the predicate reads no action for the trigger words after "|" in each sentence before it. */
    private static List<Boolean> noAction(String... cases) {
        return java.util.Arrays.stream(cases)
                .map(c -> {
                    String sentence = c.substring(0, c.indexOf('|'));
                    String trigger = c.substring(c.indexOf('|') + 1);
                    int at = sentence.indexOf(trigger);
                    return StatePredicate.assertsNoAction(sentence, at, at + trigger.length());
                })
                .toList();
    }

    @Test
    void aGenericSubjectOfACopulaOrAStateVerbIsADescription() {
        assertThat(noAction(
                        "A price floor is a pledge that outlives the cabinet that signs it.|price floor",
                        "Price floors, critics say, are a subsidy by another name.|Price floors",
                        "Export licences for indium remain hard to obtain, traders say.|Export licences",
                        "Imposing export controls on such goods is normal practice.|export controls"))
                .containsOnly(true);
    }

    @Test
    void aNegatedPredicateAssertsNoActionWhateverTheSubject() {
        assertThat(noAction(
                        "Vietnam's export ban on raw ore was not enforced last year.|export ban",
                        "The quota system is no longer in use.|quota"))
                .containsOnly(true);
    }

    @Test
    void aPassiveOrASpecificSubjectStillTellsAnAction() {
        assertThat(noAction(
                        "Export controls on tungsten were imposed on Tuesday.|Export controls",
                        "A ban on bauxite exports is due to start in June.|ban",
                        "Zambia's 2019 export ban on copper concentrate remains in force.|export ban",
                        "The agency's loan of $90 million, approved in May, remains the largest.|loan",
                        "Chile imposed an export tax on lithium carbonate in 2024.|export tax"))
                .containsOnly(false);
    }

    @Test
    void theExtractorDropsAStateOrADescriptionButKeepsTheActionBesideIt() {
        for (String told : List.of(
                "Export licences for Chinese graphite remain slow to obtain, traders say.",
                "A price floor for lithium is a promise that Australia's next government may not keep.")) {
            Extraction x = EXTRACTOR.extract(new Article(
                    "t.txt",
                    "t.txt",
                    "Zimbabwe banned exports of lithium concentrate on 5 June 2025. " + told,
                    Optional.of(LocalDate.parse("2025-06-06")),
                    Optional.empty()));
            assertThat(x.events())
                    .singleElement()
                    .satisfies(e -> assertThat(e.evidence()).startsWith("Zimbabwe banned exports"));
        }
    }
}
