package lodestone.news.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import lodestone.news.article.Article;
import org.junit.jupiter.api.Test;

/** Restatements: a definite deal noun as a sentence's subject, a definite summary told before the dated details. */
class RestatementTest {
    private static final NewsExtractor EXTRACTOR = NewsExtractor.bundled();

    private static boolean restates(String sentence, String trigger) {
        return Restatement.definiteDealSubject(sentence, sentence.indexOf(trigger));
    }

    @Test
    void aDefiniteDealSubjectRestatesButADealInTheObjectDoesNot() {
        assertThat(restates("The deal was announced on Friday at the summit in Lima.", "deal"))
                .isTrue();
        assertThat(restates("The same agreement, first drafted in May, was signed by both envoys.", "agreement"))
                .isTrue();
        assertThat(restates("That deal followed a framework signed by the two governments.", "framework"))
                .isFalse();
        assertThat(restates("The agreement between Chile and Korea was signed on Monday.", "agreement"))
                .isFalse();
        assertThat(restates("Peru and Korea signed a cobalt agreement on Monday.", "agreement"))
                .isFalse();
    }

    @Test
    void aDealToldAgainAfterAJointVentureIsNoSecondEvent() {
        Extraction x = EXTRACTOR.extract(new Article(
                "t.txt",
                "t.txt",
                "Miners from Peru and Korea team up in Puno\n\n"
                        + "Peru's Andina Lithium Corp and Korea Battery Metals Inc have agreed to form a joint venture"
                        + " to develop a lithium mine in Puno.\n\n"
                        + "The lithium deal was signed on Thursday in Seoul in the presence of the presidents of Peru"
                        + " and South Korea.",
                Optional.of(LocalDate.parse("2025-03-05")),
                Optional.empty()));
        assertThat(x.events())
                .singleElement()
                .satisfies(e -> assertThat(e.type()).isEqualTo(EventType.JOINT_VENTURE));
    }

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
