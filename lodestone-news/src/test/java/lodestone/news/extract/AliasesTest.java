package lodestone.news.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import lodestone.news.article.Article;
import org.junit.jupiter.api.Test;

/** Short forms an article defines for an organisation (Aliases), on sentences of our own. */
class AliasesTest {
    private static final Gazetteer GAZETTEER = Gazetteer.bundled();
    private static final NewsExtractor EXTRACTOR = NewsExtractor.bundled();

    private static Aliases aliases(String text) {
        return Aliases.of(text, new MentionFinder(GAZETTEER).find(text, Optional.empty()), GAZETTEER);
    }

    private static List<String> organisations(Aliases aliases) {
        return aliases.mentions().stream()
                .filter(m -> m.kind() == MentionKind.ORGANISATION)
                .map(m -> m.surface() + "=" + m.key())
                .toList();
    }

    private static List<Event> events(String text) {
        return EXTRACTOR
                .extract(new Article(
                        "t.txt", "t.txt", text, Optional.of(LocalDate.parse("2026-02-10")), Optional.empty()))
                .events();
    }

    @Test
    void aShortFormInBracketsNamesTheCompanyEverywhereInTheArticle() {
        Aliases aliases = aliases("Ridgeline Strategic Metals (RSM) said on Monday it would build a gallium plant."
                + " RSM expects output in 2028.");
        assertThat(organisations(aliases))
                .containsExactly(
                        "Ridgeline Strategic Metals=company:Ridgeline Strategic Metals",
                        "RSM=company:Ridgeline Strategic Metals",
                        "RSM=company:Ridgeline Strategic Metals");
    }

    @Test
    void aGazetteerCompanyIsReportedByTheFullNameItsDefinitionGivesAnAcronym() {
        List<Event> events = events("Sydney, 10 February 2026 - Japan Australia Rare Earths B.V. (JARE) and a"
                + " Western Australian miner met on Tuesday.\n\n"
                + "JARE agreed to buy 2,000 tonnes a year of NdPr oxide from the miner's Kalgoorlie plant until 2035.");
        assertThat(events).filteredOn(e -> e.type() == EventType.OFFTAKE).isNotEmpty();
        assertThat(events)
                .filteredOn(e -> e.type() == EventType.OFFTAKE)
                .allSatisfy(e -> assertThat(e.parties())
                        .contains("Japan Australia Rare Earths")
                        .doesNotContain("JARE"));
    }

    @Test
    void aStateMinerIsReportedByTheShortFormTheArticleGivesIt() {
        Aliases aliases = aliases("Khanij Bidesh India Ltd (KABIL) signed an exploration deal for lithium.");
        assertThat(aliases.name("in-kabil")).contains("KABIL");
    }

    @Test
    void aShortFormThatIsTheNamesOwnFirstWordKeepsTheFormTheFrameWrites() {
        Aliases aliases = aliases("Lynas Rare Earths Limited (Lynas) signed a supply deal.");
        assertThat(aliases.name("au-lynas")).isEmpty();
    }

    @Test
    void countriesExchangesAndGenericTermsDefineNothing() {
        for (String text : List.of(
                "Ridgeline Strategic Metals (Australia) said it would build a plant.",
                "Ridgeline Strategic Metals (NYSE: RSM) said it would build a plant.",
                "Ridgeline Strategic Metals (the Company) said it would build a plant. The Company said so.",
                "Ridgeline Strategic Metals (gallium) said it would build a plant.")) {
            Aliases aliases = aliases(text);
            assertThat(organisations(aliases))
                    .as(text)
                    .containsExactly("Ridgeline Strategic Metals=company:Ridgeline Strategic Metals");
        }
    }

    @Test
    void aNameIsNotReadAcrossALineBreak() {
        Aliases aliases = aliases("Investment Fund\n\nRidgeline Lithium Limited (\"Ridgeline Lithium\") is pleased.");
        assertThat(organisations(aliases)).allSatisfy(o -> assertThat(o).doesNotContain("\n"));
    }

    @Test
    void namesAnArticleIntroducesByTheirFormAreOrganisationsEverywhereInIt() {
        // an appositive that says what the name is, a listing before it, a legal form after a descriptive first word
        assertThat(organisations(aliases("Quarrow Point, an investment firm, anchored the placement. The miner said"
                        + " Quarrow Point would also buy 5,000 tonnes of graphite.")))
                .containsExactly("Quarrow Point=company:Quarrow Point", "Quarrow Point=company:Quarrow Point");
        assertThat(organisations(aliases("The package was confirmed by the London-listed Tessaro, which holds 84%.")))
                .containsExactly("Tessaro=company:Tessaro");
        assertThat(organisations(aliases("Critical Anodes Corp. said on Thursday it would sell graphite to Japan."
                        + " Shares of Critical Anodes rose 20%.")))
                .containsExactly("Critical Anodes=company:Critical Anodes", "Critical Anodes=company:Critical Anodes");
    }

    @Test
    void speakersPlacesAndCommonWordsToldWithAnAppositiveAreNoOrganisations() {
        Aliases aliases = aliases("\"It is a tax rise,\" said Jane Okafor, a Lusaka-based adviser to mining companies."
                + " The mine in Vardania, the only large producer, opened in 2024. First, a company must hold a"
                + " licence.");
        assertThat(organisations(aliases)).isEmpty();
    }
}
