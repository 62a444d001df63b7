package lodestone.news.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Round 25c's amounts that commit nothing ({@link MoneyFrames#noCommitment}): a value put on equity, a mandate to lend,
 * and a credit line or capital an applicant must hold. The sentences are our own.
 */
class NoCommitmentTest {
    private static boolean noCommitment(String s, String phrase, String amount) {
        int at = s.indexOf(phrase);
        int money = s.indexOf(amount);
        return MoneyFrames.noCommitment(s, at, at + phrase.length(), money < 0 ? -1 : money + amount.length());
    }

    @Test
    void aValueAMandateOrARequirementCommitsNoMoney() {
        assertThat(noCommitment(
                        "The offer implies an equity value for the miner of about A$310 million.",
                        "equity",
                        "A$310 million"))
                .isTrue();
        assertThat(noCommitment("The bank values the refinery's equity at $95 million.", "equity", "$95 million"))
                .isTrue();
        assertThat(noCommitment(
                        "The law gave the agency up to $40 billion in lending authority for mineral projects.",
                        "lending",
                        "$40 billion"))
                .isTrue();
        assertThat(noCommitment(
                        "Each applicant needs a processing plant and a bank credit line of at least 50 million yuan.",
                        "credit line",
                        "50 million yuan"))
                .isTrue();
    }

    @Test
    void moneyCommittedToAProjectIsACommitment() {
        assertThat(noCommitment("The agency took $60 million of equity in the refinery.", "equity", "$60 million"))
                .isFalse();
        assertThat(noCommitment("The agency agreed a $40 million loan for the graphite mine.", "loan", "$40 million"))
                .isFalse();
        // a need told before a loan is the borrower's, and the loan is made
        assertThat(noCommitment(
                        "The miner needed money, and the bank lent it $25 million for the mill.",
                        "lent",
                        "$25 million"))
                .isFalse();
    }
}
