package lodestone.report.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import lodestone.report.Bundled;
import lodestone.report.QueryException;
import lodestone.report.ReportContext;
import lodestone.report.search.SearchQuery.Hit;
import lodestone.report.search.SearchQuery.Kind;
import org.junit.jupiter.api.Test;

/** The search box's answers: one entry, the entries an ambiguous name denotes, or the closest names. */
class SearchQueryTest {
    private static final ReportContext CONTEXT = new ReportContext(Bundled.latest(), LocalDate.of(2026, 11, 20));

    @Test
    void aSymbolAndAGroupNameEachDenoteOneMineral() {
        SearchQuery.Result dy = new SearchQuery("Dy").answer(CONTEXT);
        assertThat(dy.unique()).isTrue();
        assertThat(dy.hits())
                .as("the basis the command line prints for `mineral Dy`")
                .containsExactly(
                        new Hit(Kind.MINERAL, "dysprosium", "Dysprosium", true, "element symbol of dysprosium"));
        SearchQuery.Result rareEarth = new SearchQuery("rare earth").answer(CONTEXT);
        assertThat(rareEarth.unique()).isTrue();
        assertThat(rareEarth.hits().get(0).id()).isEqualTo("rare-earths");
        assertThat(rareEarth.hits().get(0).basis()).isEqualTo("rare-earths, matched as the plural");
        assertThat(new SearchQuery("PRC").answer(CONTEXT).hits().get(0).basis())
                .startsWith("curated alias of China (CN): PRC, the People's Republic of China");
        assertThat(new SearchQuery("china").answer(CONTEXT).hits().get(0).basis())
                .isEqualTo("the name of China (CN), matched ignoring case, spacing and punctuation");
        assertThat(new SearchQuery("rare-earths").answer(CONTEXT).hits().get(0).basis())
                .as("nothing to explain for an id given exactly")
                .isEmpty();
    }

    @Test
    void congoDenotesTwoCountriesWithTheReason() {
        SearchQuery.Result congo = new SearchQuery("Congo").answer(CONTEXT);
        assertThat(congo.unique()).isFalse();
        assertThat(congo.exact()).isTrue();
        assertThat(congo.hits())
                .extracting(Hit::kind, Hit::id)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(Kind.COUNTRY, "CD"),
                        org.assertj.core.groups.Tuple.tuple(Kind.COUNTRY, "CG"));
        assertThat(congo.hits()).allSatisfy(h -> assertThat(h.basis()).contains("Congo"));
    }

    @Test
    void anAgreementByIdAndATypoByItsClosestName() {
        assertThat(new SearchQuery("us-au-framework-2025").answer(CONTEXT).hits())
                .extracting(Hit::kind, Hit::id)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Kind.AGREEMENT, "us-au-framework-2025"));
        SearchQuery.Result typo = new SearchQuery("dysprosum").answer(CONTEXT);
        assertThat(typo.exact()).isFalse();
        assertThat(typo.hits()).extracting(Hit::id).contains("dysprosium");
        assertThat(new SearchQuery("zzzzzzzzzzzz").answer(CONTEXT).hits()).isEmpty();
    }

    @Test
    void anEmptyOrOverlongTextIsRefusedNamingTheField() {
        assertThatThrownBy(() -> new SearchQuery(" "))
                .isInstanceOfSatisfying(
                        QueryException.class, e -> assertThat(e.field()).isEqualTo("q"));
        assertThatThrownBy(() -> new SearchQuery("x".repeat(SearchQuery.MAX_LENGTH + 1)))
                .hasMessageContaining("must be a name of 1 to 200 characters");
    }
}
