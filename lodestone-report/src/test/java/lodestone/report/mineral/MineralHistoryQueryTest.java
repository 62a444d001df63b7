package lodestone.report.mineral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import lodestone.model.knowledge.EditionChoice;
import lodestone.report.ReportContext;
import lodestone.store.baseline.BundledKnowledge;
import lodestone.store.reference.ReferenceData;
import org.junit.jupiter.api.Test;

/** A mineral's figures by year across USGS MCS 2025 and MCS 2026, pinned to the two data releases. */
class MineralHistoryQueryTest {
    private static final ReportContext EDITIONS = ReportContext.of(
            BundledKnowledge.snapshot(ReferenceData.load(), EditionChoice.all()),
            Clock.fixed(Instant.parse("2026-11-20T12:00:00Z"), ZoneOffset.UTC));

    @Test
    void rareEarthsWorldMineProductionComesFromTheNewestEditionWithTheRevisionMarked() {
        MineralHistory history = new MineralHistoryQuery("rare earths").answer(EDITIONS);
        assertThat(history.mineral()).isEqualTo("rare-earths");
        // MCS 2025 world_data: 376,000 t in 2023 (only MCS 2025 gives 2023), 390,000 t (e) in 2024;
        // MCS 2026: 2024 revised to 380,000 t (e), 2025 390,000 t (e)
        assertThat(history.rows())
                .filteredOn(r -> r.metric().equals("production") && "mining".equals(r.stage()))
                .extracting(
                        MineralHistory.Row::year,
                        MineralHistory.Row::value,
                        MineralHistory.Row::unit,
                        MineralHistory.Row::edition,
                        MineralHistory.Row::estimated,
                        MineralHistory.Row::previousValue,
                        MineralHistory.Row::revised)
                .containsExactly(
                        tuple(2023, 376_000.0, "t", "mcs-2025", false, null, false),
                        tuple(2024, 380_000.0, "t", "mcs-2026", true, 390_000.0, true),
                        tuple(2025, 390_000.0, "t", "mcs-2026", true, null, false));
        // U.S. net import reliance, 2024: 80 % in MCS 2025 (Fig. 2, salient, T5: one figure), 53 % in MCS 2026
        assertThat(history.rows())
                .filteredOn(r -> r.metric().equals("net-import-reliance") && r.year() == 2024)
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.value()).isEqualTo(0.53);
                    assertThat(r.edition()).isEqualTo("mcs-2026");
                    assertThat(r.source()).isEqualTo("usgs-mcs-2026-data");
                    assertThat(r.previousEdition()).isEqualTo("mcs-2025");
                    assertThat(r.previousValue()).isEqualTo(0.8);
                    assertThat(r.revised()).isTrue();
                });
        // an unrevised year keeps the older edition's value beside the newer one
        assertThat(history.rows())
                .filteredOn(r -> r.metric().equals("net-import-reliance") && r.year() == 2022)
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.flags()).containsExactly("greater-than");
                    assertThat(r.previousValue()).isEqualTo(r.value());
                    assertThat(r.revised()).isFalse();
                });
    }

    @Test
    void galliumPrimaryProductionFor2024IsRevisedFrom760To848Tonnes() {
        MineralHistory history = new MineralHistoryQuery("Ga").answer(EDITIONS);
        // MCS 2025 world_data: 760,000 kg for 2024; MCS 2026 revised it to 848,000 kg
        assertThat(history.rows())
                .filteredOn(r -> r.metric().equals("production") && r.year() == 2024)
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.stage()).isEqualTo("processing");
                    assertThat(r.value()).isEqualTo(848.0);
                    assertThat(r.edition()).isEqualTo("mcs-2026");
                    assertThat(r.previousValue()).isEqualTo(760.0);
                    assertThat(r.revised()).isTrue();
                });
        assertThat(history.table().csvHeader())
                .startsWith("mineral", "metric", "stage", "year", "value", "unit", "estimated", "flags");
    }
}
