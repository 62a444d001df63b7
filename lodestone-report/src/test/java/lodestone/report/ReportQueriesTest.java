package lodestone.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import lodestone.model.mineral.MineralId;
import lodestone.report.dependency.DependencyQuery;
import lodestone.report.dependency.DependencyView;
import lodestone.report.edition.DiffQuery;
import lodestone.report.edition.EditionDiffView;
import lodestone.report.mineral.MineralQuery;
import lodestone.report.mineral.MineralReport;
import lodestone.report.policy.BuffersQuery;
import lodestone.report.policy.BuffersResult;
import lodestone.report.policy.MeasuresQuery;
import lodestone.report.risk.RiskBreakdown;
import lodestone.report.risk.RiskBreakdownQuery;
import lodestone.report.risk.RiskMethod;
import lodestone.report.risk.RiskRanking;
import lodestone.report.risk.RiskRankingQuery;
import lodestone.report.risk.UsgsBreakdownQuery;
import lodestone.report.risk.UsgsRankingQuery;
import lodestone.report.risk.UsgsRiskRanking;
import lodestone.report.scenario.ScenarioDefaults;
import lodestone.report.scenario.ScenarioQuery;
import lodestone.report.scenario.SimulationView;
import lodestone.report.scenario.SweepQuery;
import lodestone.report.scenario.SweepResult;
import lodestone.report.table.Table;
import lodestone.sim.engine.Progress;
import lodestone.sim.sweep.SweepCell;
import org.junit.jupiter.api.Test;

/**
 * The report layer's queries over the bundled knowledge on 20 November 2026: one answer per question whatever face
 * asks, the defaults in one place, errors that name the parameter.
 */
class ReportQueriesTest {
    private static final ReportContext CONTEXT = new ReportContext(Bundled.latest(), LocalDate.of(2026, 11, 20));

    @Test
    void theMineralPageAndTheRiskBreakdownShowTheSameDependency() {
        MineralReport mineral = new MineralQuery("rare-earths", null, null, null).answer(CONTEXT);
        RiskBreakdown risk = new RiskBreakdownQuery("rare-earths", null, null, null, null).answer(CONTEXT);
        DependencyView asked = new DependencyQuery("rare-earths", null).answer(CONTEXT);
        assertThat(mineral.dependency()).isEqualTo(risk.dependency()).isEqualTo(asked);
        assertThat(asked.perspective()).isEqualTo(Defaults.PERSPECTIVE);
        // USGS MCS 2026, Fig. 2: net import reliance 67 % in 2025, so 33 % of U.S. supply is domestic
        assertThat(asked.netImportReliance()).isEqualTo(0.67);
        assertThat(asked.supplyMix().shares().get("US")).isCloseTo(0.33, within(1e-12));
        assertThat(mineral.sources()).extracting(s -> s.id()).containsAll(asked.sources());
    }

    @Test
    void anyPerspectiveCanBeAskedAndAnUnknownOneIsNamed() {
        DependencyView germany = new DependencyQuery("gallium", "Germany").answer(CONTEXT);
        assertThat(germany.perspective()).isEqualTo("DE");
        assertThat(germany.netImportReliance()).isNull();
        assertThat(germany.note()).contains("no net import reliance for DE");
        RiskRanking ranking = new RiskRankingQuery("DE", null, null, null).answer(CONTEXT);
        assertThat(ranking.perspective()).isEqualTo("DE");
        assertThat(ranking.on()).isEqualTo(CONTEXT.today());
        assertThatThrownBy(() -> new RiskRankingQuery("Atlantis", null, null, null).answer(CONTEXT))
                .isInstanceOfSatisfying(QueryException.class, e -> {
                    assertThat(e.error()).isEqualTo(QueryError.UNKNOWN_COUNTRY);
                    assertThat(e.field()).isEqualTo("perspective");
                    assertThat(e.getMessage()).contains("Atlantis").contains("\nMaybe");
                    assertThat(e.detail()).doesNotContain("Maybe").doesNotEndWith(".");
                });
        assertThatThrownBy(() -> new MineralQuery("gallium", 99_999, null, null).answer(CONTEXT))
                .isInstanceOfSatisfying(
                        QueryException.class, e -> assertThat(e.field()).isEqualTo("year"));
        assertThatThrownBy(() -> RiskMethod.parse("usgs"))
                .isInstanceOfSatisfying(
                        QueryException.class,
                        e -> assertThat(e.getMessage()).contains("lodestone, usgs-2021, eu-2017"));
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
        SweepResult sweep = new SweepQuery("usgs-2025", null, 5, List.of(1.0), 50, null, 1, null).answer(CONTEXT);
        assertThat(sweep.rows()).isNotEmpty();
        assertThat(sweep.rows())
                .noneMatch(r -> r.supplier().equals("US") || r.supplier().equals("OTHER"));
        assertThat(sweep.rows()).allSatisfy(r -> assertThat(r.supplierShare()).isBetween(0.0, 1.0));
        SweepResult.Row yttrium = sweep.rows().stream()
                .filter(r -> r.mineral().equals("yttrium") && r.supplier().equals("CN"))
                .findFirst()
                .orElseThrow();
        assertThat(yttrium.shareBasis()).contains("net import reliance");
        assertThat(sweep.perspective()).isEqualTo("US");
        assertThat(sweep.table().columns()).anyMatch(c -> "SHARE OF US SUPPLY".equals(c.title()));
    }

    @Test
    void theSweepDisruptsThePerspectiveAsked() {
        SweepResult us = new SweepQuery("usgs-2025", null, 5, List.of(1.0), 50, null, 1, null).answer(CONTEXT);
        SweepResult japan = new SweepQuery("usgs-2025", "Japan", 5, List.of(1.0), 50, null, 1, null).answer(CONTEXT);
        assertThat(japan.perspective()).isEqualTo("JP");
        assertThat(japan.units()).contains("months of JP demand");
        assertThat(japan.table().columns()).anyMatch(c -> "SHARE OF JP SUPPLY".equals(c.title()));
        // no net import reliance of Japan is on record: its sweep leaves every mineral the US sweep screens out
        assertThat(us.rows()).isNotEmpty();
        assertThat(japan.rows()).isEmpty();
        assertThat(japan.leftOut())
                .containsAll(us.rows().stream()
                        .map(SweepResult.Row::mineral)
                        .distinct()
                        .toList());
        assertThatThrownBy(() ->
                        new SweepQuery("usgs-2025", "Atlantis", 5, List.of(1.0), 50, null, 1, null).prepare(CONTEXT))
                .isInstanceOf(QueryException.class)
                .hasMessageContaining("Atlantis");
    }

    @Test
    void theSweepCreditsThePresetsPartnerProjectsWhereTheCutIsElsewhere() {
        SweepQuery.Prepared prepared =
                new SweepQuery("usgs-2025", null, 5, List.of(1.0), 400, null, 1, "p95").prepare(CONTEXT);
        // the Alcoa-Sojitz gallium plant in Australia, as the US ban preset credits it
        assertThat(prepared.partners().get(MineralId.of("gallium")))
                .singleElement()
                .satisfies(p -> assertThat(p.country()).isEqualTo("AU"));
        List<SweepCell> gallium = new ArrayList<>(prepared.cells().stream()
                .filter(c -> c.mineral().value().equals("gallium"))
                .toList());
        assertThat(gallium).isNotEmpty().noneMatch(c -> c.supplier().equals("AU"));
        // Australia supplies the US no gallium today; a cell for it shows that a plant there relieves nothing
        gallium.add(new SweepCell(MineralId.of("gallium"), "AU", 0.3, 1, "test cell"));
        SweepQuery.Prepared only = new SweepQuery.Prepared(
                "gallium",
                "US",
                gallium,
                1,
                List.of(),
                prepared.paths(),
                prepared.seed(),
                1,
                prepared.ranking(),
                prepared.partners());
        SweepResult with = only.run(Progress.NONE);
        SweepResult without = only.withoutPartners().run(Progress.NONE);
        assertThat(with.partners()).singleElement().asString().startsWith("gallium: ");
        assertThat(without.partners()).isEmpty();
        for (SweepResult.Row row : with.rows()) {
            SweepResult.Row bare = without.rows().stream()
                    .filter(r -> r.supplier().equals(row.supplier()))
                    .findFirst()
                    .orElseThrow();
            if (row.supplier().equals("AU")) {
                // a plant in the withholding country relieves nothing: the same draws, the same numbers
                assertThat(row.expectedShortfall()).isEqualTo(bare.expectedShortfall());
                assertThat(row.cumulativeP95()).isEqualTo(bare.cumulativeP95());
            } else {
                assertThat(row.expectedShortfall()).isLessThan(bare.expectedShortfall());
                assertThat(row.cumulativeP95()).isLessThanOrEqualTo(bare.cumulativeP95());
            }
        }
    }

    @Test
    void aNamedEditionAndTheDiffOfTwoEditionsAreAnsweredFromEveryEdition() {
        ReportContext editions = ReportContext.of(
                Bundled.allEditions(), Clock.fixed(Instant.parse("2026-11-20T12:00:00Z"), ZoneOffset.UTC));
        DependencyView latest = new MineralQuery("rare-earths", null, null, null)
                .answer(editions)
                .dependency();
        DependencyView mcs2025 = new MineralQuery("rare-earths", null, null, "mcs-2025")
                .answer(editions)
                .dependency();
        // MCS 2026 gives 67 % for 2025; MCS 2025 gave 80 % for 2024
        assertThat(latest.netImportReliance()).isEqualTo(0.67);
        assertThat(mcs2025.netImportReliance()).isEqualTo(0.8);
        assertThat(new MineralQuery("rare-earths", null, null, "mcs-2025")
                        .answer(editions)
                        .editions())
                .startsWith("Editions: ")
                .contains("mcs-2025")
                .doesNotContain("mcs-2026")
                .endsWith("(edition mcs-2025)");
        EditionDiffView diff = new DiffQuery("mcs-2025", "mcs-2026", "rare-earths").answer(editions);
        // Australia's 2024 mine production: 13,000 t in MCS 2025, revised to 29,000 t in MCS 2026
        assertThat(diff.revisions())
                .filteredOn(r -> r.area().equals("AU")
                        && r.kind().equals("value")
                        && "mining".equals(r.stage())
                        && r.period().equals("2024"))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.before()).isEqualTo(13_000);
                    assertThat(r.after()).isEqualTo(29_000);
                });
        assertThat(diff.table().csvHeader()).contains("mcs-2025", "mcs-2026", "source_mcs-2025");
        assertThatThrownBy(() -> new MineralQuery("gallium", null, null, "mcs-2024").answer(editions))
                .isInstanceOfSatisfying(
                        QueryException.class, e -> assertThat(e.field()).isEqualTo("edition"));
        assertThatThrownBy(() -> new MineralQuery("gallium", null, null, "all").answer(editions))
                .isInstanceOfSatisfying(
                        QueryException.class, e -> assertThat(e.getMessage()).contains("diff"));
    }

    @Test
    void theBuffersInForceAreTheModelsQueryAndAnUnknownSwitchIsNamed() {
        BuffersResult buffers =
                new BuffersQuery("neodymium", LocalDate.of(2026, 12, 2), null, List.of()).answer(CONTEXT);
        assertThat(buffers.perspective()).isEqualTo("US");
        assertThat(buffers.buffers())
                .filteredOn(b -> b.id().equals("us-dod-mp-ndpr-floor-2025"))
                .singleElement()
                .satisfies(b -> assertThat(b.inForce()).isTrue());
        BuffersResult off =
                new BuffersQuery("neodymium", LocalDate.of(2026, 12, 2), null, List.of("mp-floor")).answer(CONTEXT);
        assertThat(off.buffers())
                .filteredOn(b -> b.key().equals("mp-floor"))
                .singleElement()
                .satisfies(b -> {
                    assertThat(b.inForce()).isFalse();
                    assertThat(b.switchedOff()).isTrue();
                });
        assertThatThrownBy(() -> new BuffersQuery("neodymium", null, null, List.of("vualt")).answer(CONTEXT))
                .isInstanceOfSatisfying(
                        QueryException.class, e -> assertThat(e.field()).isEqualTo("without"));
    }

    @Test
    void theUsgsMethodIsTheUnitedStatesAndARankingCoversOneList() {
        UsgsRiskRanking usgs = new UsgsRankingQuery(null, null, null).answer(CONTEXT);
        assertThat(usgs.list()).isEqualTo("usgs-2025");
        assertThat(usgs.ranking())
                .isNotEmpty()
                .allSatisfy(v -> assertThat(v.supplyRisk()).isBetween(0.0, 1.0));
        assertThatThrownBy(() -> new UsgsRankingQuery(null, "JP", null).answer(CONTEXT))
                .isInstanceOfSatisfying(
                        QueryException.class, e -> assertThat(e.field()).isEqualTo("perspective"));
        assertThatThrownBy(() -> new UsgsBreakdownQuery("gallium", null, 2024).answer(CONTEXT))
                .isInstanceOfSatisfying(
                        QueryException.class, e -> assertThat(e.field()).isEqualTo("year"));
        RiskRanking all = new RiskRankingQuery(null, null, null, "all").answer(CONTEXT);
        RiskRanking listed = new RiskRankingQuery(null, null, null, null).answer(CONTEXT);
        assertThat(all.ranking().size()).isGreaterThan(listed.ranking().size());
        assertThat(listed.list()).isEqualTo("usgs-2025");
        assertThatThrownBy(() -> new RiskRankingQuery(null, null, null, "usgs-2030").answer(CONTEXT))
                .isInstanceOfSatisfying(
                        QueryException.class, e -> assertThat(e.field()).isEqualTo("list"));
    }

    @Test
    void aTableCarriesRawValuesInCsvAndFormattedTextForPeople() {
        Table<?> table = new MeasuresQuery(null, "dysprosium", null, "US")
                .answer(CONTEXT)
                .table();
        assertThat(table.csvHeader()).startsWith("id", "issuer", "kind").contains("binds", "sources");
        assertThat(table.textHeader()).startsWith("ID", "ISSUER", "KIND").doesNotContain("BINDS");
        assertThat(table.csvRows()).hasSameSizeAs(table.textRows()).isNotEmpty();
        RiskRanking ranking = new RiskRankingQuery(null, null, null, null).answer(CONTEXT);
        Table<?> scores = ranking.table();
        double csvScore = (Double) scores.csvRows().get(0).get(2);
        assertThat(csvScore).isCloseTo(ranking.ranking().get(0).score(), within(0.005));
        assertThat(scores.textRows().get(0).get(2)).matches("\\d+\\.\\d");
    }
}
