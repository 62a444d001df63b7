package lodestone.news.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import lodestone.news.article.Article;
import org.junit.jupiter.api.Test;

/**
 * Restatements of one action: a definite summary told before the dated details of the same measure; the lede that sums
 * the story up, told again by the body with its date (round 29b); and two acts of one state that stay two. A state
 * act's parties come from its frame's own actor (round 29b), not from the sayer or the sentences around it.
 */
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

    private static Extraction extract(String text, String published) {
        return EXTRACTOR.extract(
                new Article("t.txt", "t.txt", text, Optional.of(LocalDate.parse(published)), Optional.empty()));
    }

    @Test
    void theLedeToldAgainByTheBodyIsOneActDatedByTheBody() {
        Extraction x = extract(
                "China's rare earth reprieve nears its end\n\n"
                        + "BEIJING, 9 November 2026 - China's one-year suspension of the rare earth export controls it"
                        + " unveiled in October 2025 is due to lapse on Tuesday, and buyers are stocking up.\n\n"
                        + "The reprieve dates from 7 November 2025, when the Ministry of Commerce suspended the controls"
                        + " on rare earths it had announced a month earlier.\n\n"
                        + "Traders in Tokyo said prices had risen 8% this month.",
                "2026-11-09");
        assertThat(x.events())
                .filteredOn(e -> e.type() == EventType.EXPORT_CONTROL_SUSPENSION)
                .singleElement()
                .satisfies(e -> assertThat(e.date()).contains(LocalDate.parse("2025-11-07")));
    }

    @Test
    void anActOfAnotherTimeThanTheLedeStaysAnActOfItsOwn() {
        // the lede tells the ban of today; the body the ban first imposed eleven years before: two acts of one state
        Extraction x = extract(
                "Indonesia to keep fighting WTO ruling on nickel ore ban\n\n"
                        + "JAKARTA, 10 March 2025 - Indonesia will keep its nickel ore export ban in place while it"
                        + " appeals against the World Trade Organization ruling.\n\n"
                        + "The government first banned exports of unprocessed nickel ore on 12 January 2014, then"
                        + " reopened them in 2017 for companies building smelters.",
                "2025-03-10");
        assertThat(x.events())
                .filteredOn(e -> e.type() == EventType.EXPORT_CONTROL)
                .hasSize(2)
                .anySatisfy(e -> assertThat(e.date()).contains(LocalDate.parse("2014-01-12")));
    }

    @Test
    void theActIsTheStateThatTakesItNotTheOneThatReportsIt() {
        // the White House tells of Beijing's act: the act is China's alone
        Extraction x = extract(
                "Graphite licences\n\n"
                        + "A White House fact sheet on November 1 said Beijing would issue general licences for exports"
                        + " of graphite and gallium.",
                "2025-11-02");
        assertThat(x.events()).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo(EventType.EXPORT_CONTROL_SUSPENSION);
            assertThat(e.parties()).containsExactly("CN");
        });
    }

    @Test
    void theActorComesFirstAndTheStatesItActsOnStay() {
        // the subject of the act is its actor; a state its clause names as the act's object is kept after it
        Extraction x = extract(
                "Quotas cut\n\n"
                        + "Amid a territorial row with Japan over islands in the East China Sea, Beijing cut its rare"
                        + " earth export quotas by 40% in 2010.",
                "2024-05-02");
        assertThat(x.events())
                .filteredOn(e -> e.type() == EventType.EXPORT_CONTROL)
                .singleElement()
                .satisfies(e -> assertThat(e.parties()).startsWith("CN"));
    }
}
