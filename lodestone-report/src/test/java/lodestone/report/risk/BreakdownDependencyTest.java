package lodestone.report.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import lodestone.report.Bundled;
import lodestone.report.ReportContext;
import lodestone.report.dependency.DependencyView;
import lodestone.report.risk.RiskView.ComponentView;
import lodestone.report.risk.RiskView.ScoreView;
import lodestone.risk.index.LodestoneRiskIndex;
import org.junit.jupiter.api.Test;

/**
 * The single-mineral breakdown (CLI {@code lodestone risk MINERAL}, API {@code /risk/{mineral}}, the mineral page)
 * shows the very dependency the ranking scores as D, for every perspective: for each mineral of the EU list, ranked
 * for the EU, Japan and the United States, the breakdown's D, its basis and its largest supplier equal the ranking
 * row's dependency component, and the component's value is recomputable from the view.
 */
class BreakdownDependencyTest {
    private static final LocalDate ON = LocalDate.of(2026, 11, 20);
    private static final ReportContext CONTEXT = new ReportContext(Bundled.latest(), ON);

    private static ComponentView dependency(List<ComponentView> components) {
        return components.stream()
                .filter(c -> c.name().equals("dependency"))
                .findFirst()
                .orElseThrow();
    }

    private static String basisNote(ComponentView d) {
        return d.inputs().stream()
                .filter(i -> i.name().equals("basis"))
                .findFirst()
                .orElseThrow()
                .note();
    }

    @Test
    void everyBreakdownReadsTheRankingsDependencyForTheEuJapanAndTheUnitedStates() {
        for (String perspective : List.of("EU", "JP", "US")) {
            RiskRanking ranking = new RiskRankingQuery(perspective, ON, null, "eu-2023").answer(CONTEXT);
            assertThat(ranking.ranking()).as(perspective).hasSizeGreaterThan(40);
            for (ScoreView row : ranking.ranking()) {
                RiskBreakdown breakdown =
                        new RiskBreakdownQuery(row.mineral(), perspective, null, ON, null).answer(CONTEXT);
                ComponentView ranked = dependency(row.components());
                DependencyView shown = breakdown.dependency();
                String what = perspective + " " + row.mineral();
                assertThat(dependency(breakdown.components())).as(what).isEqualTo(ranked);
                assertThat(shown.perspective()).as(what).isEqualTo(perspective);
                assertThat(shown.dependency() == null ? LodestoneRiskIndex.MISSING_DEPENDENCY : shown.dependency())
                        .as(what)
                        .isCloseTo(ranked.value(), within(1e-12));
                assertThat(basisNote(ranked))
                        .as(what)
                        .isEqualTo(shown.basis()
                                + (shown.largestSupplier() == null
                                        ? ""
                                        : "; largest supplier " + shown.largestSupplier()));
                assertThat(shown.parts()).as(what).isNotEmpty();
                if (shown.dependency() != null && !shown.exposures().isEmpty()) {
                    assertThat(shown.exposures().get(0).lookThrough())
                            .as(what)
                            .isCloseTo(shown.dependency(), within(1e-12));
                    assertThat(shown.exposures().get(0).country()).as(what).isEqualTo(shown.largestSupplier());
                }
            }
        }
    }

    @Test
    void theEusBreakdownShowsItsSourcingSharesMeasuredNotUnknown() {
        DependencyView gallium = new RiskBreakdownQuery("gallium", "EU", null, ON, null)
                .answer(CONTEXT)
                .dependency();
        // EU CRM 2023, Appendix 7, EU sourcing of gallium (processing): China 69 %, member states 2 %
        assertThat(gallium.basis()).isEqualTo("measured");
        assertThat(gallium.dependency()).isCloseTo(0.69, within(1e-9));
        assertThat(gallium.largestSupplier()).isEqualTo("CN");
        assertThat(gallium.netImportReliance()).isCloseTo(0.94, within(1e-9));
        assertThat(gallium.importSources()).first().satisfies(i -> {
            assertThat(i.country()).isEqualTo("CN");
            assertThat(i.source()).isEqualTo("eu-crm-2023-study");
        });
        assertThat(gallium.exposures().get(0).direct()).isCloseTo(0.69, within(1e-9));
        assertThat(gallium.parts())
                .extracting(DependencyView.PartView::part, DependencyView.PartView::basis)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("net import reliance", "measured"),
                        org.assertj.core.groups.Tuple.tuple("import shares", "measured"),
                        org.assertj.core.groups.Tuple.tuple("look-through", "unknown"));
        assertThat(gallium.sources()).contains("eu-crm-2023-study");
    }

    @Test
    void theDependencyQueryAnswersTheEuWithTheBreakdownsDependency() {
        // `lodestone dependency gallium --perspective EU` and /api/v1/dependency/gallium?perspective=EU: the USGS
        // tables have no EU reliance, so the query must give the sourcing-share answer the index scores, not refuse
        DependencyView asked = new PerspectiveDependencyQuery("gallium", "european union").answer(CONTEXT);
        DependencyView breakdown = new RiskBreakdownQuery("gallium", "EU", null, ON, null)
                .answer(CONTEXT)
                .dependency();
        assertThat(asked).isEqualTo(breakdown);
        assertThat(asked.table().rows())
                .filteredOn(row -> row.figure().equals("dependency-d"))
                .singleElement()
                .satisfies(row -> {
                    assertThat(row.value()).isCloseTo(0.69, within(1e-9));
                    assertThat(row.flags()).containsExactly("measured");
                    assertThat(row.country()).isEqualTo("CN");
                });
    }

    @Test
    void japansBreakdownSaysUnknownAndWhy() {
        DependencyView cobalt = new RiskBreakdownQuery("cobalt", "JP", null, ON, null)
                .answer(CONTEXT)
                .dependency();
        assertThat(cobalt.dependency()).isNull();
        assertThat(cobalt.basis()).isEqualTo("unknown");
        assertThat(cobalt.parts()).first().satisfies(p -> {
            assertThat(p.part()).isEqualTo("net import reliance");
            assertThat(p.basis()).isEqualTo("unknown");
            assertThat(p.note()).contains("no net import reliance for JP in the store");
        });
    }
}
