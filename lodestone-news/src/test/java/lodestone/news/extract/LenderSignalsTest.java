package lodestone.news.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Round 25c's reading of a lender's letter of interest told by what the lender said ({@code vocabulary.tsv}, the
 * investment entry after "made ... largest shareholder"): a lender told, signalled or informed a company that it could
 * lend or consider up to an amount. The reporting verb makes "could" the letter's words; without it "could" is the
 * writer's speculation and the hedge stands. The sentences are our own, read by the rules alone.
 */
class LenderSignalsTest {
    private static final NewsExtractor RULES = NewsExtractor.rulesOnly();

    @Test
    void aLenderThatToldACompanyItCouldLendAnAmountIsAnInvestment() {
        String text = "Export credit for graphite.\n\nThe Export-Import Bank of the United States told Northfield"
                + " Metals in May that it could lend up to $90 million for its graphite mine in Ontario.";
        assertThat(DutyAndListFramesTest.of(RULES, EventType.INVESTMENT, text))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.parties()).contains("US");
                    assertThat(e.minerals()).contains("graphite");
                    assertThat(e.amountUsd())
                            .hasValueSatisfying(v -> assertThat(v).isEqualTo(90_000_000.0));
                });
        String considered =
                "Export credit for rare earths.\n\nLakeview Resources was told the Export-Import Bank of the"
                        + " United States could consider up to US$45 million for its rare earth separation plant.";
        assertThat(DutyAndListFramesTest.of(RULES, EventType.INVESTMENT, considered))
                .singleElement()
                .satisfies(e -> assertThat(e.parties()).contains("US"));
    }

    @Test
    void aLenderThatCouldLendWithNoReportOfItsWordsIsSpeculation() {
        String text = "Export credit for graphite.\n\nThe Export-Import Bank of the United States could lend up to"
                + " $90 million to graphite miners in Ontario, bankers say.";
        assertThat(DutyAndListFramesTest.of(RULES, EventType.INVESTMENT, text)).isEmpty();
        // a report with no amount is a letter of interest without one, which the guideline leaves out
        String noAmount = "Export credit for graphite.\n\nThe Export-Import Bank of the United States told Northfield"
                + " Metals that it could lend to its graphite mine in Ontario.";
        assertThat(DutyAndListFramesTest.of(RULES, EventType.INVESTMENT, noAmount))
                .isEmpty();
    }
}
