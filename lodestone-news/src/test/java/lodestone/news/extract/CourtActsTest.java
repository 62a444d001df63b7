package lodestone.news.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import lodestone.news.article.Article;
import org.junit.jupiter.api.Test;

/** Round 34a's courts' decisions ({@link CourtActs}), on sentences of our own. */
class CourtActsTest {

    /** @return the words of the court's decision the reading finds, or "-" */
    private static String read(String s) {
        return CourtActs.find(s).map(a -> s.substring(a.start(), a.end())).orElse("-");
    }

    @Test
    void aCourtOrAJudgeAsTheSubjectOfAVerbOfDeciding() {
        assertThat(
                        read(
                                "Ruritania's Supreme Court on Monday rejected an appeal by Northfield Lithium against the ban."))
                .isEqualTo("Ruritania's Supreme Court on Monday rejected");
        assertThat(read("District Judge Mara Quill in Tucson again refused to halt the land transfer."))
                .isEqualTo("Judge Mara Quill in Tucson again refused");
        assertThat(
                        read(
                                "A panel of the 4th Circuit Court of Appeals in Richmond upheld the agency's approval of the mine."))
                .isEqualTo("the 4th Circuit Court of Appeals in Richmond upheld");
        assertThat(
                        read(
                                "Separately, an environmental court, acting on a complaint, suspended the vote on the lithium law."))
                .isEqualTo("an environmental court, acting on a complaint, suspended");
    }

    @Test
    void noDecisionWhenTheCourtDoesNotDecideOrTheDecisionIsHedged() {
        List<String> none = List.of(
                "The company said it could ask the court to block the permit.",
                "Opponents took the case to the High Court in March.",
                "The court's rules allow an appeal within 30 days.",
                "Will the Supreme Court reject the claim?");
        none.forEach(s -> assertThat(read(s)).as(s).isEqualTo("-"));
    }

    /** @return the parties of each {@code other} event the extractor reads in one article of the text */
    private static List<List<String>> others(NewsExtractor extractor, String text) {
        LocalDate day = LocalDate.parse("2025-06-02");
        List<List<String>> parties = new java.util.ArrayList<>();
        for (Event e : extractor
                .extract(new Article("c.txt", "c.txt", text, Optional.of(day), Optional.empty()))
                .events()) {
            if (e.type() == EventType.OTHER) {
                parties.add(e.parties());
            }
        }
        return parties;
    }

    @Test
    void theExtractorReadsACourtsDecisionOnAMineralProjectAsItsStatesAct() {
        String text = "Chile's Supreme Court on Tuesday rejected a request by Northfield Lithium to freeze the lithium"
                + " partnership.";
        NewsExtractor rules = NewsExtractor.rulesOnly();
        assertThat(others(rules.withoutCourtActs(), text)).isEmpty();
        assertThat(others(rules, text))
                .singleElement()
                .satisfies(p -> assertThat(p).contains("CL", "Northfield Lithium"));
        // no mineral in the clause and none lent: no act
        assertThat(others(rules, "Chile's Supreme Court on Tuesday rejected a request to halt the stadium."))
                .isEmpty();
    }
}
