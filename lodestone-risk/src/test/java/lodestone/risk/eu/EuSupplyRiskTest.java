package lodestone.risk.eu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import java.util.List;
import lodestone.model.chain.Stage;
import lodestone.model.mineral.MineralId;
import lodestone.model.policy.MeasureKind;
import org.junit.jupiter.api.Test;

/** The EU supply-risk arithmetic, the curated inputs, and the statistics reported against the published values. */
class EuSupplyRiskTest {
    static List<EuInputs> load() {
        try (java.io.InputStream in = EuInputs.class.getClassLoader().getResourceAsStream(EuInputs.RESOURCE)) {
            return EuInputs.parse(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void dysprosiumByHand() {
        // China 100 % of Dy processing; mean WGI 2016–2020 about −0.335 → scaled 5.67; t 1.0; GSonly;
        // EOL-RIR 1 %, SI_SR 0.99: SR = 1 · 5.67 · 1.0 · 0.99 · 0.99 = 5.56 (published 5.6)
        double hhi = EuSupplyRisk.term(1.0, 5 - 2 * -0.335, 1.0);
        assertThat(EuSupplyRisk.supplyRisk(hhi, 0.01, 0.99)).isCloseTo(5.56, within(0.01));
    }

    @Test
    void blendWeighsGlobalSupplyByHalfTheImportReliance() {
        assertThat(EuSupplyRisk.blend(4, 2, 1.0)).isCloseTo(3.0, within(1e-12));
        assertThat(EuSupplyRisk.blend(4, 2, 0.0)).isCloseTo(2.0, within(1e-12));
    }

    @Test
    void srIsMonotoneInEachInput() {
        qt().withFixedSeed(5L)
                .forAll(
                        doubles().between(0, 1),
                        doubles().between(0, 10),
                        doubles().between(0.8, 1.5),
                        doubles().between(0, 0.9))
                .check((share, wgi, t, eol) -> {
                    double base = EuSupplyRisk.supplyRisk(EuSupplyRisk.term(share, wgi, t), eol, 0.9);
                    return EuSupplyRisk.supplyRisk(EuSupplyRisk.term(share, wgi, t + 0.1), eol, 0.9) >= base
                            && EuSupplyRisk.supplyRisk(EuSupplyRisk.term(share, Math.min(10, wgi + 1), t), eol, 0.9)
                                    >= base
                            && EuSupplyRisk.supplyRisk(EuSupplyRisk.term(Math.min(1, share + 0.05), wgi, t), eol, 0.9)
                                    >= base
                            && EuSupplyRisk.supplyRisk(EuSupplyRisk.term(share, wgi, t), eol + 0.1, 0.9) <= base
                            && EuSupplyRisk.supplyRisk(EuSupplyRisk.term(share, wgi, t), eol, 0.8) <= base;
                });
    }

    @Test
    void policyMappingStaysWithinTheAnnexRangeAndRanksBansHighest() {
        for (MeasureKind kind : MeasureKind.values()) {
            assertThat(TradeVariable.of(kind)).isBetween(1.1, 1.5);
        }
        assertThat(TradeVariable.of(MeasureKind.BAN)).isGreaterThan(TradeVariable.of(MeasureKind.QUOTA));
        assertThat(TradeVariable.of(MeasureKind.QUOTA)).isGreaterThan(TradeVariable.of(MeasureKind.LICENSING));
    }

    @Test
    void curatedInputsExcludeGarbledRowsAndMarkSuspectOnes() {
        List<EuInputs> inputs = load();
        assertThat(inputs).hasSize(90);
        assertThat(inputs.stream().filter(i -> !i.usable()).map(EuInputs::material))
                .containsExactlyInAnyOrder(
                        "Coking coal",
                        "Diatomite",
                        "HREE",
                        "LREE",
                        "Magnesite",
                        "Natural cork",
                        "PGM",
                        "Silica Sand",
                        "Strontium");
        assertThat(inputs.stream().filter(EuInputs::suspect).map(EuInputs::material))
                .containsExactlyInAnyOrder("Chromium", "Germanium", "Neodymium");
        EuInputs dysprosium = EuInputs.of(inputs, MineralId.of("dysprosium")).orElseThrow();
        assertThat(dysprosium.stage()).isEqualTo(Stage.PROCESSING);
        assertThat(dysprosium.scope()).isEqualTo(EuInputs.Scope.GS_ONLY);
        assertThat(dysprosium.publishedStageSr().getAsDouble()).isEqualTo(5.6);
    }

    @Test
    void statisticsByHand() {
        EuRecomputation.Stats stats =
                EuRecomputation.statsOf(new double[] {1.0, 2.1, 2.9, 5.0}, new double[] {1.0, 2.0, 3.2, 4.0});
        assertThat(stats.n()).isEqualTo(4);
        assertThat(stats.meanAbsoluteError()).isCloseTo((0 + 0.1 + 0.3 + 1.0) / 4, within(1e-12));
        assertThat(stats.bias()).isCloseTo((0 + 0.1 - 0.3 + 1.0) / 4, within(1e-12));
        assertThat(stats.within005()).isEqualTo(1);
        assertThat(stats.within015()).isEqualTo(2);
        assertThat(stats.spearman()).isCloseTo(1.0, within(1e-12));
        assertThat(lodestone.risk.validation.RankCorrelation.spearman(new double[] {1, 2, 3}, new double[] {3, 2, 1}))
                .isCloseTo(-1.0, within(1e-12));
    }
}
