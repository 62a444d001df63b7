package lodestone.model.buffer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import lodestone.model.agreement.Party;
import lodestone.model.geo.CountryCode;
import lodestone.model.list.CriticalMineralList;
import lodestone.model.mineral.Mineral;
import lodestone.model.mineral.MineralCatalogue;
import lodestone.model.mineral.MineralGroup;
import lodestone.model.mineral.MineralId;
import lodestone.model.provenance.SourceId;
import lodestone.model.quantity.Unit;
import org.junit.jupiter.api.Test;

class BuffersInForceTest {
    private static final SourceId S = SourceId.of("s");
    private static final CountryCode US = CountryCode.of("US");
    private static final CountryCode JP = CountryCode.of("JP");
    private static final MineralId DY = MineralId.of("dysprosium");
    private static final MineralId REE = MineralId.of("rare-earths");
    private static final MineralId GA = MineralId.of("gallium");
    private static final MineralId NI = MineralId.of("nickel");
    private static final MineralCatalogue CATALOGUE = MineralCatalogue.of(List.of(
            element("dysprosium"),
            element("gallium"),
            element("nickel"),
            new Mineral(REE, "Rare earths", Optional.empty(), Set.of(MineralGroup.REE), List.of(DY), Set.of())));
    private static final CriticalMineralList LIST = new CriticalMineralList(
            "usgs-2025",
            "USGS 2025",
            "US",
            LocalDate.parse("2025-11-07"),
            S,
            List.of(
                    new CriticalMineralList.Entry("Gallium", List.of(GA), ""),
                    new CriticalMineralList.Entry("Dysprosium", List.of(DY), "")));

    private static Mineral element(String id) {
        return new Mineral(MineralId.of(id), id, Optional.empty(), Set.of(), List.of(), Set.of());
    }

    private static Milestone at(String date) {
        return new Milestone(LocalDate.parse(date), S, "");
    }

    /** A reserve like Project Vault: every listed mineral, funded, with a start of operation when given. */
    private static Stockpile vault(String effective) {
        return new Stockpile(
                "us-vault",
                "vault",
                "Vault",
                new Party(Optional.of(US), Optional.of("EXIM")),
                List.of(US),
                new MineralScope(List.of(), Optional.of("usgs-2025")),
                Optional.of(new StockTarget(
                        60,
                        StockTarget.Measure.DAYS_OF_SUPPLY,
                        "consumption",
                        Optional.empty(),
                        Optional.of(S),
                        false,
                        "")),
                List.of(),
                new Timeline(
                        at("2026-02-02"),
                        Optional.of(at("2026-02-02")),
                        Optional.ofNullable(effective).map(BuffersInForceTest::at),
                        Optional.empty()),
                List.of(S),
                "");
    }

    private static PriceFloor floor() {
        return new PriceFloor(
                "mp-floor",
                "mp-floor",
                "NdPr floor",
                FloorKind.CONTRACT_PRICE_FLOOR,
                MineralScope.of(List.of(REE)),
                Optional.of(new Price(110, "USD", Unit.KILOGRAM, "NdPr oxide", Optional.of(S), false)),
                Optional.empty(),
                Optional.of(10),
                new Party(Optional.of(US), Optional.of("DoD")),
                Optional.of("MP Materials"),
                List.of(US),
                Optional.empty(),
                new Timeline(
                        at("2025-07-09"),
                        Optional.empty(),
                        Optional.of(at("2025-07-09")),
                        Optional.of(at("2035-07-08"))),
                List.of(S),
                "");
    }

    private static BuffersInForce query(Stockpile stockpile) {
        return new BuffersInForce(List.of(stockpile), List.of(floor()), CATALOGUE, List.of(LIST));
    }

    @Test
    void aFundedReserveIsListedButNotInForceUntilASourceConfirmsOperation() {
        Buffers buffers = query(vault(null)).on(LocalDate.parse("2026-12-02"), DY, Optional.of(US), Set.of());
        assertThat(buffers.stockpiles()).singleElement().satisfies(s -> {
            assertThat(s.state()).isEqualTo(BufferState.FUNDED);
            assertThat(s.description()).isEqualTo("funded 2026-02-02; no source on record confirms operation");
        });
        assertThat(buffers.stockpilesInForce()).isEmpty();
        assertThat(buffers.targetDaysInForce()).isEmpty();
    }

    @Test
    void anOperatingReserveCoversEveryListedMineralAndItsGroupForItsPerspectiveOnly() {
        BuffersInForce query = query(vault("2026-06-01"));
        LocalDate on = LocalDate.parse("2026-12-02");
        assertThat(query.on(on, DY, Optional.of(US), Set.of()).stockpilesInForce())
                .hasSize(1);
        assertThat(query.on(on, REE, Optional.of(US), Set.of()).stockpilesInForce())
                .as("a group is covered when one of its members is on the list")
                .hasSize(1);
        assertThat(query.on(on, GA, Optional.of(US), Set.of()).targetDaysInForce())
                .hasValue(60.0);
        assertThat(query.on(on, NI, Optional.of(US), Set.of()).stockpiles())
                .as("nickel is not on the list")
                .isEmpty();
        assertThat(query.on(on, DY, Optional.of(JP), Set.of()).stockpiles())
                .as("serves the US only")
                .isEmpty();
        assertThat(query.on(on, DY, Optional.empty(), Set.of()).stockpilesInForce())
                .hasSize(1);
        assertThat(query.on(LocalDate.parse("2026-01-31"), DY, Optional.of(US), Set.of())
                        .stockpiles())
                .as("not yet announced")
                .isEmpty();
    }

    @Test
    void theWithoutSwitchTurnsARecordOffByKeyOrIdAndRejectsUnknownNames() {
        BuffersInForce query = query(vault("2026-06-01"));
        LocalDate on = LocalDate.parse("2026-12-02");
        Buffers without = query.on(on, DY, Optional.of(US), Set.of("vault"));
        assertThat(without.stockpiles())
                .singleElement()
                .satisfies(s -> assertThat(s.switchedOff()).isTrue());
        assertThat(without.stockpilesInForce()).isEmpty();
        assertThat(query.on(on, DY, Optional.of(US), Set.of("us-vault")).stockpilesInForce())
                .isEmpty();
        assertThat(without.floorsInForce()).as("other records stay").hasSize(1);
        assertThatThrownBy(() -> query.on(on, DY, Optional.of(US), Set.of("vualt")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--without (vualt)")
                .hasMessageContaining("Maybe one of: ")
                .hasMessageContaining("vault");
    }

    @Test
    void aTenYearFloorIsInForceOnItsLastDayAndEndedTheDayAfter() {
        BuffersInForce query = query(vault(null));
        assertThat(query.on(LocalDate.parse("2035-07-08"), DY, Optional.of(US), Set.of())
                        .lowestFloorPerKilogram("USD"))
                .hasValue(110.0);
        Buffers after = query.on(LocalDate.parse("2035-07-09"), DY, Optional.of(US), Set.of());
        assertThat(after.floors())
                .singleElement()
                .satisfies(f -> assertThat(f.state()).isEqualTo(BufferState.ENDED));
        assertThat(after.floorsInForce()).isEmpty();
        assertThat(after.lowestFloorPerKilogram("USD")).isEmpty();
    }

    @Test
    void pricesPerTonneAreComparedPerKilogram() {
        Price perTonne = new Price(110_000, "USD", Unit.TONNE, "NdPr oxide", Optional.of(S), false);
        assertThat(perTonne.perKilogram()).isEqualTo(110.0);
        assertThat(new Price(50, "USD", Unit.POUND, "x", Optional.of(S), false).perKilogram())
                .isCloseTo(110.23, org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void switchingOffNeverAddsAndEveryInForceRecordWasAnnouncedAndStartedByTheDate() {
        BuffersInForce query = query(vault("2026-06-01"));
        qt().withFixedSeed(18L)
                .forAll(integers().between(0, 20 * 365), integers().between(0, 3))
                .checkAssert((days, pick) -> {
                    LocalDate on = LocalDate.parse("2024-01-01").plusDays(days);
                    MineralId mineral = List.of(DY, REE, GA, NI).get(pick);
                    Buffers all = query.on(on, mineral, Optional.of(US), Set.of());
                    Buffers fewer = query.on(on, mineral, Optional.of(US), Set.of("vault", "mp-floor"));
                    assertThat(fewer.stockpilesInForce()).isSubsetOf(all.stockpilesInForce());
                    assertThat(fewer.floorsInForce()).isEmpty();
                    all.stockpilesInForce().forEach(s -> {
                        assertThat(s.timeline().effective()).isPresent();
                        assertThat(s.timeline().effective().get().date()).isBeforeOrEqualTo(on);
                    });
                    all.floorsInForce()
                            .forEach(f -> assertThat(
                                            f.timeline().end().orElseThrow().date())
                                    .isAfterOrEqualTo(on));
                });
    }
}
