package lodestone.news.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 27b's readings: a court's ruling on a mining instrument, a law or a state's decision is an {@code other} act
 * ({@link StateActs.Kind#COURT}); a quota whose level in tonnes follows it, in a sentence that like the one before
 * names no exports, shipments or regulator, caps output, a production quota ({@code other}), not an export quota; a
 * royalty replaced, specified or voted for is an act on a fiscal instrument ({@link ActFrames#RATE}). Rulings
 * threatened or asked for, rulings on goods outside minerals, quotas told beside exports, and royalties a bill would
 * replace or a vote rejected are not read so. The sentences are our own, read by the rules alone so the classifier's
 * stages play no part.
 */
class RulingsQuotasAndRoyaltiesTest {
    /** @return the events of one type the rules alone read in a text */
    private static List<Event> read(String text, EventType type) {
        return StateActsTest.read(text, type);
    }

    /** Asserts that the rules alone read one {@code other} event in a text, with the party, mineral and rule. */
    private static void oneOther(String text, String party, String mineral, String rule) {
        assertThat(read(text, EventType.OTHER)).singleElement().satisfies(e -> {
            assertThat(e.parties()).contains(party);
            assertThat(e.minerals()).contains(mineral);
            assertThat(e.rule()).startsWith(rule);
        });
    }

    /** Asserts that {@link StateActs#find} reads a court's ruling in a sentence. */
    private static void ruling(String sentence) {
        assertThat(StateActs.find(sentence))
                .as(sentence)
                .hasValueSatisfying(a -> assertThat(a.kind()).isEqualTo(StateActs.Kind.COURT));
    }

    /** Asserts that {@link StateActs#find} reads no court's ruling in a sentence. */
    private static void noRuling(String sentence) {
        assertThat(StateActs.find(sentence)).as(sentence).isEmpty();
    }

    @Test
    void aCourtThatStrikesDownOrUpholdsAnInstrumentIsAnAct() {
        ruling("Chile's constitutional court on Monday struck down the decree that had extended the copper"
                + " concession.");
        ruling("The tribunal annulled the cancellation of the exploration permits held by the tin miner.");
        ruling("In March the Supreme Court declared void the 2019 law that renewed the nickel contract.");
        ruling("The appeals court has upheld the ministry's decision to revoke the lithium licence.");
        // the ruling named by its noun, what it undoes told after it
        ruling("The judgment sets aside the minister's revocation of the cobalt lease.");
        // a court that ruled, the instrument later in its clause
        ruling("The High Court ruled that the governor had no power to withdraw the company's graphite permits.");
    }

    @Test
    void aRulingThreatenedAskedForOrOnAnotherGoodIsNone() {
        // what a court could do, and what a party asks of it, is no ruling
        noRuling("A court could strike down the law that renewed the copper contract.");
        noRuling("The miner asked the court to annul the revocation of its lithium licence.");
        // a court's ruling on steel is out of scope
        noRuling("A federal court upheld the duties on steel imports under the 2018 law.");
        // a court named with no ruling verb
        noRuling("Importers may appeal to the Court of International Trade over the tin deposits.");
    }

    @Test
    void aRulingReadsAsOneOtherActOfTheState() {
        String text =
                "Lithium licence.\n\nWINDHOEK, 3 June 2024 - Namibia's High Court has ruled that the mines minister"
                        + " had no power to revoke the lithium mining licence of the Uis project's owner.";
        // one act: the revocation told inside the ruling is what the court undid, not an act of the minister's
        oneOther(text, "NA", "lithium", StateActs.RULE + "a court's ruling");
    }

    @Test
    void aQuotaInTonnesWithNoExportsNamedIsAProductionQuota() {
        String text =
                "Nickel ore.\n\nJAKARTA, 11 February 2026 - Indonesia's energy ministry set this year's nickel ore"
                        + " quota at 250 million wet tonnes, a third below last year's.";
        oneOther(text, "ID", "nickel", NewsExtractor.OUTPUT_QUOTA_RULE);
        assertThat(read(text, EventType.EXPORT_CONTROL)).isEmpty();
    }

    @Test
    void aQuotaBesideExportsStaysAnExportQuota() {
        // exports named in the sentence before: the quota in tonnes is the export quota that replaced the ban
        String text = "Cobalt.\n\nKINSHASA, 20 September 2025 - Congo will end its ban on cobalt exports on 16 October."
                + " Quotas of 96,600 tonnes a year will apply from 2026.";
        assertThat(read(text, EventType.OTHER)).noneMatch(e -> e.rule().startsWith(NewsExtractor.OUTPUT_QUOTA_RULE));
        assertThat(read(text, EventType.EXPORT_CONTROL)).isNotEmpty();
        // a quota named after a hyphen is no quota set
        assertThat(read(
                        "Ferro-alloys.\n\nBRUSSELS, 2 March 2026 - Above-quota tonnes of ferrosilicon will pay the full"
                                + " duty.",
                        EventType.OTHER))
                .noneMatch(e -> e.rule().startsWith(NewsExtractor.OUTPUT_QUOTA_RULE));
    }

    @Test
    void aRoyaltyReplacedSpecifiedOrVotedForIsAnAct() {
        String voted =
                "Cobalt royalty.\n\nLUBUMBASHI, 4 May 2026 - Congo's mines commission voted 7-2 for a 3% royalty on"
                        + " cobalt hydroxide from new mines.";
        oneOther(voted, "CD", "cobalt", "other: an act on an instrument of mining");
        String replaced =
                "Copper royalty.\n\nLUSAKA, 2 March 2026 - Zambia's government replaced the flat 5% royalty on"
                        + " copper ore with a scale tied to the price.";
        assertThat(read(replaced, EventType.OTHER))
                .singleElement()
                .satisfies(e -> assertThat(e.minerals()).contains("copper"));
        ReadingCases.read(
                ActFrames::find, "The cabinet approved a schedule specifying the rate of royalty for graphite.");
    }

    @Test
    void aRoyaltyABillWouldReplaceOrAVoteAgainstIsNone() {
        ReadingCases.leftAlone(
                ActFrames::find,
                // what a bill would do is not done
                "The bill would replace the flat royalty on copper ore with a scale.",
                // a vote against a royalty is no royalty voted for
                "Senators voted against the royalty on lithium brine.");
    }
}
