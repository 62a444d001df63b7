package lodestone.news.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import lodestone.news.article.Article;
import org.junit.jupiter.api.Test;

/**
 * Share claims in the shapes round 25d reads (issue #15; {@link ClaimAnnotator}): a range told with a unit on both ends
 * is one claim at its midpoint, a possessive that stands for the world's supply told just before, and a share of
 * critical minerals as a whole. The sentences are our own. Claims are read by rules alone.
 */
class ShareShapesTest {
    private static final NewsExtractor RULES = NewsExtractor.rulesOnly();

    private static List<String> claims(String text) {
        return RULES
                .extract(new Article(
                        "t.txt", "t.txt", text, Optional.of(LocalDate.parse("2025-06-02")), Optional.empty()))
                .claims()
                .stream()
                .map(c -> c.country() + " " + c.mineral() + " " + c.stage() + " " + c.sharePct())
                .toList();
    }

    @Test
    void aRangeWithAUnitOnBothEndsIsOneClaimAtItsMidpoint() {
        assertThat(claims("Chile supplied 30% to 35% of the world's mined lithium last year."))
                .containsExactly("CL lithium mining 32.5");
        assertThat(claims("Gabon accounts for 20%-24% of global manganese production."))
                .containsExactly("GA manganese production 22.0");
    }

    @Test
    void aChangeBetweenTwoPercentagesIsNoRange() {
        // the share rose: the later figure is today's, the earlier one is no midpoint
        assertThat(claims("Peru's share of the world's mined copper rose from 10% to 12%."))
                .doesNotContain("PE copper mining 11.0");
    }

    @Test
    void aPossessiveAfterAWorldShareIsTheWorldsSupply() {
        assertThat(claims("Canada mines about 20% of the world's potash and refines 15% of its uranium."))
                .containsExactly("CA potash mining 20.0", "CA uranium refining 15.0");
        // two stage nouns joined by "and" are one phrase, its most specific stage the claim's
        assertThat(claims("Chile mines a quarter of the world's copper and handles about 30% of its processing and"
                        + " refining."))
                .containsExactly("CL copper mining 25.0", "CL copper refining 30.0");
    }

    @Test
    void aBuyersOwnSupplyIsStillNoClaim() {
        // no world before the possessive: "its" is the buyer, the share one of its imports
        assertThat(claims("Japan buys 60% of its cobalt from Congo.")).isEmpty();
    }

    @Test
    void baseFormVerbsTellTheirStage() {
        // the wording of a writer whose English is not native: "which produce", "and refine"
        assertThat(claims("Buyers rely on Chile, which produce about a third of the lithium of the world and refine"
                        + " almost 40% of it."))
                .contains("CL lithium production 33.3");
    }

    @Test
    void aCountryOfAComparisonIsNotTheSubject() {
        assertThat(claims("Peru is the second-largest copper producer after Chile, accounting for 10% of global mine"
                        + " output."))
                .containsExactly("PE copper mining 10.0");
    }

    @Test
    void afterWithoutARankIsATimeNotAComparison() {
        assertThat(claims(
                        "Prices climbed after Zambia, which accounts for about 20% of the world's copper mine output, raised"
                                + " its royalty."))
                .containsExactly("ZM copper mining 20.0");
        assertThat(claims("Chile ranks as the largest copper producer, ahead of Peru; Zambia ranks eighth after"
                        + " Peru and holds 4% of the world's mined copper."))
                .doesNotContain("PE copper mining 4.0");
    }

    @Test
    void severalCountriesTogetherABuyersSupplyAndATargetAreNoClaims() {
        assertThat(claims("Chile and Peru together account for 40% of the world's mined copper."))
                .isEmpty();
        assertThat(claims("Congo gives 60% of the EU supply of cobalt.")).isEmpty();
        assertThat(claims("Canada supplies a quarter of the uranium used by US utilities."))
                .isEmpty();
        assertThat(claims("South Africa mines 5% of the world's copper, against a target of 8%."))
                .containsExactly("ZA copper mining 5.0");
        assertThat(claims("Analysts expect Chile to supply 30% of the world's refined lithium in 2035."))
                .isEmpty();
    }

    @Test
    void aShareOfCriticalMineralsAsAWholeIsOfCriticalMinerals() {
        assertThat(claims("China handles roughly 85% of global critical mineral refining, and Japan depends on its"
                        + " rare earth magnets."))
                .containsExactly("CN critical minerals refining 85.0");
        // a named mineral in the share's phrase is still the claim's mineral
        assertThat(claims("China handles roughly 90% of global gallium and other critical minerals."))
                .containsExactly("CN gallium supply 90.0");
    }

    @Test
    void aShareToldNumberFirstAsALabelIsAClaimOfItsHolder() {
        // round 35a: a bullet or a label line, the figure first and its holder after the colon
        assertThat(claims("Figures to watch:\n\n- About 60%: Chile's share of global lithium production.\n"))
                .containsExactly("CL lithium production 60.0");
        assertThat(claims("Key numbers\n\n45%: Peru's share of the world's mined copper, by one estimate.\n"))
                .containsExactly("PE copper mining 45.0");
        // a label of one buyer's imports names no holder of a world supply
        assertThat(claims("Key numbers\n\n40%: share of Japan's cobalt imports that come from Zambia.\n"))
                .isEmpty();
    }

    @Test
    void aShareOfStocksOrAnExchangesHoldingsIsNoClaim() {
        // round 35a: the denominator is an exchange's or a warehouse's stocks, not a world supply
        assertThat(claims("Metal of Chilean origin made up 70% of copper stocks in the exchange's warehouses in May."))
                .isEmpty();
        assertThat(claims("Peru accounted for 35% of zinc inventories held in LME sheds last month."))
                .isEmpty();
        // a world share in the same article is still read
        assertThat(claims("Peru mines about 10% of the world's zinc.")).containsExactly("PE zinc mining 10.0");
    }
}
