package lodestone.news.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import lodestone.news.article.Article;
import lodestone.news.article.ArticleReader;
import org.junit.jupiter.api.Test;

/**
 * Invariants of extraction over articles made of seeded random draws of the development corpus's paragraphs (rules
 * alone, so that the property runs fast): every evidence span is the text at its offsets, shares lie in [0, 100],
 * the output does not depend on the run, and money reads the same in every press form.
 */
class ExtractionPropertiesTest {
    private static final NewsExtractor RULES = NewsExtractor.rulesOnly();
    private static final List<String> PARAGRAPHS = paragraphs();

    private static List<String> paragraphs() {
        List<String> out = new ArrayList<>();
        try {
            String dir = java.nio.file.Path.of(ExtractionPropertiesTest.class
                            .getResource("/lodestone/news/corpus/dev/gold.jsonl")
                            .toURI())
                    .getParent()
                    .toString();
            for (Article a : ArticleReader.withDefaults().readAll(dir)) {
                for (String p : a.text().split("\n", -1)) {
                    if (p.length() > 30) {
                        out.add(p);
                    }
                }
            }
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    private static Article draw(long seed, int count) {
        SplittableRandom random = new SplittableRandom(seed);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(PARAGRAPHS.get(random.nextInt(PARAGRAPHS.size()))).append("\n\n");
        }
        return new Article("p.txt", "p.txt", text.toString(), Optional.of(LocalDate.of(2025, 11, 8)), Optional.empty());
    }

    @Test
    void evidenceSpansAreTheTextAtTheirOffsetsAndTheOutputIsStable() {
        qt().withFixedSeed(42L)
                .withExamples(40)
                .forAll(longs().all(), integers().between(1, 12))
                .checkAssert((seed, count) -> {
                    Article article = draw(seed, count);
                    Extraction x = RULES.extract(article);
                    for (Event e : x.events()) {
                        assertThat(article.text().substring(e.start(), e.end())).isEqualTo(e.evidence());
                        assertThat(e.parties()).isNotEmpty();
                        assertThat(e.minerals()).isNotEmpty();
                    }
                    for (Claim c : x.claims()) {
                        assertThat(c.sharePct()).isBetween(0.0, 100.0);
                        assertThat(article.text().substring(c.start(), c.end())).isEqualTo(c.evidence());
                    }
                    assertThat(RULES.extract(article).toSchema()).isEqualTo(x.toSchema());
                });
    }

    @Test
    void moneyReadsTheSameInEveryPressForm() {
        qt().withFixedSeed(7L)
                .withExamples(200)
                .forAll(integers().between(1, 999))
                .checkAssert(n -> {
                    for (String form :
                            List.of("$" + n + " million", "$" + n + "-million", "US$" + n + "m", "USD " + n + " mn")) {
                        Extraction x = RULES.extract(new Article(
                                "m.txt", "m.txt", "They pledged " + form + ".", Optional.empty(), Optional.empty()));
                        assertThat(x.mentions().stream().filter(m -> m.kind() == MentionKind.MONEY))
                                .singleElement()
                                .satisfies(m -> assertThat(m.key()).isEqualTo("USD " + n * 1_000_000L + " exact"));
                    }
                });
    }
}
