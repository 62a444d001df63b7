package lodestone.screen.cell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import lodestone.model.mineral.MineralId;
import lodestone.screen.ScreenFixture;
import lodestone.screen.job.ScreenJob;
import org.junit.jupiter.api.Test;

/** Seeds come from identity: stable, distinct across markets, shared by a market's treatments. */
class CellSeedsTest {
    @Test
    void theSeedIsTheSha256OfTheMarketsIdentity() {
        // from coreutils: echo -n 'lodestone-screen-seed-v1|7|US|gallium|CN' | sha256sum | cut -c1-16
        assertThat(Long.toHexString(CellSeeds.of(7, "US", MineralId.of("gallium"), "CN")))
                .isEqualTo("7fefe8fe12697019");
    }

    @Test
    void aMarketsTreatmentsShareTheirSeedAndMarketsDoNot() {
        ScreenJob job = ScreenFixture.job();
        Set<Long> seeds = new HashSet<>();
        job.markets().forEach(market -> {
            List<ScreenCell> cells = job.cells(market);
            assertThat(cells)
                    .extracting(ScreenCell::seed)
                    .containsOnly(cells.get(0).seed());
            seeds.add(cells.get(0).seed());
        });
        assertThat(seeds).hasSize(job.markets().size());
    }

    @Test
    void seedsOfAGridOfMarketsAreDistinct() {
        qt().forAll(longs().all(), integers().between(20, 60)).checkAssert((screenSeed, n) -> {
            Set<Long> seeds = new HashSet<>();
            for (int p = 0; p < n; p++) {
                for (int m = 0; m < 20; m++) {
                    seeds.add(CellSeeds.of(screenSeed, "P" + (char) ('A' + p % 26), MineralId.of("m" + m), "S" + p));
                }
            }
            assertThat(seeds).hasSize(n * 20);
        });
    }

    @Test
    void cellIdsAreCanonical() {
        CellKey key = new CellKey("US", MineralId.of("gallium"), "CN", 0.50, 12.0, "stocks");
        assertThat(key.id()).isEqualTo("US/gallium/CN/s0.5/d12/stocks");
        assertThat(new CellKey("US", MineralId.of("gallium"), "CN", 1, 0.25, "none").id())
                .isEqualTo("US/gallium/CN/s1/d0.25/none");
        assertThat(new CellKey("US", MineralId.of("gallium"), "CN", 0, 1e-3, "none").id())
                .isEqualTo("US/gallium/CN/s0/d0.001/none");
    }
}
