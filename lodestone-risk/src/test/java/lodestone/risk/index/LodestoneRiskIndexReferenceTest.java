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
 * The Lodestone index over the bundled knowledge (USGS MCS 2025, EU CRM 2023, WGI 2024, the curated measures and
 * agreements): rare earths for the United States on 20 November 2026 from the MCS 2025 edition, by hand and as pinned,
 * and invariants over every mineral and several perspectives with the latest editions.
 */
class LodestoneRiskIndexReferenceTest {
    private static final KnowledgeSnapshot MCS_2025 = Bundled.edition("mcs-2025");
    private static final KnowledgeSnapshot SNAPSHOT = Bundled.snapshot();
    private static final LocalDate ON = LocalDate.of(2026, 11, 20);
    private static final CountryCode US = CountryCode.of("US");

    private static LodestoneRiskIndex index(KnowledgeSnapshot snapshot, CountryCode perspective, LocalDate on) {
        return new LodestoneRiskIndex(snapshot, perspective, on, OptionalInt.empty(), Bundled.marketSeries());
    }

    private static List<RiskScore> rank(KnowledgeSnapshot snapshot, CountryCode perspective, LocalDate on) {
        return index(snapshot, perspective, on).rank(MineralScope.of(snapshot, MineralScope.ALL));
    }

    private static RiskScore score(CountryCode perspective, String mineral) {
        return score(SNAPSHOT, perspective, mineral);
    }

    private static RiskScore score(KnowledgeSnapshot snapshot, CountryCode perspective, String mineral) {
        return rank(snapshot, perspective, ON).stream()
                .filter(s -> s.mineral().equals(MineralId.of(mineral)))
                .findFirst()
                .orElseThrow();
    }

    private static double component(RiskScore score, String name) {
        return score.components().stream()
                .filter(c -> c.name().equals(name))
                .findFirst()
                .orElseThrow()
                .value();
    }

    @Test
    void rareEarthsForTheUnitedStatesAsPinned() {
        RiskScore ree = score(MCS_2025, US, "rare-earths");
        double c = component(ree, "concentration");
        double d = component(ree, "dependency");
        double e = component(ree, "economic-importance");
        double m = component(ree, "measures");
        double a = component(ree, "partner-supply");
        // D: NIR 0.80 (MCS 2025) with China 70 % of imports and 270 of 390 kt of mining: 0.8 · (0.70 + 0.30 · 0.692)
        assertThat(d).isCloseTo(0.8 * (0.70 + 0.30 * 270_000 / 390_000), within(1e-3));
        // C: China's processing share of the heaviest-weighted stage with its WGI governance risk, as measured
        assertThat(c).isCloseTo(0.558, within(1e-3));
        // M: licensing (severity 0.5) in force on the date × China's largest stage share (1.0)
        assertThat(m).isCloseTo(0.5, within(1e-9));
        // A: partner projects linked to U.S. agreements (Σ p = 1.3) and the DoD-MP NdPr price floor in force since
        // 9 Jul 2025 (p = 1): min(1, 2.3 / 2) = 1 (was 0.65 before floors counted)
        assertThat(a).isCloseTo(1.0, within(1e-9));
        assertThat(ree.components().get(4).inputs())
                .anySatisfy(i -> assertThat(i.name()).isEqualTo("floor us-dod-mp-ndpr-floor-2025"));
        // E: the value of U.S. apparent consumption on a log scale (MarketValues), a fraction
        assertThat(e).isBetween(0.0, 1.0);
        // 100 · 0.558 · (1 + 0.7262)/2 · (1 + E)/2 · (2 + 0.5)/3 · (1 − 1/4) = 30.10 · (1 + E)/2
        assertThat(ree.score()).isCloseTo(LodestoneRiskIndex.combine(c, d, e, m, a), within(1e-9));
        assertThat(ree.score()).isCloseTo(30.10 * (1 + e) / 2, within(0.01));
    }

    @Test
    void everyScoreLiesWithinItsRangeAndTheRankingIsOrdered() {
        for (String perspective : List.of("US", "DE", "JP")) {
            List<RiskScore> ranking = rank(SNAPSHOT, CountryCode.of(perspective), ON);
            assertThat(ranking).isNotEmpty();
            for (int i = 0; i < ranking.size(); i++) {
                RiskScore s = ranking.get(i);
                assertThat(s.score()).isBetween(0.0, 100.0);
                s.components().forEach(c -> assertThat(c.value()).isBetween(0.0, 1.0));
                if (i > 0) {
                    assertThat(s.score()).isLessThanOrEqualTo(ranking.get(i - 1).score());
                }
            }
        }
    }

    @Test
    void aPerspectiveWithoutImportFiguresIsAssumedHalfDependentAndSaysSo() {
        RiskScore germany = score(CountryCode.of("DE"), "gallium");
        Component d = germany.components().get(1);
        assertThat(d.value()).isEqualTo(LodestoneRiskIndex.MISSING_DEPENDENCY);
        assertThat(d.assumed()).isTrue();
    }

    @Test
    void measuresCountOnlyOnceInForce() {
        RiskScore before = rank(SNAPSHOT, US, LocalDate.of(2020, 1, 1)).stream()
                .filter(s -> s.mineral().equals(MineralId.of("gallium")))
                .findFirst()
                .orElseThrow();
        assertThat(component(before, "measures")).isZero();
        assertThat(component(score(US, "gallium"), "measures")).isPositive();
    }
}
