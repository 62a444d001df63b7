package lodestone.risk.usgs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import lodestone.model.chain.Stage;
import lodestone.model.knowledge.KnowledgeSnapshot;
import lodestone.model.mineral.MineralId;
import lodestone.risk.economic.MarketSeries;
import lodestone.risk.fixture.SnapshotFixture;
import lodestone.risk.governance.Governance;
import lodestone.risk.index.MineralScope;
import org.junit.jupiter.api.Test;

/** Reading the method's inputs from a snapshot: years, carried shares, group reliance, net exporters. */
class UsgsSnapshotInputsTest {
    private static final List<MarketSeries> SERIES =
            List.of(new MarketSeries(MineralId.of("gallium"), "Consump_kg", "Price_dkg", "reported; high-purity"));

    private static KnowledgeSnapshot snapshot() {
        return SnapshotFixture.create()
                .mineral("gallium")
                .mineral("boron")
                .mineral("rare-earths", "dysprosium")
                .wgi("CN", 2023, -0.290)
                .wgi("JP", 2023, 1.35)
                .wgi("US", 2023, 1.0)
                .production("gallium", Stage.PROCESSING, "CN", 2023, 990)
                .production("gallium", Stage.PROCESSING, "JP", 2023, 10)
                .production("gallium", Stage.PROCESSING, "WORLD", 2023, 1000)
                .reliance("gallium", 2022, 1.0)
                .reliance("gallium", 2023, 1.0)
                .reliance("gallium", 2024, 1.0)
                .consumption("gallium", "Consump_kg", 2023, 19.2)
                .price("gallium", "Price_dkg", 2023, 450)
                .consumption("gallium", "Consump_kg", 2024, 19)
                .price("gallium", "Price_dkg", 2024, 500)
                .production("boron", Stage.MINING, "US", 2024, 1)
                .production("boron", Stage.MINING, "WORLD", 2024, 4)
                .netExporter("boron", 2024)
                .production("dysprosium", Stage.PROCESSING, "CN", 2023, 1)
                .production("dysprosium", Stage.PROCESSING, "WORLD", 2023, 1)
                .reliance("rare-earths", 2024, 0.8)
                .list("usgs-2025", "gallium", "boron", "dysprosium")
                .build();
    }

    @Test
    void eachYearWithRelianceAndSharesEarlierSharesCarriedForward() {
        KnowledgeSnapshot s = snapshot();
        UsgsInputs in = UsgsSnapshotInputs.of(s, MineralId.of("gallium"), Governance.latest(s), SERIES);
        assertThat(in.years()).extracting(UsgsInputs.Year::year).containsExactly(2022, 2023, 2024);
        assertThat(in.years().get(0).shareSets()).isEmpty();
        assertThat(in.years().get(2).shareSets().get(0).label()).contains("2023");
        UsgsAssessment a = UsgsSupplyRisk.assess(in);
        // 2022 has no share set: 2023 and 2024 are assessed, weights 1/3 and 2/3
        assertThat(a.years()).extracting(UsgsAssessment.YearResult::year).containsExactly(2023, 2024);
        double dp = 0.99 * 0.99 * 0.558 + 0.01 * 0.01 * 0.230;
        double sr = Math.cbrt(dp * Math.log10(8.64) / 5) / 3 + 2 * Math.cbrt(dp * Math.log10(9.5) / 5) / 3;
        assertThat(a.supplyRisk().getAsDouble()).isCloseTo(sr, within(1e-9));
        assertThat(a.aboveThreshold()).isTrue();
    }

    @Test
    void aNetExporterScoresZeroAndAMemberTakesItsGroupsReliance() {
        KnowledgeSnapshot s = snapshot();
        UsgsRanking ranking = UsgsRanking.of(s, MineralScope.of(s, "usgs-2025"), SERIES);
        UsgsAssessment boron = ranking.ranked().stream()
                .filter(a -> a.mineral().value().equals("boron"))
                .findFirst()
                .orElseThrow();
        assertThat(boron.supplyRisk().getAsDouble()).isZero();
        assertThat(boron.components().get(1).inputs().get(0).note()).contains("net exporter: 0");
        UsgsAssessment dysprosium = ranking.ranked().stream()
                .filter(a -> a.mineral().value().equals("dysprosium"))
                .findFirst()
                .orElseThrow();
        assertThat(dysprosium.years().get(0).tradeExposure()).isEqualTo(0.8);
        assertThat(dysprosium.note()).contains("net import reliance of the group rare-earths");
        assertThat(dysprosium.years().get(0).vulnerabilityAssumed()).isTrue();
        // dysprosium: DP 0.558 (China alone), TE 0.8, EV 0.5 assumed, above gallium, whose market is small
        assertThat(ranking.ranked())
                .extracting(a -> a.mineral().value())
                .containsExactly("dysprosium", "gallium", "boron");
    }
}
