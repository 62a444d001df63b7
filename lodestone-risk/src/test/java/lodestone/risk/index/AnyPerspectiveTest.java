package lodestone.risk.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import lodestone.model.geo.CountryCode;
import lodestone.model.knowledge.KnowledgeSnapshot;
import lodestone.model.mineral.MineralId;
import lodestone.risk.Bundled;
import org.junit.jupiter.api.Test;

/**
 * Rankings for perspectives other than the United States: the European Union from the EU CRM 2023 study's sourcing
 * shares, Japan (no import data in the store) with its dependency unknown, each stating its basis per mineral.
 */
class AnyPerspectiveTest {
    private static final KnowledgeSnapshot SNAPSHOT = Bundled.snapshot();
    private static final IndexInputs INPUTS = IndexInputs.of(SNAPSHOT);
    private static final LocalDate ON = LocalDate.of(2026, 11, 20);

    private static List<RiskScore> rank(String perspective) {
        return new LodestoneRiskIndex(
                        INPUTS, CountryCode.of(perspective), ON, OptionalInt.empty(), Bundled.marketSeries())
                .rank(MineralScope.of(SNAPSHOT, "eu-2023"));
    }

    private static Component component(RiskScore score, String name) {
        return score.components().stream()
                .filter(c -> c.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private static String basis(Component dependency) {
        return dependency.inputs().stream()
                .filter(i -> i.name().equals("basis"))
                .findFirst()
                .orElseThrow()
                .note();
    }

    @Test
    void theEuDependencyOnGalliumIsChinasSourcingShareMeasured() {
        PerspectiveDependency gallium =
                new EuSourcingDependency(INPUTS.shareSets()).dependency(MineralId.of("gallium"));
        // EU CRM 2023, Appendix 7, EU sourcing of gallium (processing): China 69 %; no mining stage, no look-through
        assertThat(gallium.basis()).isEqualTo(DependencyBasis.MEASURED);
        assertThat(gallium.largestSupplier()).contains(CountryCode.of("CN"));
        assertThat(gallium.value().getAsDouble()).isCloseTo(0.69, within(1e-9));
        assertThat(gallium.inputs())
                .anySatisfy(i -> assertThat(i.name()).isEqualTo("EU sourcing share CN processing 2016-2020"));
    }

    @Test
    void theIndexsDependencyAnswerCarriesItsDetailAndEqualsTheScoredComponentForEveryMineral() {
        for (String perspective : List.of("EU", "JP", "US")) {
            LodestoneRiskIndex index = new LodestoneRiskIndex(
                    INPUTS, CountryCode.of(perspective), ON, OptionalInt.empty(), Bundled.marketSeries());
            for (RiskScore score : index.rank(MineralScope.of(SNAPSHOT, MineralScope.ALL))) {
                PerspectiveDependency answer = index.dependency(score.mineral());
                Component d = component(score, "dependency");
                String what = perspective + " " + score.mineral();
                assertThat(d.value()).as(what).isEqualTo(answer.value().orElse(LodestoneRiskIndex.MISSING_DEPENDENCY));
                assertThat(basis(d)).as(what).startsWith(answer.basis().id());
                assertThat(answer.parts()).as(what).isNotEmpty();
                if (answer.value().isPresent() && answer.largestSupplier().isPresent()) {
                    assertThat(answer.detail()).as(what).isPresent();
                    assertThat(answer.detail().get().largest().orElseThrow().lookThrough())
                            .as(what)
                            .isCloseTo(answer.value().getAsDouble(), within(1e-12));
                }
            }
        }
    }

    @Test
    void memberStatesAreTheEusOwnSupplyNeverAnExposure() {
        // cobalt processing: Finland 62 %, Belgium 29 % (member states), China and the DR Congo 2 % each
        PerspectiveDependency cobalt = new EuSourcingDependency(INPUTS.shareSets()).dependency(MineralId.of("cobalt"));
        assertThat(cobalt.largestSupplier()).isPresent();
        assertThat(EuSourcingDependency.member(cobalt.largestSupplier().get())).isFalse();
        assertThat(cobalt.value().getAsDouble()).isLessThan(0.3);
    }

    @Test
    void anEuRankingStatesTheBasisOfEveryDependency() {
        List<RiskScore> eu = rank("EU");
        assertThat(eu).isNotEmpty();
        assertThat(eu).allSatisfy(score -> {
            Component d = component(score, "dependency");
            assertThat(basis(d)).matches("(measured|unknown)(; largest supplier [A-Z]{2})?");
            assertThat(d.assumed()).isEqualTo(basis(d).startsWith("unknown"));
        });
        assertThat(eu)
                .anySatisfy(score ->
                        assertThat(basis(component(score, "dependency"))).startsWith("measured"));
        // the EU has no consumption value in the store: E is assumed for every mineral and says so
        assertThat(eu)
                .allSatisfy(score -> assertThat(
                                component(score, "economic-importance").assumed())
                        .isTrue());
    }

    @Test
    void aCountryWithoutImportDataHasItsDependencyUnknownAndAssumed() {
        List<RiskScore> japan = rank("JP");
        assertThat(japan).isNotEmpty().allSatisfy(score -> {
            Component d = component(score, "dependency");
            assertThat(basis(d)).isEqualTo("unknown");
            assertThat(d.assumed()).isTrue();
            assertThat(d.value()).isEqualTo(LodestoneRiskIndex.MISSING_DEPENDENCY);
            assertThat(d.formula()).contains("no net import reliance for JP in the store");
        });
    }

    @Test
    void measuresTargetingAMemberStateCountForTheEu() {
        assertThat(LodestoneRiskIndex.destination(CountryCode.of("EU")).test(CountryCode.of("DE")))
                .isTrue();
        assertThat(LodestoneRiskIndex.destination(CountryCode.of("EU")).test(CountryCode.of("US")))
                .isFalse();
        assertThat(LodestoneRiskIndex.destination(CountryCode.of("JP")).test(CountryCode.of("DE")))
                .isFalse();
    }
}
