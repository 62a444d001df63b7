package lodestone.risk.agreement;

import static lodestone.risk.agreement.AgreementFixture.CHINA_GALLIUM;
import static lodestone.risk.agreement.AgreementFixture.GALLIUM;
import static lodestone.risk.agreement.AgreementFixture.NEODYMIUM;
import static lodestone.risk.agreement.AgreementFixture.SCANDIUM;
import static lodestone.risk.agreement.AgreementFixture.WORLD_GALLIUM;
import static lodestone.risk.agreement.AgreementFixture.gallium;
import static lodestone.risk.agreement.AgreementFixture.project;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import lodestone.model.agreement.Project;
import lodestone.model.chain.Stage;
import lodestone.model.knowledge.KnowledgeSnapshot;
import lodestone.model.mineral.MineralId;
import lodestone.model.observation.Period;
import lodestone.model.quantity.Basis;
import org.junit.jupiter.api.Test;

class DeliveryOutlookTest {
    private static final KnowledgeSnapshot SNAPSHOT = AgreementFixture.snapshot();
    private static final double EXACT = 1e-12;
    /** A gallium mine of 100 t a year from 2026, with probability 0.5: a stage the snapshot has no world total for. */
    private static final Project MINE = project("mine")
            .stage(Stage.MINING)
            .capacity(100)
            .start(2026)
            .probability(0.5)
            .build();

    private static Outlook outlook(List<Project> projects, int from, int to) {
        return DeliveryOutlook.forMineral(SNAPSHOT, GALLIUM, projects, from, to);
    }

    @Test
    void oneProjectRampsUpLinearlyToItsExpectedCapacity() {
        // p = 0.5, 100 t/yr from 2026, one ramp-up year: half capacity in 2026, full from 2027.
        Outlook outlook = outlook(List.of(gallium("wagerup", 0.5, 100, 2026, 1)), 2025, 2028);

        assertThat(outlook.years()).extracting(Outlook.YearOutlook::year).containsExactly(2025, 2026, 2027, 2028);
        assertThat(outlook.year(2025).expectedTonnesPerYear()).isZero();
        assertThat(outlook.year(2026).expectedTonnesPerYear()).isCloseTo(25, within(EXACT));
        assertThat(outlook.year(2027).expectedTonnesPerYear()).isCloseTo(50, within(EXACT));
        assertThat(outlook.year(2028).expectedTonnesPerYear()).isCloseTo(50, within(EXACT));
        // Two outcomes in 2026: nothing (0.5) or 50 t (0.5). P10 and P50 are 0 (cumulative 0.5), P90 is 50.
        Outlook.YearOutlook y2026 = outlook.year(2026);
        assertThat(y2026.p10TonnesPerYear()).isZero();
        assertThat(y2026.p50TonnesPerYear()).isZero();
        assertThat(y2026.p90TonnesPerYear()).isCloseTo(50, within(EXACT));
        assertThat(outlook.year(2025).p90TonnesPerYear()).isZero();
    }

    @Test
    void twoProjectsGiveTheExactQuantilesOfTheirFourOutcomes() {
        // A: p = 0.6, 100 t; B: p = 0.3, 40 t; both at full capacity from 2026.
        // Outcomes: 0 t (0.4 * 0.7 = 0.28), 40 t (0.4 * 0.3 = 0.12, cum 0.40), 100 t (0.6 * 0.7 = 0.42, cum 0.82),
        // 140 t (0.6 * 0.3 = 0.18, cum 1.00). P10 = 0, P50 = 100, P90 = 140; expected = 60 + 12 = 72.
        Outlook outlook = outlook(List.of(gallium("a", 0.6, 100, 2026, 0), gallium("b", 0.3, 40, 2026, 0)), 2026, 2026);
        Outlook.YearOutlook year = outlook.year(2026);
        assertThat(year.expectedTonnesPerYear()).isCloseTo(72, within(EXACT));
        assertThat(year.p10TonnesPerYear()).isZero();
        assertThat(year.p50TonnesPerYear()).isEqualTo(100);
        assertThat(year.p90TonnesPerYear()).isEqualTo(140);
    }

    @Test
    void quantilesOnACumulativeBoundaryAreNotMovedByBinaryRounding() {
        // A: p = 0.5, 100 t; B: p = 0.8, 50 t. P(nothing) = 0.5 * (1 - 0.8) = 0.1 exactly in decimal, but
        // 1 - 0.8 = 0.19999999999999996 in binary. Outcomes: 0 (0.1), 50 (0.4, cum 0.5), 100 (0.1, cum 0.6),
        // 150 (0.4, cum 1.0): P10 = 0, P50 = 50, P90 = 150.
        Outlook.YearOutlook year = outlook(
                        List.of(gallium("a", 0.5, 100, 2026, 0), gallium("b", 0.8, 50, 2026, 0)), 2026, 2026)
                .year(2026);
        assertThat(year.p10TonnesPerYear()).isZero();
        assertThat(year.p50TonnesPerYear()).isEqualTo(50);
        assertThat(year.p90TonnesPerYear()).isEqualTo(150);
        assertThat(year.expectedTonnesPerYear()).isCloseTo(90, within(EXACT));
    }

    @Test
    void twentyEqualProjectsFollowTheBinomialDistribution() {
        // 20 projects, p = 0.5, 1 t each: Binomial(20, 0.5). P(X <= 6) = 0.058, P(X <= 7) = 0.132, P(X <= 9) = 0.412,
        // P(X <= 10) = 0.588, P(X <= 12) = 0.868, P(X <= 13) = 0.942.
        List<Project> projects = new ArrayList<>();
        for (int i = 0; i < DeliveryOutlook.MAX_PROJECTS; i++) {
            projects.add(gallium("p" + i, 0.5, 1, 2026, 0));
        }
        Outlook.YearOutlook year = outlook(projects, 2026, 2026).year(2026);
        assertThat(year.expectedTonnesPerYear()).isCloseTo(10, within(EXACT));
        assertThat(year.p10TonnesPerYear()).isEqualTo(7);
        assertThat(year.p50TonnesPerYear()).isEqualTo(10);
        assertThat(year.p90TonnesPerYear()).isEqualTo(13);
    }

    @Test
    void chinasShareFallsAsTheWorldTotalGrowsWithEveryOtherProducerHeld() {
        // Baseline: primary gallium 2024, W = 760 t, China C = 750 t (not the older 2023 set).
        Outlook outlook = outlook(List.of(gallium("a", 0.6, 100, 2026, 0), gallium("b", 0.3, 40, 2026, 0)), 2025, 2026);
        Outlook.Baseline baseline = outlook.baseline().orElseThrow();
        assertThat(baseline.shares().period()).isEqualTo(Period.year(2024));
        assertThat(baseline.worldTonnes()).isEqualTo(WORLD_GALLIUM);
        assertThat(baseline.chinaTonnes()).isEqualTo(CHINA_GALLIUM);
        assertThat(baseline.chinaNamed()).isTrue();
        assertThat(outlook.baselineNote())
                .startsWith("world baseline: Primary gallium production, 2024, processing stage, contained basis,"
                        + " world total 760 t, China 750 t (share 98.68 %)");

        Outlook.ChinaShare before = outlook.year(2025).chinaShare().orElseThrow();
        assertThat(before.baseline()).isCloseTo(750.0 / 760, within(EXACT));
        assertThat(before.atExpected()).isCloseTo(750.0 / 760, within(EXACT));

        Outlook.ChinaShare after = outlook.year(2026).chinaShare().orElseThrow();
        assertThat(after.atExpected()).isCloseTo(750.0 / (760 + 72), within(EXACT));
        assertThat(after.atP10Added()).isCloseTo(750.0 / 760, within(EXACT));
        assertThat(after.atP90Added()).isCloseTo(750.0 / (760 + 140), within(EXACT));
        assertThat(outlook.assumptions())
                .anySatisfy(line -> assertThat(line).startsWith("Perspective: the whole world."))
                .anySatisfy(line -> assertThat(line).contains("independently of the others"))
                .anySatisfy(line -> assertThat(line).contains("nameplate capacities"))
                .anySatisfy(line -> assertThat(line)
                        .contains("held at its 2024 quantity")
                        .contains("China's share = C / (W + added), with W = 760 t and C = 750 t"));
    }

    @Test
    void oneProjectWorkedThroughToChinasShare() {
        Outlook outlook = outlook(List.of(gallium("wagerup", 0.5, 100, 2026, 1)), 2026, 2027);
        Outlook.ChinaShare y2027 = outlook.year(2027).chinaShare().orElseThrow();
        assertThat(y2027.atExpected()).isCloseTo(750.0 / 810, within(EXACT));
        assertThat(y2027.atP10Added()).isCloseTo(750.0 / 760, within(EXACT));
        assertThat(y2027.atP90Added()).isCloseTo(750.0 / 860, within(EXACT));
    }

    @Test
    void projectsWithoutTheNeededParametersAreExcludedWithReasonsNotDefaults() {
        List<Project> projects = List.of(
                gallium("ok", 0.5, 100, 2026, 1),
                project("no-capacity").start(2026).probability(0.5).build(),
                project("other-mineral")
                        .capacity(4440, NEODYMIUM, Basis.OXIDE_EQUIVALENT)
                        .start(2029)
                        .probability(0.5)
                        .build(),
                project("no-start").capacity(100).probability(0.5).build(),
                project("no-probability").capacity(100).start(2026).build(),
                project("nothing").build());
        Outlook outlook = outlook(projects, 2026, 2030);

        assertThat(outlook.included())
                .extracting(Outlook.ProjectEntry::projectId)
                .containsExactly("ok");
        assertThat(outlook.excluded())
                .extracting(
                        Outlook.ProjectEntry::projectId,
                        entry -> entry.exclusionReason().orElseThrow())
                .containsExactly(
                        tuple("no-capacity", "no capacity for gallium (no capacity stated)"),
                        tuple("other-mineral", "no capacity for gallium (its capacity counts neodymium)"),
                        tuple("no-start", "no start year"),
                        tuple("no-probability", "no probability of delivery"),
                        tuple(
                                "nothing",
                                "no capacity for gallium (no capacity stated); no start year; no probability of"
                                        + " delivery"));
        assertThat(outlook.excluded())
                .allSatisfy(entry -> assertThat(entry.parameters()).isEmpty());
        // Only "ok" counts: the excluded projects add nothing, rather than a default.
        assertThat(outlook.year(2030).expectedTonnesPerYear()).isCloseTo(50, within(EXACT));
        assertThat(outlook.year(2030).p90TonnesPerYear()).isEqualTo(100);
    }

    @Test
    void eachIncludedParameterSaysWhetherItIsSourcedOrAssumed() {
        Project noRamp =
                project("no-ramp").capacity(100).start(2026).probability(0.7).build();
        Outlook outlook = outlook(List.of(gallium("ramped", 0.5, 100, 2026, 2), noRamp), 2026, 2028);

        Outlook.ProjectEntry ramped = outlook.included().get(0);
        assertThat(ramped.parameter("capacity").orElseThrow().assumed()).isFalse();
        assertThat(ramped.parameter("capacity").orElseThrow().source()).contains(AgreementFixture.SOURCE);
        assertThat(ramped.parameter("start-year").orElseThrow().assumed()).isFalse();
        assertThat(ramped.parameter("ramp-up-years").orElseThrow().assumed()).isTrue();
        assertThat(ramped.parameter("probability").orElseThrow().assumed()).isTrue();
        assertThat(ramped.parameter("probability").orElseThrow().rationale())
                .isEqualTo("non-binding arrangements, FID pending");

        Outlook.Parameter defaultRamp =
                outlook.included().get(1).parameter("ramp-up-years").orElseThrow();
        assertThat(defaultRamp.value()).isZero();
        assertThat(defaultRamp.assumed()).isTrue();
        assertThat(defaultRamp.rationale()).startsWith("not stated: full capacity from the start year");
        // No ramp: full capacity (0.7 * 100) from 2026; two ramp-up years: a third of 0.5 * 100 in 2026.
        assertThat(outlook.year(2026).expectedTonnesPerYear()).isCloseTo(70 + 50.0 / 3, within(EXACT));

        assertThat(outlook.assumptions())
                .contains("ramped: capacity 100 t/yr (sourced from test-survey: gallium metal, basis contained, stage"
                        + " processing, nameplate); start-year 2026 (sourced from test-survey: company target);"
                        + " ramp-up-years 2 years (assumed: typical for a plant of this kind); probability 0.5"
                        + " (assumed: non-binding arrangements, FID pending)");
    }

    @Test
    void withoutAComparableWorldBaselineTheOutlookGivesCapacitiesOnly() {
        // No mining-stage gallium set in the snapshot.
        Outlook mining = outlook(List.of(MINE), 2026, 2027);
        assertThat(mining.baseline()).isEmpty();
        assertThat(mining.baselineNote())
                .isEqualTo("no comparable world baseline: no share set for gallium at the mining stage with a published"
                        + " world total in tonnes on the contained basis; capacities only");
        assertThat(mining.years())
                .allSatisfy(year -> assertThat(year.chinaShare()).isEmpty());
        assertThat(mining.year(2026).expectedTonnesPerYear()).isCloseTo(50, within(EXACT));

        // A basis the baseline does not count.
        Outlook gross = outlook(
                List.of(project("gross")
                        .capacity(100, GALLIUM, Basis.GROSS_WEIGHT)
                        .start(2026)
                        .probability(0.5)
                        .build()),
                2026,
                2026);
        assertThat(gross.baselineNote()).contains("on the gross-weight basis");

        // Projects at two stages are not compared with either stage.
        Outlook mixed = outlook(List.of(gallium("plant", 0.5, 100, 2026, 0), MINE), 2026, 2026);
        assertThat(mixed.baseline()).isEmpty();
        assertThat(mixed.baselineNote())
                .startsWith("no comparable world baseline: the included projects are at more"
                        + " than one stage (mining, processing)");

        Outlook empty = outlook(List.of(), 2026, 2026);
        assertThat(empty.baselineNote()).startsWith("no comparable world baseline: no project is included");
        assertThat(empty.year(2026).p90TonnesPerYear()).isZero();
    }

    @Test
    void oneStageCanBeChosenAndProjectsAtOtherStagesAreExcluded() {
        Outlook processing = DeliveryOutlook.forMineral(
                SNAPSHOT, GALLIUM, Stage.PROCESSING, List.of(gallium("plant", 0.5, 100, 2026, 0), MINE), 2026, 2026);
        assertThat(processing.included())
                .extracting(Outlook.ProjectEntry::projectId)
                .containsExactly("plant");
        assertThat(processing.excluded().get(0).exclusionReason()).contains("at the mining stage, not processing");
        assertThat(processing.baseline()).isPresent();
    }

    @Test
    void chinaAbsentFromTheNamedProducersCountsAsZero() {
        Project scandium = project("sc")
                .capacity(10, SCANDIUM, Basis.CONTAINED)
                .start(2026)
                .probability(1)
                .build();
        Outlook outlook = DeliveryOutlook.forMineral(SNAPSHOT, SCANDIUM, List.of(scandium), 2026, 2026);
        Outlook.Baseline baseline = outlook.baseline().orElseThrow();
        assertThat(baseline.chinaNamed()).isFalse();
        assertThat(baseline.chinaTonnes()).isZero();
        assertThat(outlook.year(2026).chinaShare().orElseThrow().atExpected()).isZero();
        assertThat(outlook.assumptions())
                .anySatisfy(line -> assertThat(line)
                        .startsWith("China is not a named producer in the baseline set; its quantity is taken as 0"));
    }

    @Test
    void refusesBadYearsDuplicatesUnknownMineralsAndTooManyProjects() {
        List<Project> one = List.of(gallium("a", 0.5, 100, 2026, 0));
        assertThatThrownBy(() -> outlook(one, 1999, 2026))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("outlook years (1999 to 2026) must satisfy 2000 <= fromYear <= toYear <= 2100.");
        assertThatThrownBy(() -> outlook(one, 2030, 2026)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> outlook(one, 2090, 2101)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> outlook(one, 2000, 2050))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("outlook span (51 years, 2000 to 2050) must be at most 50 years.");
        assertThat(outlook(one, 2000, 2049).years()).hasSize(50);
        assertThatThrownBy(() ->
                        outlook(List.of(gallium("a", 0.5, 100, 2026, 0), gallium("a", 0.5, 1, 2026, 0)), 2026, 2026))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("project (a) is given twice.");
        assertThatThrownBy(() -> DeliveryOutlook.forMineral(SNAPSHOT, MineralId.of("unobtainium"), one, 2026, 2026))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unobtainium");

        List<Project> many = new ArrayList<>();
        for (int i = 0; i <= DeliveryOutlook.MAX_PROJECTS; i++) {
            many.add(gallium("p" + i, 0.5, 1, 2026, 0));
        }
        assertThatThrownBy(() -> outlook(many, 2026, 2026))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("included projects (21) for gallium must be at most 20")
                .hasMessageContaining("\nMaybe");
        // Excluded projects do not count towards the limit.
        many.set(0, project("p0").capacity(1).build());
        assertThat(outlook(many, 2026, 2026).included()).hasSize(20);
    }

    @Test
    void aWholeStartYearIsRequired() {
        Project fractional =
                project("half").capacity(100).start(2026.5).probability(0.5).build();
        assertThat(outlook(List.of(fractional), 2026, 2027).excluded().get(0).exclusionReason())
                .contains("start year (2026.5) is not a whole year");
    }
}
