package lodestone.risk.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import lodestone.model.geo.CountryCode;
import lodestone.model.knowledge.KnowledgeSnapshot;
import lodestone.model.mineral.Mineral;
import lodestone.model.mineral.MineralId;
import lodestone.risk.Bundled;
import lodestone.risk.concentration.DataYears;
import lodestone.risk.concentration.ShareSets;
import lodestone.risk.concentration.StageSets;
import lodestone.risk.concentration.SupplyShareCalculator;
import lodestone.risk.dependency.Dependency;
import lodestone.risk.economic.MarketValues;
import org.junit.jupiter.api.Test;

/**
 * The inputs computed once per snapshot give what a fresh computation from the snapshot gives, for every mineral, every
 * data year, several perspectives and dates, so the ranking served from them is the ranking computed from scratch.
 */
class IndexInputsTest {
    private static final KnowledgeSnapshot SNAPSHOT = Bundled.snapshot();
    private static final IndexInputs INPUTS = IndexInputs.of(SNAPSHOT);
    private static final List<CountryCode> PERSPECTIVES =
            List.of(CountryCode.of("US"), CountryCode.of("JP"), CountryCode.of("DE"));
    private static final List<LocalDate> DATES =
            List.of(LocalDate.of(2024, 6, 1), LocalDate.of(2025, 12, 1), LocalDate.of(2026, 11, 20));

    @Test
    void shareSetsAndYearsAreTheCalculatorsOwn() {
        ShareSets sets = INPUTS.shareSets();
        assertThat(sets.years()).isEqualTo(DataYears.of(SNAPSHOT));
        for (Mineral mineral : SNAPSHOT.minerals().all()) {
            assertThat(sets.all(mineral.id()))
                    .as(mineral.id().value())
                    .isEqualTo(SupplyShareCalculator.all(SNAPSHOT, mineral.id()));
        }
    }

    @Test
    void stageSetsDependencyAndMeasuresAreThoseComputedFromTheSnapshot() {
        List<OptionalInt> years = new java.util.ArrayList<>(List.of(OptionalInt.empty()));
        DataYears.of(SNAPSHOT).forEach(y -> years.add(OptionalInt.of(y)));
        for (Mineral mineral : SNAPSHOT.minerals().all()) {
            MineralId id = mineral.id();
            for (OptionalInt year : years) {
                assertThat(INPUTS.stageSets(id, year))
                        .as(id + " " + year)
                        .isEqualTo(StageSets.preferred(SNAPSHOT, id, year));
            }
            for (CountryCode perspective : PERSPECTIVES) {
                assertThat(Dependency.of(INPUTS.shareSets(), id, perspective))
                        .as(id + " " + perspective)
                        .isEqualTo(Dependency.of(SNAPSHOT, id, perspective));
                assertThat(INPUTS.dependencies(perspective).dependency(id))
                        .as("kept " + id + " " + perspective)
                        .isEqualTo(PerspectiveDependency.of(Dependency.of(SNAPSHOT, id, perspective)));
            }
            for (LocalDate on : DATES) {
                var states = MeasuresInForce.states(SNAPSHOT.policy().measures(), on);
                assertThat(MeasuresInForce.binding(INPUTS.covering(id), states, PERSPECTIVES.get(0)::equals))
                        .isEqualTo(MeasuresInForce.binding(SNAPSHOT, id, on, PERSPECTIVES.get(0)::equals));
                assertThat(MeasuresInForce.lapsed(INPUTS.covering(id), states, PERSPECTIVES.get(0)::equals))
                        .isEqualTo(MeasuresInForce.lapsed(SNAPSHOT, id, on, PERSPECTIVES.get(0)::equals));
            }
        }
    }

    @Test
    void aRankingFromSharedInputsEqualsOneFromAFreshSnapshotForEveryPerspectiveAndDate() {
        MineralScope all = MineralScope.of(SNAPSHOT, MineralScope.ALL);
        for (CountryCode perspective : PERSPECTIVES) {
            for (LocalDate on : DATES) {
                LodestoneRiskIndex shared =
                        new LodestoneRiskIndex(INPUTS, perspective, on, OptionalInt.empty(), Bundled.marketSeries());
                LodestoneRiskIndex fresh = new LodestoneRiskIndex(
                        SNAPSHOT,
                        perspective,
                        on,
                        OptionalInt.empty(),
                        mineral -> PerspectiveDependency.of(Dependency.of(SNAPSHOT, mineral, perspective)),
                        mineral -> MarketValues.of(
                                SNAPSHOT, Bundled.marketSeries(), mineral, perspective.value(), OptionalInt.empty()));
                assertThat(shared.rank(all)).as(perspective + " " + on).isEqualTo(fresh.rank(all));
            }
        }
    }
}
