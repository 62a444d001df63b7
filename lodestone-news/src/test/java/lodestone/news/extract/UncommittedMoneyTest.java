package lodestone.news.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Round 32b's money that nobody commits ({@link UncommittedMoney}): a plan's object, a size or an estimate told as a
 * predicate, an inflow, a modal's subject, a plant's cost as the subject, an investment decision; and the commitments
 * beside them, which stay. The sentences are our own.
 */
class UncommittedMoneyTest {
    /**
     * @param told whether each case tells money nobody commits
     * @param cases pairs of a sentence and its investment trigger's words (the first occurrence is read)
     */
    private static void check(boolean told, String... cases) {
        for (int i = 0; i < cases.length; i += 2) {
            String s = cases[i];
            int at = s.indexOf(cases[i + 1]);
            assertThat(at).as(cases[i + 1]).isNotNegative();
            assertThat(UncommittedMoney.told(s, at, at + cases[i + 1].length()))
                    .as(s)
                    .isEqualTo(told);
        }
    }

    @Test
    void aHedgeIsReadBeforeTheWordThatHoldsTheAmount() {
        // the trigger starts at the "$" inside "US$", and a hedge ends before whole words
        check(
                true,
                "The start-up hopes to build a US$900 million refinery in Nevada by 2029.",
                "$900 million refinery");
        check(false, "The start-up built a US$900 million refinery in Nevada in 2024.", "$900 million refinery");
    }

    @Test
    void thePlanOfAPlantIsNoCommitment() {
        check(
                true,
                "The miner plans a US$1.4 billion open-pit mine with output from 2031.",
                "$1.4 billion open-pit mine",
                "The group planned a $180 million plant for cathode material.",
                "$180 million plant");
        check(false, "The agency lent the miner $180 million for the plant.", "lent");
    }

    @Test
    void aSizeToldAsAPredicateIsNoCommitment() {
        check(
                true,
                "Investment: roughly US$640 million, the developer said.",
                "Investment",
                "The total investment is above 700 million dollars.",
                "investment",
                "The investment had been put at US$1.9 billion.",
                "investment",
                "Foreign investment in the mining sector reached $210 million last year.",
                "investment",
                "The partners gave an estimated total investment of US$2 billion for the project.",
                "investment",
                "Over a decade the province attracted about $2 billion of private investment.",
                "investment");
        check(
                false,
                // a participle in a deal's sentence describes the deal's term: no size asserted
                "The two firms signed a memorandum on graphite, with the first phase of investment estimated at $300"
                        + " million.",
                "investment",
                // commitments that carry their amounts
                "The state fund will invest $75 million in the lithium refinery.",
                "invest",
                "The government made an investment of $75 million in the refinery.",
                "investment");
    }

    @Test
    void aModalOrAPlantAsTheSubjectIsNoCommitment() {
        check(
                true,
                "The financing would cover the cost of the cobalt refinery.",
                "financing",
                "A $250 million graphite plant opened in the province on Monday.",
                "$250 million graphite plant");
        check(
                false,
                "The bank approved financing that would cover the refinery's cost.",
                "financing",
                "The loan was signed on Monday.",
                "loan");
    }

    @Test
    void anInvestmentDecisionIsTheOwnersNotMoneyGiven() {
        check(true, "The developer expects a final investment decision on the graphite mine next year.", "investment");
        check(false, "The fund's investment in the graphite mine closed on Friday.", "investment");
    }
}
