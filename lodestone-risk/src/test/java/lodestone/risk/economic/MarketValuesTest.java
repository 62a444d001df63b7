package lodestone.risk.economic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.OptionalInt;
import lodestone.model.knowledge.KnowledgeSnapshot;
import lodestone.model.mineral.MineralId;
import lodestone.risk.fixture.SnapshotFixture;
import org.junit.jupiter.api.Test;

/** Valuing a market from the chosen series: the latest common year, withheld cells, other perspectives. */
class MarketValuesTest {
    private static final MineralId COBALT = MineralId.of("cobalt");
    private static final List<MarketSeries> SERIES =
            List.of(new MarketSeries(COBALT, "Consump_Apparent_t", "Price_Spot_dlb", "apparent; U.S. spot"));

    private static KnowledgeSnapshot snapshot() {
        return SnapshotFixture.create()
                .mineral("cobalt")
                .consumption("cobalt", "Consump_Apparent_t", 2023, 6440)
                .consumption("cobalt", "Consump_Estimated_t", 2024, 8000)
                .consumptionWithheld("cobalt", "Consump_Apparent_t", 2024)
                .price("cobalt", "Price_Spot_dlb", 2023, 37.92)
                .price("cobalt", "Price_Spot_dlb", 2024, 37.48)
                .build();
    }

    @Test
    void valuesTheLatestYearWithBothNumbersNeverAWithheldCell() {
        MarketExposure exposure = MarketValues.of(snapshot(), SERIES, COBALT, "US", OptionalInt.empty());
        MarketValue value = exposure.value().orElseThrow();
        // 2024 consumption is withheld ("W"): 2023 is the latest year with both
        assertThat(value.year()).isEqualTo(2023);
        assertThat(value.tonnes()).isEqualTo(6440);
        assertThat(value.usdPerKilogram()).isEqualTo(37.92);
        assertThat(value.usd()).isCloseTo(6440 * 37.92 * 1000, within(1e-3));
        assertThat(value.consumption().provenance().locator()).contains("cobalt:consumption:US:2023");
    }

    @Test
    void unknownForAnotherPerspectiveAMineralWithoutSeriesOrAYearTooEarly() {
        assertThat(MarketValues.of(snapshot(), SERIES, COBALT, "JP", OptionalInt.empty()))
                .satisfies(e -> assertThat(e.value()).isEmpty())
                .satisfies(e -> assertThat(e.note()).contains("no apparent consumption or price for JP"));
        assertThat(MarketValues.of(snapshot(), List.of(), COBALT, "US", OptionalInt.empty())
                        .note())
                .contains("no consumption and price series chosen for cobalt");
        assertThat(MarketValues.of(snapshot(), SERIES, COBALT, "US", OptionalInt.of(2022))
                        .note())
                .contains("no year with both Consump_Apparent_t")
                .contains("up to 2022");
    }

    @Test
    void aSeriesIsMatchedByTheLabelOfEachEditionAndTheNewestYearWins() {
        // MCS 2025 names the series by column (2020 only, as MCS 2026 revises 2021 on), MCS 2026 by its detail
        KnowledgeSnapshot snapshot = SnapshotFixture.create()
                .mineral("cobalt")
                .consumption("cobalt", "Consump_Apparent_t", 2020, 7000)
                .price("cobalt", "Price_Spot_dlb", 2020, 15.48)
                .consumption("cobalt", "Consumption (includes secondary): Apparent", 2024, 6200)
                .price("cobalt", "Price, average, dollars per pound: U.S. spot, cathode", 2024, 37.48)
                .consumption("cobalt", "Consumption (includes secondary): Estimated", 2025, 9999)
                .build();
        List<MarketSeries> both = List.of(new MarketSeries(
                COBALT,
                "Consumption (includes secondary): Apparent | Consump_Apparent_t",
                "Price, average, dollars per pound: U.S. spot, cathode | Price_Spot_dlb",
                "apparent; U.S. spot"));
        MarketValue value = MarketValues.of(snapshot, both, COBALT, "US", OptionalInt.empty())
                .value()
                .orElseThrow();
        assertThat(value.year()).isEqualTo(2024);
        assertThat(value.tonnes()).isEqualTo(6200);
        assertThat(value.usdPerKilogram()).isEqualTo(37.48);
        // with only the older edition's labels the value falls back to 2020: the bug this selection fixes
        assertThat(MarketValues.of(snapshot, SERIES, COBALT, "US", OptionalInt.empty())
                        .value()
                        .orElseThrow()
                        .year())
                .isEqualTo(2020);
        assertThat(both.get(0).consumptionLabels())
                .containsExactly("Consumption (includes secondary): Apparent", "Consump_Apparent_t");
    }

    @Test
    void theBundledSelectionParsesWithOneRowPerMineralAndALabelForEachEdition() throws IOException {
        List<MarketSeries> all = MarketSeries.parse(bundled());
        assertThat(all).hasSizeGreaterThan(25);
        assertThat(all.stream().map(MarketSeries::mineral).distinct()).hasSameSizeAs(all);
        assertThat(MarketSeries.of(all, MineralId.of("potash")).orElseThrow().priceLabels())
                .containsExactly(
                        "Price, average, f.o.b. mine, dollars per metric ton of K2O equivalent: All products",
                        "Price_All_dt");
        // every row names an MCS 2026 label first (a detail, with spaces; MCS 2025 columns have none)
        assertThat(all)
                .allSatisfy(row -> assertThat(row.consumptionLabels().get(0)).contains(" "))
                .allSatisfy(row -> assertThat(row.priceLabels().get(0)).contains(" "));
    }

    @Test
    void aBadRowNamesItsLine() {
        String text = "# comment\nmineral,consumption_series,price_series,note\ncobalt,C,P,n\ncobalt,C,P,n\n";
        assertThatThrownBy(() -> MarketSeries.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(MarketSeries.RESOURCE + ":4")
                .hasMessageContaining("listed twice");
        assertThatThrownBy(() -> MarketSeries.parse("h\ncobalt,,P,n\n"))
                .hasMessageContaining(":2")
                .hasMessageContaining("consumption series of cobalt must not be blank");
        assertThatThrownBy(() -> MarketSeries.parse("h\ncobalt,C,P\n")).hasMessageContaining("expected 4 cells");
        assertThatThrownBy(() -> MarketSeries.parse("h\ncobalt,C | ,P,n\n"))
                .hasMessageContaining(":2")
                .hasMessageContaining("consumption series of cobalt has an empty label in 'C |'");
        assertThatThrownBy(() -> MarketSeries.parse("h\ncobalt,C,P | P,n\n"))
                .hasMessageContaining("price series of cobalt lists 'P' twice");
    }

    private static String bundled() throws IOException {
        try (InputStream in = MarketSeries.class.getClassLoader().getResourceAsStream(MarketSeries.RESOURCE)) {
            assertThat(in).as(MarketSeries.RESOURCE).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
