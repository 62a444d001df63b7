package lodestone.news.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 29a's one frame for a company's commercial commitment ({@link CommerceFrame}): goods taken or given in a
 * stated quantity or share of output, a venture formed or held jointly, in any tense or voice, its modality and the
 * event type its table gives. The sentences are our own; the extractor's tests read them by the rules alone, so the
 * classifier's stages play no part.
 */
class CommerceFrameTest {
    private static final NewsExtractor RULES = NewsExtractor.rulesOnly();

    private static CommerceFrame.Frame frame(String sentence) {
        List<CommerceFrame.Frame> found = CommerceFrame.find(sentence);
        assertThat(found).as("frames in: " + sentence).hasSize(1);
        return found.get(0);
    }

    private static List<Event> read(NewsExtractor extractor, String text) {
        return CoordinatedObjectsTest.events(extractor, text);
    }

    @Test
    void theTypeFollowsFromWhatIsCommitted() {
        assertThat(frame("Under the accord Nordvik Metals will take 4,000 tonnes a year of cobalt hydroxide.")
                        .type())
                .isEqualTo(EventType.OFFTAKE);
        assertThat(frame("The two miners formed a joint venture to build a nickel smelter.")
                        .type())
                .isEqualTo(EventType.JOINT_VENTURE);
        assertThat(CommerceFrame.type(CommerceFrame.Instrument.OUTPUT)).isEqualTo(EventType.OFFTAKE);
        assertThat(CommerceFrame.type(CommerceFrame.Instrument.VENTURE)).isEqualTo(EventType.JOINT_VENTURE);
    }

    @Test
    void theCommitmentIsReadInEveryVoiceAndAsANoun() {
        // a verb and a share of output, a verb and a tonnage with the counterparty between them
        CommerceFrame.Frame share = frame("A Korean cathode maker has agreed to purchase up to 70 percent of the"
                + " refinery's capacity for six years.");
        assertThat(share.shape()).isEqualTo("verb");
        assertThat(share.done()).isTrue();
        assertThat(frame("Halvard will supply the carmaker with 12,000 tonnes of spodumene concentrate a year.")
                        .instrument())
                .isEqualTo(CommerceFrame.Instrument.OUTPUT);
        // the passive, with the goods before it
        CommerceFrame.Frame passive =
                frame("Half of the mine's concentrate output has been sold to a smelter in Malaysia.");
        assertThat(passive.shape()).isEqualTo("passive");
        assertThat(passive.start()).isZero();
        // a contract's noun and its goods
        assertThat(frame("The trading house holds a ten-year contract for a third of its oxide output.")
                        .shape())
                .isEqualTo("noun");
        assertThat(frame("The venture receives offtake rights to 30% of the concentrate.")
                        .shape())
                .isEqualTo("noun");
        // an entity held jointly
        assertThat(frame("The new company, which the two groups will own and control jointly, starts in May.")
                        .shape())
                .isEqualTo("joint");
    }

    @Test
    void theModalityTellsWhetherTheCommitmentIsMade() {
        assertThat(frame("The utility plans to buy 3,000 tonnes of the refinery's graphite.")
                        .modality())
                .isEqualTo(CommerceFrame.Modality.PLANNED);
        assertThat(frame("The carmaker is in talks to take half of the mine's output.")
                        .modality())
                .isEqualTo(CommerceFrame.Modality.TALKS);
        assertThat(frame("The smelter is expected to take 2,000 tonnes of tin concentrate.")
                        .modality())
                .isEqualTo(CommerceFrame.Modality.EXPECTED);
        assertThat(frame("The buyer did not agree to take all of the magnets.").modality())
                .isEqualTo(CommerceFrame.Modality.NEGATED);
        assertThat(frame("Under the deal, the utility will buy 3,000 tonnes a year of the refinery's graphite.")
                        .done())
                .isTrue();
    }

    @Test
    void twoCommitmentsInOneSentenceAreTwoFrames() {
        List<CommerceFrame.Frame> two = CommerceFrame.find("Traxys will take 20,000 tonnes a year, and Panasonic"
                + " agreed to buy 13,000 tonnes of anode material over seven years.");
        assertThat(two).hasSize(2);
        assertThat(two).allSatisfy(f -> assertThat(f.type()).isEqualTo(EventType.OFFTAKE));
        // one commitment told by two predicates is one frame
        assertThat(CommerceFrame.find("The group agreed to buy and take 5,000 tonnes of nickel sulphate."))
                .hasSize(1);
    }

    @Test
    void sharesOfAMarketAndWordsWithoutGoodsAreNoFrame() {
        assertThat(CommerceFrame.find("China supplies about 90% of the world's refined rare earths."))
                .isEmpty();
        assertThat(CommerceFrame.find("The fund will take a 15% stake in the explorer."))
                .isEmpty();
        assertThat(CommerceFrame.find("It will take two years to build the plant."))
                .isEmpty();
        assertThat(CommerceFrame.find("Did the buyer agree to take 4,000 tonnes of the oxide?"))
                .isEmpty();
        assertThat(CommerceFrame.find("The two firms signed a strategic partnership agreement."))
                .isEmpty();
    }

    @Test
    void aCommitmentMadeIsAnOfftakeWithItsPartiesAndMineralAndAHedgedOneIsNone() {
        String done = "Under the deal signed on Monday, Kestrel Battery Materials takes 6,000 tonnes a year of cobalt"
                + " hydroxide from Hallam Cobalt's refinery.";
        assertThat(read(RULES, done)).anySatisfy(e -> {
            assertThat(e.type()).isEqualTo(EventType.OFFTAKE);
            assertThat(e.rule()).startsWith(CommerceFrame.RULE);
            assertThat(e.minerals()).contains("cobalt");
        });
        assertThat(read(RULES.withoutCommerceFrame(), done))
                .noneSatisfy(e -> assertThat(e.type()).isEqualTo(EventType.OFFTAKE));
        String talks = "Hallam Cobalt is negotiating to sell 6,000 tonnes a year of cobalt hydroxide to Kestrel.";
        assertThat(read(RULES, talks)).noneSatisfy(e -> assertThat(e.rule()).startsWith(CommerceFrame.RULE));
    }

    @Test
    void aVentureToldAsFormedStandsInForTheWeakReadingOfItsNoun() {
        String formed = "Arlo Metals and Brenn Mining launched their long-planned Tarn nickel joint venture on Friday.";
        assertThat(read(RULES, formed)).anySatisfy(e -> {
            assertThat(e.type()).isEqualTo(EventType.JOINT_VENTURE);
            assertThat(e.rule()).startsWith(CommerceFrame.RULE);
        });
        assertThat(read(RULES.withoutCommerceFrame(), formed))
                .noneSatisfy(e -> assertThat(e.rule()).startsWith(CommerceFrame.RULE));
    }

    @Test
    void aCommitmentWhoseMineralIsInTheNextSentenceTakesIt() {
        String text = "Supply deals in Quebec.\n\nOn Tuesday Hallam Materials signed on to take 8,000 tonnes a year"
                + " from Bellmoor Resources' Lac Noir plant. The plant will make lithium hydroxide from 2027.";
        assertThat(read(RULES, text)).anySatisfy(e -> {
            assertThat(e.type()).isEqualTo(EventType.OFFTAKE);
            assertThat(e.minerals()).contains("lithium");
        });
    }
}
