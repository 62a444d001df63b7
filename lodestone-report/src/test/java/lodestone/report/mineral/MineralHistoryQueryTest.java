package lodestone.report.mineral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import lodestone.report.Bundled;
import lodestone.report.ReportContext;
import lodestone.store.importing.CsvFiles;
import lodestone.testkit.SharedData;
import org.junit.jupiter.api.Test;

/** A mineral's figures by year across USGS MCS 2025 and MCS 2026, pinned to the two data releases. */
class MineralHistoryQueryTest {
    private static final ReportContext EDITIONS =
            ReportContext.of(Bundled.allEditions(), Clock.fixed(Instant.parse("2026-11-20T12:00:00Z"), ZoneOffset.UTC));

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

    /** @return one column of a MCS 2025 salient file by year, in percent or the file's unit */
    private static Map<Integer, Double> salient2025(String file, String column) {
        Path path = SharedData.usgsMcs2025().resolve("salient_commodity").resolve(file);
        Map<Integer, Double> values = new TreeMap<>();
        for (CsvFiles.Row row : CsvFiles.readUtf8(path, file).rows()) {
            values.put(
                    Integer.parseInt(row.get("Year").trim()),
                    Double.parseDouble(row.get(column).trim()));
        }
        return values;
    }

    /**
     * @return the values of MCS 2026's salient rows of one chapter and statistic whose detail contains {@code detail},
     *     by year; the {@code table}-th of each year where the chapter repeats the statistic in several tables
     */
    private static Map<Integer, Double> salient2026(String chapter, String statistic, String detail, int table) {
        Path path = SharedData.usgsMcs2026().resolve("MCS2026_Commodities_Data.csv");
        Map<Integer, List<Double>> values = new TreeMap<>();
        for (CsvFiles.Row row : CsvFiles.read(path, "MCS2026_Commodities_Data.csv", Charset.forName("windows-1252"))
                .rows()) {
            if (row.get("MCSchapter").trim().equals(chapter)
                    && row.get("Section").startsWith("Salient")
                    && row.get("Statistics").trim().equals(statistic)
                    && row.get("Statistics_detail").contains(detail)) {
                values.computeIfAbsent(Integer.parseInt(row.get("Year").trim()), k -> new ArrayList<>())
                        .add(Double.parseDouble(row.get("Value").trim().replace(",", "")));
            }
        }
        Map<Integer, Double> one = new TreeMap<>();
        values.forEach((year, list) -> one.put(year, list.get(table)));
        return one;
    }

    private static List<MineralHistory.Row> series(MineralHistory history, String key) {
        return history.rows().stream().filter(r -> r.key().equals(key)).toList();
    }

    @Test
    void micasScrapAndFlakeRelianceIsOneSeriesWithBothEditionsValuesAndTheOlderLabel() {
        // MCS 2025: NIR_Flake_pct, 2020-2024 (and Fig. 2 for 2024); MCS 2026: "Scrap and flake: Net import reliance
        // as a percentage of apparent consumption", the first of the chapter's two tables, 2021-2025
        Map<Integer, Double> older = salient2025("mcs2025-mica_salient.csv", "NIR_Flake_pct");
        Map<Integer, Double> newer = salient2026("MICA (NATURAL)", "Net import reliance", "Net import reliance", 0);
        MineralHistory history = new MineralHistoryQuery("mica").answer(EDITIONS);
        assertThat(history.rows())
                .filteredOn(r -> r.metric().equals("net-import-reliance"))
                .extracting(MineralHistory.Row::key)
                .containsOnly("mica|net-import-reliance|share|scrap-and-flake", "mica|net-import-reliance|share|sheet");
        List<MineralHistory.Row> flake = series(history, "mica|net-import-reliance|share|scrap-and-flake");
        assertThat(flake).extracting(MineralHistory.Row::year).containsExactly(2020, 2021, 2022, 2023, 2024, 2025);
        for (MineralHistory.Row r : flake) {
            assertThat(r.product()).as("%s", r.year()).isEqualToIgnoringCase("Scrap and flake");
            if (r.year() == 2020) {
                assertThat(r.edition()).isEqualTo("mcs-2025");
                assertThat(r.series()).isEqualTo("NIR_Flake_pct");
                assertThat(r.value()).isEqualTo(older.get(2020) / 100);
                continue;
            }
            assertThat(r.edition()).as("%s", r.year()).isEqualTo("mcs-2026");
            assertThat(r.value()).as("%s", r.year()).isEqualTo(newer.get(r.year()) / 100);
            if (r.year() <= 2024) {
                assertThat(r.previousEdition()).isEqualTo("mcs-2025");
                assertThat(r.previousValue()).as("%s", r.year()).isEqualTo(older.get(r.year()) / 100);
                assertThat(r.previousSeries()).isEqualTo("NIR_Flake_pct");
                assertThat(r.revised()).isEqualTo(!older.get(r.year()).equals(newer.get(r.year())));
            }
        }
        // 2024: 41 % in MCS 2025, 39 % in MCS 2026; 2023: 30 % to 25 %
        assertThat(flake)
                .filteredOn(MineralHistory.Row::revised)
                .extracting(MineralHistory.Row::year)
                .containsExactly(2023, 2024);
    }

    @Test
    void mischmetalsPriceIsOneSeriesWithBothEditionsValuesAndNdPrOxideStaysApartFromNeodymiumOxide() {
        Map<Integer, Double> older = salient2025("mcs2025-rareee_salient.csv", "Price_Mischmetal_dkg");
        Map<Integer, Double> newer = salient2026("RARE EARTHS", "Price", "Mischmetal", 0);
        MineralHistory history = new MineralHistoryQuery("rare-earths").answer(EDITIONS);
        List<MineralHistory.Row> mischmetal =
                series(history, "rare-earths|price|USD/kg|mischmetal-65-cerium-35-lanthanum");
        assertThat(mischmetal)
                .extracting(MineralHistory.Row::year, MineralHistory.Row::edition, MineralHistory.Row::value)
                .containsExactly(
                        tuple(2020, "mcs-2025", older.get(2020)),
                        tuple(2021, "mcs-2026", newer.get(2021)),
                        tuple(2022, "mcs-2026", newer.get(2022)),
                        tuple(2023, "mcs-2026", newer.get(2023)),
                        tuple(2024, "mcs-2026", newer.get(2024)),
                        tuple(2025, "mcs-2026", newer.get(2025)));
        // MCS 2025 printed whole dollars (6, 7, 5, 5), MCS 2026 cents (5.66, 6.52, 5.47, 5.45)
        assertThat(mischmetal.subList(1, 5))
                .extracting(MineralHistory.Row::previousValue, MineralHistory.Row::previousSeries)
                .containsExactly(
                        tuple(older.get(2021), "Price_Mischmetal_dkg"),
                        tuple(older.get(2022), "Price_Mischmetal_dkg"),
                        tuple(older.get(2023), "Price_Mischmetal_dkg"),
                        tuple(older.get(2024), "Price_Mischmetal_dkg"));
        assertThat(mischmetal.subList(1, 5))
                .allSatisfy(r -> assertThat(r.revised()).isTrue());
        // neodymium oxide (MCS 2025) and neodymium-praseodymium oxide (MCS 2026) are two products: never paired
        assertThat(series(history, "rare-earths|price|USD/kg|neodymium-oxide-99-5-minimum"))
                .extracting(MineralHistory.Row::edition)
                .containsOnly("mcs-2025");
        assertThat(series(history, "rare-earths|price|USD/kg|neodymium-praseodymium-ndpr-oxide-99-minimum"))
                .extracting(MineralHistory.Row::edition, MineralHistory.Row::previousValue)
                .containsOnly(tuple("mcs-2026", null));
    }

    @Test
    void everyKeyOfEveryMineralsHistoryHasOneUnitAndPairsValuesOfThatUnitOnly() {
        for (var mineral : EDITIONS.everyEdition().minerals().all()) {
            MineralHistory history = new MineralHistoryQuery(mineral.id().value()).answer(EDITIONS);
            Map<String, String> units = new TreeMap<>();
            for (MineralHistory.Row r : history.rows()) {
                assertThat(units.putIfAbsent(r.key(), r.unit()))
                        .as("%s %s", r.key(), r.year())
                        .isIn(null, r.unit());
                assertThat(r.key()).startsWith(mineral.id().value() + "|" + r.metric());
            }
        }
    }
}
