package lodestone.risk.dependency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import lodestone.model.chain.Stage;
import lodestone.model.geo.CountryCode;
import lodestone.model.mineral.MineralId;
import lodestone.risk.Bundled;
import lodestone.testkit.KnowledgeFixture;
import org.junit.jupiter.api.Test;

/**
 * The exposure through non-producing import sources: a source with no production at the producer stage (mining, else
 * the mineral's earliest stage with world shares) and the unattributed remainder are looked through to the world's
 * producers of that stage; producing sources stay direct.
 */
class ThroughNonProducersTest {
    private static final MineralId GALLIUM = MineralId.of("gallium");
    private static final CountryCode US = CountryCode.of("US");
    private static final CountryCode CN = CountryCode.of("CN");
    private static final CountryCode CA = CountryCode.of("CA");
    private static final CountryCode JP = CountryCode.of("JP");

    /**
     * A synthetic by-product: no mining shares, world primary production CN 900 and JP 90 of 1,000 (RU 10 unlisted);
     * U.S. imports CA 40 % (produces none), CN 20 %, JP 30 %, other 10 %; NIR 0.9.
     */
    private static Dependency synthetic() {
        return Dependency.of(
                KnowledgeFixture.create()
                        .mineral("gallium")
                        .netImportReliance("gallium", "US", 2024, 0.9)
                        .importShares("gallium", 2021, 2024, Map.of("CA", 0.40, "CN", 0.20, "JP", 0.30))
                        .importShares("gallium", 2021, 2024, Map.of("OTHER", 0.10))
                        .production("gallium", Stage.PROCESSING, 2024, Map.of("CN", 900.0, "JP", 90.0), 1_000)
                        .snapshot(),
                GALLIUM,
                US);
    }

    @Test
    void aNonProducingSourceIsLookedThroughAndAProducingOneStaysDirect() {
        Dependency d = synthetic();
        assertThat(d.upstream()).as("no mining share set").isEmpty();
        assertThat(d.producerStage().orElseThrow().stage()).isEqualTo(Stage.PROCESSING);
        // R = Canada 0.40 + other 0.10 = 0.50, looked through to the producers of primary output
        double r = 0.40 + 0.10;
        Dependency.Exposure china = d.exposureTo(CN).orElseThrow();
        assertThat(china.throughNonProducers().getAsDouble()).isCloseTo(0.9 * (0.20 + r * 0.9), within(1e-12));
        Dependency.Exposure japan = d.exposureTo(JP).orElseThrow();
        assertThat(japan.throughNonProducers().getAsDouble()).isCloseTo(0.9 * (0.30 + r * 0.09), within(1e-12));
        Dependency.Exposure canada = d.exposureTo(CA).orElseThrow();
        assertThat(canada.throughNonProducers().getAsDouble())
                .as("a source that produces none of the stage is no exposure of its own")
                .isZero();
        assertThat(canada.direct().getAsDouble()).isCloseTo(0.36, within(1e-12));
        assertThat(canada.lookThrough())
                .as("the existing look-through (to mining) is unchanged: direct without a mining set")
                .isCloseTo(0.36, within(1e-12));
        // the looked-through share is conserved up to the unlisted world remainder (RU's 1 %)
        double sum = d.exposures().stream()
                .mapToDouble(e -> e.throughNonProducers().getAsDouble())
                .sum();
        assertThat(sum).isCloseTo(0.9 * (1 - r * 0.01), within(1e-12));
    }

    @Test
    void withAMiningSetTheStageIsMiningAndMinorMinersStayDirect() {
        Dependency d = Dependency.of(DependencyTest.rareEarths().snapshot(), MineralId.of("rare-earths"), US);
        assertThat(d.producerStage()).isEqualTo(d.upstream());
        double u = 270_000.0 / 390_000.0;
        // Japan 6 %, Estonia 5 % and other 6 % mine none: R = 0.17; Malaysia mines 130 t and stays direct
        double r = 0.06 + 0.05 + 0.06;
        assertThat(d.exposureTo(CN).orElseThrow().throughNonProducers().getAsDouble())
                .isCloseTo(0.8 * (0.70 + r * u), within(1e-12));
        assertThat(d.exposureTo(CountryCode.of("MY"))
                        .orElseThrow()
                        .throughNonProducers()
                        .getAsDouble())
                .isCloseTo(0.8 * (0.13 + r * 130 / 390_000), within(1e-12));
        assertThat(d.exposureTo(JP).orElseThrow().throughNonProducers().getAsDouble())
                .isZero();
    }

    @Test
    void withoutImportSharesThereIsNoFigure() {
        Dependency d = Dependency.of(
                KnowledgeFixture.create()
                        .mineral("gallium")
                        .netImportReliance("gallium", "US", 2024, 1.0)
                        .importRanks("gallium", 2020, 2023, "JP", "CN")
                        .production("gallium", Stage.PROCESSING, 2024, Map.of("CN", 900.0), 1_000)
                        .snapshot(),
                GALLIUM,
                US);
        assertThat(d.producerStage()).isEmpty();
        assertThat(d.exposures()).allMatch(e -> e.throughNonProducers().isEmpty());
    }

    @Test
    void galliumsCanadianShareGoesToChinasPrimaryProduction() {
        // U.S. imports 2021–24 (MCS 2026, Fig. 3): Canada 28 %, Japan 22 %, China 18 %, Germany 16 %, other 16 %
        Dependency d = Dependency.of(Bundled.snapshot(), GALLIUM, US);
        assertThat(d.netImportReliance().getAsDouble()).isEqualTo(1.0);
        assertThat(d.producerStage().orElseThrow().stage()).isEqualTo(Stage.PROCESSING);
        Dependency.Exposure china = d.exposureTo(CN).orElseThrow();
        Dependency.Exposure canada = d.exposureTo(CA).orElseThrow();
        assertThat(canada.direct().getAsDouble()).isCloseTo(0.28, within(1e-9));
        assertThat(canada.throughNonProducers().getAsDouble()).isZero();
        assertThat(china.producerShare().getAsDouble()).isCloseTo(PINNED_CN_SHARE, within(1e-9));
        assertThat(china.throughNonProducers().getAsDouble()).isCloseTo(PINNED_CN, within(1e-9));
        assertThat(china.lookThrough())
                .as("no mining set: the existing look-through stays direct")
                .isEqualTo(0.18);
        assertThat(d.exposureTo(JP).orElseThrow().throughNonProducers().getAsDouble())
                .as("Japan produces primary gallium (3 t): its share stays direct")
                .isCloseTo(0.22 + 0.60 * 3.0 / 909.0, within(1e-9));
    }

    /** China 900 t of the named 909 t of 2025 primary production (USGS MCS 2026 data release; world total 900 t). */
    private static final double PINNED_CN_SHARE = 900.0 / 909.0;

    /** NIR 1.00 · (China 0.18 + (Canada 0.28 + Germany 0.16 + other 0.16) · 900/909) = 0.7741. */
    private static final double PINNED_CN = 1.00 * (0.18 + 0.60 * 900.0 / 909.0);
}
