package lodestone.news.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import lodestone.news.article.Article;
import org.junit.jupiter.api.Test;

/** Restatements of one action: a definite summary told before the dated details of the same measure. */
class RestatementMergeTest {
    private static final NewsExtractor EXTRACTOR = NewsExtractor.bundled();

    @Test
    void aDefiniteSummaryBeforeTheDatedDetailsIsOneMeasure() {
        Extraction x = EXTRACTOR.extract(new Article(
                "t.txt",
                "t.txt",
                "Bolivia tightens tin exports\n\n"
                        + "Summary: the part of the package that matters for tin buyers is the new licensing"
                        + " requirement on tin and indium.\n\n"
                        + "On 4 February 2025 Bolivia's mining ministry put tin and indium concentrates under export"
                        + " licensing, effective immediately.",
                Optional.of(LocalDate.parse("2025-02-05")),
                Optional.empty()));
        assertThat(x.events()).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo(EventType.EXPORT_CONTROL);
            assertThat(e.date()).contains(LocalDate.parse("2025-02-04"));
        });
    }
}
