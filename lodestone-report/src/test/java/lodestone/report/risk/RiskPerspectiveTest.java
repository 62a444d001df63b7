package lodestone.report.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import lodestone.report.Bundled;
import lodestone.report.QueryException;
import lodestone.report.ReportContext;
import lodestone.report.risk.RiskView.ComponentView;
import lodestone.report.risk.RiskView.ScoreView;
import org.junit.jupiter.api.Test;

/**
 * The risk ranking takes the European Union and any country as perspective, and states the basis of each dependency
 * in its JSON document; answers from the per-snapshot inputs equal a second answer of the same query.
 */
class RiskPerspectiveTest {
    private static final ReportContext CONTEXT = new ReportContext(Bundled.latest(), LocalDate.of(2026, 11, 20));

    private static ComponentView dependency(ScoreView row) {
        return row.components().stream()
                .filter(c -> c.name().equals("dependency"))
                .findFirst()
                .orElseThrow();
    }

    private static String basis(ScoreView row) {
        return dependency(row).inputs().stream()
                .filter(i -> i.name().equals("basis"))
                .findFirst()
                .orElseThrow()
                .note();
    }

    @Test
    void theEuropeanUnionIsAPerspectiveByCodeOrName() {
        RiskRanking eu = new RiskRankingQuery("EU", null, null, "eu-2023").answer(CONTEXT);
        assertThat(eu.perspective()).isEqualTo("EU");
        assertThat(eu.perspectiveName()).isEqualTo("European Union");
        assertThat(new RiskRankingQuery("european union", null, null, "eu-2023")
                        .answer(CONTEXT)
                        .ranking())
                .isEqualTo(eu.ranking());
        assertThat(eu.ranking()).anySatisfy(row -> {
            assertThat(row.mineral()).isEqualTo("gallium");
            assertThat(basis(row)).isEqualTo("measured; largest supplier CN");
            assertThat(dependency(row).assumed()).isFalse();
        });
        assertThat(eu.ranking())
                .allSatisfy(row -> assertThat(dependency(row).assumed())
                        .isEqualTo(basis(row).startsWith("unknown")));
    }

    @Test
    void japanHasEveryDependencyUnknownAndAssumed() {
        RiskRanking japan = new RiskRankingQuery("JP", null, null, null).answer(CONTEXT);
        assertThat(japan.perspectiveName()).isEqualTo("Japan");
        assertThat(japan.ranking()).isNotEmpty().allSatisfy(row -> {
            assertThat(basis(row)).isEqualTo("unknown");
            assertThat(dependency(row).assumed()).isTrue();
        });
    }

    @Test
    void aRepeatedQueryAnswersTheSame() {
        RiskRankingQuery query = new RiskRankingQuery("US", LocalDate.of(2025, 3, 1), null, null);
        assertThat(query.answer(CONTEXT)).isEqualTo(query.answer(CONTEXT));
    }

    @Test
    void anUnknownPerspectiveIsAnErrorWithSuggestions() {
        assertThatThrownBy(() -> new RiskRankingQuery("Europa", null, null, null).answer(CONTEXT))
                .isInstanceOf(QueryException.class);
    }
}
