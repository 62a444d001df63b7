package lodestone.news.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Round 26c's readings of commercial events: a deal's trigger word inside a capitalised name is no trigger ({@link
 * MoneyFrames#insideName}); a country's company with a legal suffix and a company's possessive before its project are
 * parties ({@code MentionFinder}); offtake rights to a share of output are an offtake, and pounds and euros are given
 * like dollars ({@code vocabulary.tsv}). The sentences are our own, read by the rules alone.
 */
class DealNamesTest {
    private static final NewsExtractor RULES = NewsExtractor.rulesOnly();

    @Test
    void aTriggerWordInsideANameIsNoTrigger() {
        assertThat(inName("The Overseas Development Finance Corporation is negotiating.", "Finance"))
                .isTrue();
        assertThat(inName("Finance Minister Jane Doe spoke on Monday.", "Finance")).isTrue();
        assertThat(inName("Lenders led by the Northern Investment Fund met.", "Investment")).isTrue();
        assertThat(inName("Lenders led by the Northern Investment Fund met.", "Fund")).isTrue();
        String talks = "Cobalt talks.\n\nThe Overseas Development Finance Corporation is in talks over $300 million of"
                + " support for a cobalt railway through Zambia, people involved said.";
        assertThat(DutyAndListFramesTest.of(RULES, EventType.INVESTMENT, talks)).isEmpty();
    }

    @Test
    void aLowercaseTriggerOrANameGivenASizeIsStillATrigger() {
        assertThat(inName("The agency will finance the cobalt mine.", "finance")).isFalse();
        assertThat(inName("Funding for the cobalt mine came from two banks.", "Funding")).isFalse();
        // a fund created with its size: "a C$900 million Northern Minerals Fund"
        assertThat(inName("Ottawa launched a C$900 million Northern Minerals Fund for roads to mines.", "Fund"))
                .isFalse();
        // a headline in title case tells nothing by its capitals
        assertThat(inName("Lender Will Finance New Lithium Plant In Nevada", "Finance")).isFalse();
        // the name's own loan: the lowercase trigger after the name still reads the investment
        String loan = "Lithium credit.\n\nThe Overseas Development Finance Corporation signed a $150 million loan with"
                + " Redcliff Lithium for its lithium refinery in Kenya on Tuesday.";
        assertThat(DutyAndListFramesTest.of(RULES, EventType.INVESTMENT, loan))
                .singleElement()
                .satisfies(e -> assertThat(e.parties()).contains("Redcliff Lithium"));
    }

    private static boolean inName(String sentence, String word) {
        int at = sentence.indexOf(word);
        return MoneyFrames.insideName(sentence, at, at + word.length());
    }

    @Test
    void aCountrysCompanyWithALegalSuffixIsAParty() {
        String text = "Copper stake.\n\nJapan's Itoyama Corp. will pay $200 million for a 20% stake in Redrock"
                + " Minerals' Copper Basin project in Arizona, the miner said on Wednesday.";
        assertThat(DutyAndListFramesTest.of(RULES, EventType.INVESTMENT, text))
                .singleElement()
                .satisfies(e -> assertThat(e.parties()).contains("Itoyama", "Redrock Minerals"));
    }

    @Test
    void aCountrysWordWithoutASuffixIsNoCompany() {
        // one word after a possessive with no legal suffix stays no company ("Japan's Itoyama will ...")
        String text = "Copper stake.\n\nJapan's Itoyama will pay $200 million for a 20% stake in a copper project in"
                + " Arizona, the miner said on Wednesday.";
        assertThat(DutyAndListFramesTest.of(RULES, EventType.INVESTMENT, text))
                .allSatisfy(e -> assertThat(e.parties()).doesNotContain("Itoyama"));
        // a possessive inside a name whose first part is no company's name leaves no company
        String project = "Copper stake.\n\nThe government took a 10% stake in Blue Valley's Copper Basin project in"
                + " Arizona for $50 million.";
        assertThat(DutyAndListFramesTest.of(RULES, EventType.INVESTMENT, project))
                .allSatisfy(e -> assertThat(e.parties()).noneMatch(p -> p.contains("Copper Basin")));
    }

    @Test
    void offtakeRightsToAShareOfOutputAreAnOfftake() {
        String text = "Rare earth offtake.\n\nThe venture receives long-term offtake rights to 30% of the rare earth"
                + " concentrate that Redrock Minerals produces at its Greenland mine.";
        assertThat(DutyAndListFramesTest.of(RULES, EventType.OFFTAKE, text)).hasSize(1);
        String noShare = "Rare earth offtake.\n\nRedrock Minerals keeps the offtake rights of its Greenland rare earth"
                + " mine.";
        assertThat(DutyAndListFramesTest.of(RULES, EventType.OFFTAKE, noShare)).isEmpty();
    }

    @Test
    void poundsAndEurosAreProvidedAndCommittedLikeDollars() {
        String text = "Lithium funding.\n\nBritain's Department for Business will provide up to £40m for domestic lithium"
                + " refining projects.";
        assertThat(DutyAndListFramesTest.of(RULES, EventType.INVESTMENT, text))
                .singleElement()
                .satisfies(e -> assertThat(e.parties()).contains("GB"));
        String topUp = "Critical minerals.\n\nThe package adds a $2bn top-up to the Critical Minerals Facility that"
                + " Export Finance Australia runs.";
        assertThat(DutyAndListFramesTest.of(RULES, EventType.INVESTMENT, topUp)).hasSize(1);
    }
}
