package lodestone.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import lodestone.report.dependency.DependencyQuery;
import lodestone.report.dependency.DependencyView;
import lodestone.report.mineral.MineralQuery;
import lodestone.report.mineral.MineralReport;
import lodestone.report.policy.MeasuresQuery;
import lodestone.report.risk.RiskBreakdown;
import lodestone.report.risk.RiskBreakdownQuery;
import lodestone.report.risk.RiskMethod;
import lodestone.report.risk.RiskRanking;
import lodestone.report.risk.RiskRankingQuery;
import lodestone.report.scenario.ScenarioDefaults;
import lodestone.report.scenario.ScenarioQuery;
import lodestone.report.scenario.SimulationView;
import lodestone.report.scenario.SweepQuery;
import lodestone.report.scenario.SweepResult;
import lodestone.report.table.Table;
import lodestone.store.baseline.BundledKnowledge;
import lodestone.store.reference.ReferenceData;
import org.junit.jupiter.api.Test;

/**
 * The report layer's queries over the bundled knowledge on 20 November 2026: one answer per question whatever face
 * asks, the defaults in one place, errors that name the parameter.
 */
class ReportQueriesTest {
    private static final ReportContext CONTEXT =
            new ReportContext(BundledKnowledge.snapshot(ReferenceData.load()), LocalDate.of(2026, 11, 20));

    @Test
    void theMineralPageAndTheRiskBreakdownShowTheSameDependency() {
        MineralReport mineral = new MineralQuery("rare-earths", null, null).answer(CONTEXT);
        RiskBreakdown risk = new RiskBreakdownQuery("rare-earths", null, null, null, null).answer(CONTEXT);
        DependencyView asked = new DependencyQuery("rare-earths", null).answer(CONTEXT);
        assertThat(mineral.dependency()).isEqualTo(risk.dependency()).isEqualTo(asked);
        assertThat(asked.perspective()).isEqualTo(Defaults.PERSPECTIVE);
        assertThat(asked.netImportReliance()).isEqualTo(0.8);
        assertThat(asked.supplyMix().shares().get("US")).isCloseTo(0.2, within(1e-12));
        assertThat(mineral.sources()).extracting(s -> s.id()).containsAll(asked.sources());
    }

    @Test
    void anyPerspectiveCanBeAskedAndAnUnknownOneIsNamed() {
        DependencyView germany = new DependencyQuery("gallium", "Germany").answer(CONTEXT);
        assertThat(germany.perspective()).isEqualTo("DE");
        assertThat(germany.netImportReliance()).isNull();
        assertThat(germany.note()).contains("no net import reliance for DE");
        RiskRanking ranking = new RiskRankingQuery("DE", null, null).answer(CONTEXT);
        assertThat(ranking.perspective()).isEqualTo("DE");
        assertThat(ranking.on()).isEqualTo(CONTEXT.today());
        assertThatThrownBy(() -> new RiskRankingQuery("Atlantis", null, null).answer(CONTEXT))
                .isInstanceOfSatisfying(QueryException.class, e -> {
                    assertThat(e.error()).isEqualTo(QueryError.UNKNOWN_COUNTRY);
                    assertThat(e.field()).isEqualTo("perspective");
                    assertThat(e.getMessage()).contains("Atlantis").contains("\nMaybe");
                    assertThat(e.detail()).doesNotContain("Maybe").doesNotEndWith(".");
                });
        assertThatThrownBy(() -> new MineralQuery("gallium", 99_999, null).answer(CONTEXT))
                .isInstanceOfSatisfying(
                        QueryException.class, e -> assertThat(e.field()).isEqualTo("year"));
        assertThatThrownBy(() -> RiskMethod.parse("usgs"))
                .isInstanceOfSatisfying(
                        QueryException.class, e -> assertThat(e.getMessage()).contains("lodestone, eu-2017"));
    }

    @Test
    void aScenarioRunsWithTheSharedDefaultsAndTheSameSeedGivesTheSameNumbers() {
        ScenarioQuery query =
                new ScenarioQuery("china-ree-2025-10-reinstated", null, 500, null, null, 1, ScenarioDefaults.MAX_PATHS);
        SimulationView.View one = query.answer(CONTEXT);
        SimulationView.View two = new ScenarioQuery(
                        "china-ree-2025-10-reinstated", null, 500, null, null, 2, ScenarioDefaults.MAX_PATHS)
                .answer(CONTEXT);
        assertThat(one.seed()).isEqualTo(ScenarioDefaults.SEED);
        assertThat(one).isEqualTo(two);
        assertThat(ScenarioQuery.preset("china-ree-2025-04")
                        .prepare(CONTEXT)
                        .options()
                        .paths())
                .isEqualTo(ScenarioDefaults.PATHS);
        assertThatThrownBy(() -> new ScenarioQuery("china-ree-2025-04", null, 999_999, null, null, null, 50_000)
                        .prepare(CONTEXT))
                .isInstanceOfSatisfying(
                        QueryException.class, e -> assertThat(e.field()).isEqualTo("paths"));
        assertThatThrownBy(() -> ScenarioQuery.preset("china-nothing").prepare(CONTEXT))
                .isInstanceOfSatisfying(
                        QueryException.class, e -> assertThat(e.error()).isEqualTo(QueryError.UNKNOWN_SCENARIO));
    }

    @Test
    void theSweepDisruptsForeignSuppliersOnly() {
        SweepResult sweep = new SweepQuery("usgs-2025", 5, List.of(1.0), 50, null, 1).answer(CONTEXT);
        assertThat(sweep.rows()).isNotEmpty();
        assertThat(sweep.rows())
                .noneMatch(r -> r.supplier().equals("US") || r.supplier().equals("OTHER"));
        assertThat(sweep.rows()).allSatisfy(r -> assertThat(r.supplierShare()).isBetween(0.0, 1.0));
        SweepResult.Row yttrium = sweep.rows().stream()
                .filter(r -> r.mineral().equals("yttrium") && r.supplier().equals("CN"))
                .findFirst()
                .orElseThrow();
        assertThat(yttrium.shareBasis()).contains("net import reliance");
    }

    @Test
    void aTableCarriesRawValuesInCsvAndFormattedTextForPeople() {
        Table<?> table = new MeasuresQuery(null, "dysprosium", null, "US")
                .answer(CONTEXT)
                .table();
        assertThat(table.csvHeader()).startsWith("id", "issuer", "kind").contains("binds", "sources");
        assertThat(table.textHeader()).startsWith("ID", "ISSUER", "KIND").doesNotContain("BINDS");
        assertThat(table.csvRows()).hasSameSizeAs(table.textRows()).isNotEmpty();
        RiskRanking ranking = new RiskRankingQuery(null, null, null).answer(CONTEXT);
        Table<?> scores = ranking.table();
        double csvScore = (Double) scores.csvRows().get(0).get(2);
        assertThat(csvScore).isCloseTo(ranking.ranking().get(0).score(), within(0.005));
        assertThat(scores.textRows().get(0).get(2)).matches("\\d+\\.\\d");
    }
}
