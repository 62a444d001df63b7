package lodestone.store.curated;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import lodestone.model.agreement.PolicyRecords;
import lodestone.model.buffer.BufferState;
import lodestone.model.buffer.Buffers;
import lodestone.model.buffer.BuffersInForce;
import lodestone.model.buffer.PriceFloor;
import lodestone.model.buffer.Stockpile;
import lodestone.model.geo.CountryCode;
import lodestone.model.mineral.MineralId;
import lodestone.store.importing.Problem;
import lodestone.store.reference.ReferenceData;
import org.junit.jupiter.api.Test;

/** The stockpiles and price floors of {@code buffers.yaml}: the bundled records, and what validation rejects. */
class BufferRecordsTest {
    private static final ReferenceData REFERENCE = ReferenceData.load();
    private static final PolicyRecordsReader READER = new PolicyRecordsReader(REFERENCE);
    private static final CountryCode US = CountryCode.of("US");

    private static final String SOURCES = """
            sources:
              - {id: s1, publisher: EXIM, title: Release, url: "https://example.org/a", tier: government}
            """;

    private static final String STOCKPILE = """
            stockpiles:
              - id: reserve
                key: reserve
                name: A reserve
                owner: {country: US}
                serves: [US]
                minerals: [gallium]
                target: {value: 60, unit: days-of-supply, basis: consumption, source: s1}
                announced: {date: 2026-02-02, source: s1}
                effective: {date: 2026-06-01, source: s1}
                end: {date: 2027-06-01, source: s1}
                sources: [s1]
            """;

    private static List<Problem> errors(String buffers) {
        PolicyRecordsReader.Result result = READER.read("sources: []\n", "sources: []\n", SOURCES + buffers);
        assertThat(result.records().stockpiles())
                .as("a file with errors yields no records")
                .isEmpty();
        return result.report().errors();
    }

    @Test
    void aValidStockpileIsReadWithItsTargetAndDates() {
        PolicyRecordsReader.Result result = READER.read("sources: []\n", "sources: []\n", SOURCES + STOCKPILE);
        assertThat(result.report().errors()).isEmpty();
        Stockpile reserve = result.records().stockpile("reserve").orElseThrow();
        assertThat(reserve.target().orElseThrow().daysOfSupply()).hasValue(60.0);
        assertThat(reserve.state(LocalDate.parse("2026-12-02"))).isEqualTo(BufferState.IN_FORCE);
    }

    @Test
    void aMissingSourceIsRejectedNamingFileRecordLineAndField() {
        List<Problem> errors = errors(STOCKPILE.replace("    sources: [s1]\n", "    sources: []\n"));
        assertThat(errors).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("buffers.yaml");
            assertThat(p.line()).isEqualTo(4);
            assertThat(p.field()).isEqualTo("reserve.sources");
            assertThat(p.message()).contains("at least one source");
        });
        assertThat(errors(STOCKPILE.replace("{date: 2026-02-02, source: s1}", "{date: 2026-02-02}")))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.field()).isEqualTo("reserve.announced.source");
                    assertThat(p.message()).contains("needs the source");
                });
        assertThat(errors(STOCKPILE.replace("basis: consumption, source: s1", "basis: consumption, source: s9")))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.field()).isEqualTo("reserve.target.source");
                    assertThat(p.value()).isEqualTo("s9");
                    assertThat(p.message()).contains("unknown source");
                });
    }

    @Test
    void anEndBeforeItsStartIsRejectedNamingBothDates() {
        assertThat(errors(STOCKPILE.replace("{date: 2027-06-01, source: s1}", "{date: 2026-05-01, source: s1}")))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.file()).isEqualTo("buffers.yaml");
                    assertThat(p.field()).isEqualTo("reserve.end");
                    assertThat(p.message()).startsWith("end (2026-05-01) is before effective (2026-06-01).");
                });
    }

    @Test
    void anUnknownMineralOrListIsRejectedWithAHint() {
        assertThat(errors(STOCKPILE.replace("[gallium]", "[galium]")))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.field()).isEqualTo("reserve.minerals");
                    assertThat(p.value()).isEqualTo("galium");
                    assertThat(p.message()).contains("unknown mineral");
                });
        assertThat(errors(STOCKPILE.replace("minerals: [gallium]", "mineral_list: usgs-2030")))
                .singleElement()
                .satisfies(p -> assertThat(p.field()).isEqualTo("reserve.mineral_list"));
    }

    @Test
    void aPriceFloorNeedsAMassUnitAPositivePriceAndANoteWhenItHasNoPrice() {
        String floor = """
                price_floors:
                  - id: floor
                    key: floor
                    name: A floor
                    kind: contract-price-floor
                    minerals: [neodymium]
                    price: {amount: 110, currency: USD, per: kg, product: NdPr oxide, source: s1}
                    term_years: 10
                    payer: {country: US, organisation: DoD}
                    serves: [US]
                    announced: {date: 2025-07-09, source: s1}
                    effective: {date: 2025-07-09, source: s1}
                    sources: [s1]
                """;
        PolicyRecordsReader.Result ok = READER.read("sources: []\n", "sources: []\n", SOURCES + floor);
        assertThat(ok.report().errors()).isEmpty();
        PriceFloor read = ok.records().priceFloor("floor").orElseThrow();
        assertThat(read.timeline().end().orElseThrow().date())
                .as("the last day of a 10-year term from 2025-07-09")
                .isEqualTo(LocalDate.parse("2035-07-08"));
        assertThat(READER.read("sources: []\n", "sources: []\n", SOURCES + floor.replace("per: kg", "per: m3"))
                        .report()
                        .errors())
                .singleElement()
                .satisfies(p -> assertThat(p.field()).isEqualTo("floor.price.per"));
        assertThat(READER.read(
                                "sources: []\n",
                                "sources: []\n",
                                SOURCES
                                        + floor.replace(
                                                "    price: {amount: 110, currency: USD, per: kg, product: NdPr oxide, source:"
                                                        + " s1}\n",
                                                ""))
                        .report()
                        .errors())
                .singleElement()
                .satisfies(p -> assertThat(p.message()).contains("states no price; its note must say why"));
    }

    @Test
    void theBundledRecordHoldsProjectVaultAsFundedNotOperatingAndTheMpFloorInForce() {
        PolicyRecords records = READER.bundled();
        Stockpile vault = records.stockpile("us-project-vault-2026").orElseThrow();
        assertThat(vault.key()).isEqualTo("vault");
        assertThat(vault.target().orElseThrow().pressOnly()).isTrue();
        assertThat(vault.funding()).anySatisfy(m -> {
            assertThat(m.amount()).isEqualTo(1e10);
            assertThat(m.pressOnly()).isFalse();
        });
        BuffersInForce query = new BuffersInForce(
                records.stockpiles(), records.priceFloors(), REFERENCE.minerals(), REFERENCE.lists());
        Buffers dysprosium =
                query.on(LocalDate.parse("2026-12-02"), MineralId.of("dysprosium"), Optional.of(US), Set.of());
        assertThat(dysprosium.stockpiles()).anySatisfy(s -> {
            assertThat(s.record().id()).isEqualTo("us-project-vault-2026");
            assertThat(s.state()).isEqualTo(BufferState.FUNDED);
        });
        assertThat(dysprosium.stockpilesInForce()).isEmpty();
        Buffers neodymium =
                query.on(LocalDate.parse("2026-12-02"), MineralId.of("neodymium"), Optional.of(US), Set.of());
        assertThat(neodymium.lowestFloorPerKilogram("USD")).hasValue(110.0);
        assertThat(query.on(
                                LocalDate.parse("2026-12-02"),
                                MineralId.of("neodymium"),
                                Optional.of(US),
                                Set.of("mp-floor"))
                        .floorsInForce())
                .isEmpty();
        assertThat(records.stockpiles()).allSatisfy(s -> assertThat(s.sources()).isNotEmpty());
        assertThat(records.priceFloors())
                .allSatisfy(f -> assertThat(f.sources()).isNotEmpty());
    }
}
