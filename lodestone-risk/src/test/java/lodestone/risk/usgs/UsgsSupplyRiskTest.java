package lodestone.risk.usgs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import lodestone.model.mineral.MineralId;
import lodestone.risk.index.Input;
import lodestone.testkit.reference.UsgsCriticalMinerals;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The USGS 2021 arithmetic: the published constants, a worked example, and its invariants. */
class UsgsSupplyRiskTest {
    private static final MineralId GALLIUM = MineralId.of("gallium");

    private static Gen<Double> unit() {
        return doubles().between(0.0, 1.0);
    }

    private static Input input(String name, double value, String unit) {
        return Input.of(name, value, unit, "test-survey", "test.csv:1", "");
    }

    /** China 98.7 % (mean WGI −0.290, 2023), Russia 0.8 % (−1.09), Japan 0.4 % (1.35) of refinery output. */
    private static UsgsInputs.ShareSet refinery() {
        return new UsgsInputs.ShareSet(
                "gallium processing",
                List.of(
                        new UsgsInputs.Producer("CN", 0.987, OptionalDouble.of(-0.290)),
                        new UsgsInputs.Producer("RU", 0.008, OptionalDouble.of(-1.09)),
                        new UsgsInputs.Producer("JP", 0.004, OptionalDouble.of(1.35))),
                "test-survey");
    }

    private static UsgsInputs.Year year(int year, double nir, double tonnes, double price) {
        return new UsgsInputs.Year(
                year,
                List.of(refinery()),
                Optional.of(input("net import reliance", nir, "fraction")),
                Optional.of(input("apparent consumption", tonnes, "t")),
                Optional.of(input("price", price, "USD/kg")),
                "reported; high-purity");
    }

    @Test
    void thePublishedThresholdAndWindow() {
        assertThat(UsgsSupplyRisk.THRESHOLD).isEqualTo(UsgsCriticalMinerals.Review2021.THRESHOLD);
        assertThat(UsgsSupplyRisk.WINDOW)
                .isEqualTo(UsgsCriticalMinerals.Review2021.WINDOW_LAST_YEAR
                        - UsgsCriticalMinerals.Review2021.WINDOW_FIRST_YEAR
                        + 1);
    }

    @Test
    void aWorkedExampleByHand() {
        // DP = 0.987² · (5 + 2·0.290)/10 + 0.008² · (5 + 2·1.09)/10 + 0.004² · (5 − 2·1.35)/10
        double dp = 0.987 * 0.987 * 0.558 + 0.008 * 0.008 * 0.718 + 0.004 * 0.004 * 0.230;
        assertThat(UsgsSupplyRisk.disruptionPotential(refinery())).isCloseTo(dp, within(1e-12));
        // 2023: 19.2 t × 450 USD/kg; 2024: 19 t × 500 USD/kg; NIR 1 both years
        double ev2023 = Math.log10(19.2 * 450 * 1000 / 1e6) / 5;
        double ev2024 = Math.log10(19.0 * 500 * 1000 / 1e6) / 5;
        double sr = Math.cbrt(dp * 1 * ev2023) / 3 + 2 * Math.cbrt(dp * 1 * ev2024) / 3;
        UsgsAssessment a = UsgsSupplyRisk.assess(
                new UsgsInputs(GALLIUM, List.of(year(2024, 1, 19, 500), year(2023, 1, 19.2, 450)), ""));
        assertThat(a.years()).extracting(UsgsAssessment.YearResult::year).containsExactly(2023, 2024);
        assertThat(a.years().get(0).weight()).isCloseTo(1 / 3.0, within(1e-12));
        assertThat(a.supplyRisk().getAsDouble()).isCloseTo(sr, within(1e-12));
        assertThat(a.formula())
                .startsWith("SR = 0.3333 · (")
                .endsWith(String.format(java.util.Locale.ROOT, "%.4f", sr));
        assertThat(a.components())
                .extracting(c -> c.name())
                .containsExactly("disruption-potential", "trade-exposure", "economic-vulnerability");
        assertThat(a.assumed()).isFalse();
    }

    @Test
    void aYearWithoutRelianceOrSharesIsNotAssessedAndAMissingMarketIsAssumedMid() {
        UsgsInputs.Year noReliance = new UsgsInputs.Year(
                2022, List.of(refinery()), Optional.empty(), Optional.empty(), Optional.empty(), "");
        UsgsInputs.Year noMarket = new UsgsInputs.Year(
                2024,
                List.of(refinery()),
                Optional.of(input("net import reliance", 0.5, "fraction")),
                Optional.empty(),
                Optional.empty(),
                "consumption withheld");
        UsgsAssessment a = UsgsSupplyRisk.assess(new UsgsInputs(GALLIUM, List.of(noReliance, noMarket), ""));
        assertThat(a.years()).hasSize(1);
        assertThat(a.years().get(0).weight()).isEqualTo(1.0);
        assertThat(a.years().get(0).economicVulnerability()).isEqualTo(0.5);
        assertThat(a.assumed()).isTrue();
        assertThat(a.components().get(2).formula()).contains("0.5 assumed").contains("consumption withheld");
        UsgsAssessment none = UsgsSupplyRisk.assess(new UsgsInputs(GALLIUM, List.of(noReliance), ""));
        assertThat(none.supplyRisk()).isEmpty();
        assertThat(none.aboveThreshold()).isFalse();
        assertThat(none.formula()).startsWith("not assessed");
    }

    @Test
    void recencyWeightsRiseLinearlyAndSumToOne() {
        assertThat(UsgsSupplyRisk.recencyWeights(4)).containsExactly(0.1, 0.2, 0.3, 0.4);
        qt().withFixedSeed(21L)
                .forAll(integers().between(1, UsgsSupplyRisk.WINDOW))
                .check(n -> {
                    double[] w = UsgsSupplyRisk.recencyWeights(n);
                    double sum = 0;
                    for (int i = 0; i < n; i++) {
                        sum += w[i];
                        if (i > 0 && w[i] <= w[i - 1]) {
                            return false;
                        }
                    }
                    return Math.abs(sum - 1) < 1e-12;
                });
        assertThatThrownBy(() -> UsgsSupplyRisk.recencyWeights(5)).hasMessageContaining("(5)");
    }

    @Test
    void supplyRiskStaysInTheUnitIntervalRisesWithEachIndicatorAndVanishesForANetExporter() {
        qt().withFixedSeed(22L).forAll(unit(), unit(), unit()).check((dp, te, ev) -> {
            double sr = UsgsSupplyRisk.supplyRisk(dp, te, ev);
            return sr >= 0
                    && sr <= 1
                    && UsgsSupplyRisk.supplyRisk(Math.min(1, dp + 0.1), te, ev) >= sr
                    && UsgsSupplyRisk.supplyRisk(dp, Math.min(1, te + 0.1), ev) >= sr
                    && UsgsSupplyRisk.supplyRisk(dp, te, Math.min(1, ev + 0.1)) >= sr
                    && UsgsSupplyRisk.supplyRisk(dp, 0, ev) == 0;
        });
    }

    @Test
    void rejectsIndicatorsAndSharesOutOfRange() {
        assertThatThrownBy(() -> UsgsSupplyRisk.supplyRisk(0.5, 1.2, 0.5)).hasMessageContaining("1.2");
        assertThatThrownBy(() -> UsgsSupplyRisk.tradeExposure(-0.1)).hasMessageContaining("Maybe a net exporter");
        assertThatThrownBy(() -> new UsgsInputs.Producer("CN", 98.7, OptionalDouble.empty()))
                .hasMessageContaining("98.7")
                .hasMessageContaining("percent");
        assertThatThrownBy(() -> new UsgsInputs.ShareSet(
                        "x",
                        List.of(
                                new UsgsInputs.Producer("CN", 0.7, OptionalDouble.empty()),
                                new UsgsInputs.Producer("AU", 0.4, OptionalDouble.empty())),
                        ""))
                .hasMessageContaining("sum to 1.1");
    }
}
