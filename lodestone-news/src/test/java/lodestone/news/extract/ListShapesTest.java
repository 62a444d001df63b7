package lodestone.news.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * List updates in the shapes round 25d reads (issue #15; {@link ListFrames}): a list told as where its minerals are is
 * no update, nor is a count that is part of a larger one; an edition of a list named in a sentence before is one. The
 * sentences are our own, read by the rules alone.
 */
class ListShapesTest {
    private static final NewsExtractor RULES = NewsExtractor.rulesOnly();

    private static List<Event> lists(NewsExtractor extractor, String text) {
        return DutyAndListFramesTest.of(extractor, EventType.LIST_UPDATE, text);
    }

    @Test
    void aListToldAsWhereItsMineralsAreIsNoUpdate() {
        assertThat(lists(
                        RULES, "The rebate covers the 28 minerals on Canada's critical minerals list, including zinc."))
                .isEmpty();
        assertThat(lists(RULES, "Cobalt and tin are both on Japan's list of 31 critical minerals."))
                .isEmpty();
        // a list whose making is told with it is an update told in passing, as the guideline's background
        assertThat(lists(
                        RULES,
                        "The rebate covers the 28 minerals on the critical minerals list Canada published in"
                                + " March 2024."))
                .hasSize(1);
        // without the reading, the same sentences are read as updates
        assertThat(lists(
                        RULES.withoutListFrames(),
                        "The rebate covers the 28 minerals on Canada's critical minerals list, including zinc."))
                .hasSize(1);
    }

    @Test
    void aMineralPutOnAListIsAnUpdate() {
        assertThat(lists(RULES, "Zinc was placed on Canada's critical minerals list on Monday."))
                .hasSize(1);
        assertThat(lists(RULES, "Ottawa added zinc to its critical minerals list on Monday."))
                .hasSize(1);
    }

    @Test
    void aCountThatIsPartOfALargerOneIsNoUpdate() {
        assertThat(lists(RULES, "Peru mines a handful of the 50 minerals the United States lists as critical."))
                .isEmpty();
        assertThat(lists(RULES, "Peru's mining ministry designated 12 minerals as critical on Monday."))
                .hasSize(1);
    }

    @Test
    void anEditionOfAListNamedBeforeIsAnUpdate() {
        String text = "Canada's Critical Minerals List now counts 34 entries, up from 31. The first edition was"
                + " published in 2021 by Natural Resources Canada.";
        assertThat(lists(RULES, text))
                .anySatisfy(e -> assertThat(e.evidence()).startsWith("The first edition was published"));
        // an edition that is only planned is no update, and neither is one with no list named before it
        assertThat(lists(
                        RULES,
                        "Canada's Critical Minerals List counts 34 entries. A new edition may be published"
                                + " next year."))
                .noneSatisfy(e -> assertThat(e.evidence()).startsWith("A new edition"));
        assertThat(lists(RULES, "The first edition was published in 2021 by Natural Resources Canada."))
                .isEmpty();
    }
}
