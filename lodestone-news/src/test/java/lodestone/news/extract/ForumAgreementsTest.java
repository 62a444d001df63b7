package lodestone.news.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Agreements that name no signed paper (round 23c, {@link ForumAgreements}): a named forum or partnership launched or
 * joined, technical assistance between two parties. The sentences are our own.
 */
class ForumAgreementsTest {
    @Test
    void aNamedBodyLaunchedOrJoinedIsAnAgreement() {
        ReadingCases.read(
                ForumAgreements::find,
                "Canberra launched the Indo-Pacific Ore Forum for lithium producers last week.",
                "Peru agreed to join the US-led Battery Metals Initiative, which pools data on lithium.",
                "The ministers set up the Forum on Cobalt Traceability at their meeting.");
        assertThat(ForumAgreements.aboutMinerals("joined the Ore Security Partnership"))
                .isTrue();
        assertThat(ForumAgreements.aboutMinerals("launched the Forum on Ocean Shipping"))
                .isFalse();
    }

    @Test
    void technicalAssistanceBetweenTwoPartiesIsAnAgreement() {
        ReadingCases.read(
                ForumAgreements::find,
                "Peru will receive technical assistance from Korea for mapping its lithium brines.",
                "Korea's aid agency announced technical assistance to Peru on lithium brines.");
    }

    @Test
    void aGenericCooperationOrABodyNamedByItsKindIsNone() {
        // no name in capitals: a cooperation in general; assistance with no giver or receiver: a wish
        ReadingCases.leftAlone(
                ForumAgreements::find,
                "The two countries launched a new dialogue on lithium.",
                "Peru is willing to strengthen dialogue and cooperation on lithium with all partners.",
                "The mine needs technical assistance to restart its lithium plant.",
                "Korea joined the talks on lithium late.");
    }

    @Test
    void aNamedForumLaunchedInAMineralsStoryIsReadWithItsLauncher() {
        String text = "Lithium diplomacy.\n\nAustralia launched the Indo-Pacific Ore Forum on Tuesday to coordinate"
                + " lithium and cobalt supply among its members.";
        assertThat(DutyAndListFramesTest.of(NewsExtractor.rulesOnly(), EventType.AGREEMENT, text))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.parties()).contains("AU");
                    assertThat(e.minerals()).contains("lithium");
                });
    }
}
