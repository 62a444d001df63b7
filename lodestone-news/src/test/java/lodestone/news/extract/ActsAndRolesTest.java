package lodestone.news.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 22b's readings: acts on fiscal instruments of mining, acts told as nouns, agreements and titles of mining ended,
 * an instrument told first with its act after it ({@link ActFrames}); and an investment's role ({@link MoneyFrames}): a
 * plant's own cost and a loan's co-financing told again are no investment. The sentences are our own, read by the rules
 * alone so the classifier's stages play no part.
 */
class ActsAndRolesTest {
    private static final NewsExtractor RULES = NewsExtractor.rulesOnly();

    private static List<Event> ofType(NewsExtractor extractor, String text, EventType type) {
        return DutyAndListFramesTest.of(extractor, type, text);
    }

    @Test
    void aRoyaltyRateChangedByTheStateIsAnAct() {
        String text = "Bolivia's lithium rules.\n\nBolivia's cabinet on Tuesday lowered the royalty rates on lithium"
                + " carbonate sold abroad to 3%.";
        assertThat(ofType(RULES, text, EventType.OTHER)).singleElement().satisfies(e -> {
            assertThat(e.parties()).contains("BO");
            assertThat(e.minerals()).contains("lithium");
        });
        assertThat(ActFrames.find("The ministry cut and restructured royalties on tin and tungsten."))
                .hasValueSatisfying(a -> assertThat(a.mineralInstrument()).isTrue());
        assertThat(ActFrames.find("Parliament legislated the Mineral Exploration Tax Credit for small miners."))
                .isPresent();
    }

    @Test
    void aVerbOfRatesActsOnAFiscalInstrumentOnlyAndABillIsAStep() {
        // "set" before a tender: no act on the tender's terms
        assertThat(ActFrames.RATE
                        .matcher("the ministry set the first tender for March")
                        .find())
                .isTrue();
        assertThat(ActFrames.find("the ministry set the first tender for March"))
                .isEmpty();
        // what a bill would do, or the bill itself, is no act
        assertThat(ActFrames.find("The bill would introduce a higher royalty on copper mines."))
                .isEmpty();
        assertThat(ActFrames.find("The lower house approved a mining tax bill on Monday."))
                .isEmpty();
        // a tax that is no mining one needs a mineral in its clause: a sales tax is none
        assertThat(ofType(
                        RULES,
                        "Chile's copper year.\n\nThe council cut the sales taxes on restaurant meals.",
                        EventType.OTHER))
                .isEmpty();
    }

    @Test
    void anActToldAsANounAndAnAgreementOfMiningEnded() {
        assertThat(ActFrames.find("After the revocation of 12 exploration licences in the north, miners protested."))
                .hasValueSatisfying(a -> assertThat(a.mineralInstrument()).isTrue());
        assertThat(ActFrames.find("The junta terminated the company's mining convention in June."))
                .isPresent();
        assertThat(ActFrames.find(
                        "The latest cobalt auctions, launched by the mines ministry in May, offer 18 blocks."))
                .isPresent();
        // a noun of the act without an instrument of mining: no act
        assertThat(ActFrames.find("The cancellation of the concert was announced on Friday."))
                .isEmpty();
    }

    @Test
    void anInstrumentToldFirstWithItsDatedActAfterIt() {
        String text = "Peru and its metals.\n\nPeru's new mining code, which Congress passed in March, lets the"
                + " state hold up to 20% of new copper projects.";
        assertThat(ofType(RULES, text, EventType.OTHER))
                .singleElement()
                .satisfies(e -> assertThat(e.parties()).contains("PE"));
        assertThat(ActFrames.trailing("the cobalt strategy the cabinet unveiled on 3 May"))
                .isPresent();
        // no time or agent after the verb: a description, not the act
        assertThat(ActFrames.trailing("the strategy adopted a cautious tone")).isEmpty();
        // a measure on exports told so stays the export measure's
        assertThat(ActFrames.trailing("exporters wait for licences under new rules announced on 4 April"))
                .isEmpty();
    }

    /** Whether the sentence's word "investment" is read as a plant's own cost. */
    private static boolean plantCost(String s) {
        int at = s.indexOf("investment");
        return MoneyFrames.ownPlantCost(s, at, at + "investment".length());
    }

    @Test
    void aPlantsOwnCostIsNoInvestmentButALoanForAPlantIs() {
        String finished = "Zambia's copper.\n\nThe smelter operator finished a $600 million copper refinery near Ndola"
                + " last year.";
        assertThat(ofType(RULES, finished, EventType.INVESTMENT)).isEmpty();
        assertThat(ofType(RULES.withoutInvestmentRoles(), finished, EventType.INVESTMENT))
                .isNotEmpty();
        assertThat(plantCost("Acme, which built a nickel plant with investment of $2 billion, is expanding."))
                .isTrue();
        assertThat(plantCost("The firm put the project's investment at $900 million."))
                .isTrue();
        assertThat(plantCost("The state fund made an investment of $90 million in the nickel plant."))
                .isFalse();
        // a loan for a plant is the lender's investment, whatever the plant
        String lent = "Zambia's copper.\n\nThe development bank lent Kansanshi Copper $600 million for its new"
                + " copper refinery.";
        assertThat(ofType(RULES, lent, EventType.INVESTMENT)).isNotEmpty();
    }

    @Test
    void aLoansCoFinancingToldAgainIsNoNewInvestment() {
        assertThat(MoneyFrames.coFinancing(
                        "The loan was co-financed with two commercial banks, bringing the total to $300 million."))
                .isTrue();
        // a new loan told with its co-financers is one
        assertThat(MoneyFrames.coFinancing(
                        "The bank signed a loan of up to $200 million with the miner, co-financed by two banks."))
                .isFalse();
        String text = "Japan backs Chilean copper.\n\nJapan's state bank signed a loan of up to $200 million with"
                + " Andes Copper for its copper mine on Monday.\n\nThe loan was co-financed with two commercial"
                + " banks, bringing the total to $300 million.";
        assertThat(ofType(RULES, text, EventType.INVESTMENT))
                .singleElement()
                .satisfies(e -> assertThat(e.parties()).contains("JP"));
    }

    @Test
    void aFacilityToldAsAChannelOrWhatProjectsMayApplyForIsNoInvestment() {
        String s = "Cobalt projects can now apply for loans from the $2 billion Strategic Metals Facility.";
        int at = s.indexOf("loans");
        int money = s.indexOf("$2 billion");
        assertThat(MoneyFrames.channel(s, at, money, money + "$2 billion".length()))
                .isTrue();
        String through = "The agency buys offtake rights through the $3 billion Cobalt Security Fund each year.";
        int amount = through.indexOf("$3 billion");
        assertThat(MoneyFrames.channel(through, through.indexOf("buys"), amount, amount + 10))
                .isTrue();
        // the facility's own loan to a named project is an investment
        String lent = "The agency lent $200 million to the Kipushi cobalt mine from the Strategic Metals Facility.";
        int loan = lent.indexOf("$200 million");
        assertThat(MoneyFrames.channel(lent, lent.indexOf("lent"), loan, loan + 12))
                .isFalse();
    }
}
