package lodestone.model.observation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import lodestone.model.chain.Stage;
import lodestone.model.geo.Area;
import lodestone.model.geo.CountryCode;
import lodestone.model.mineral.MineralId;
import lodestone.model.provenance.Method;
import lodestone.model.provenance.Provenance;
import lodestone.model.provenance.SourceId;
import lodestone.model.quantity.Basis;
import lodestone.model.quantity.Quantity;
import lodestone.model.quantity.Unit;
import org.junit.jupiter.api.Test;

class ObservationTest {
    private static Observation share(Optional<Quantity> quantity, Set<Flag> flags) {
        return new Observation(
                MineralId.of("graphite"),
                Optional.of(Stage.MINING),
                Area.country(CountryCode.of("CN")),
                Period.year(2023),
                Metric.SUPPLY_SHARE,
                "test",
                Basis.UNSPECIFIED,
                quantity,
                flags,
                "raw",
                "",
                new Provenance(SourceId.of("test"), "test.csv:2", Method.REPORTED));
    }

    @Test
    void aShareAboveOneIsRejectedWithAHint() {
        assertThatThrownBy(() -> share(Optional.of(Quantity.of(1.3, Unit.FRACTION)), Set.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("share (1.3) of CN for graphite")
                .hasMessageContaining("Maybe the source reports percent");
    }

    @Test
    void nonCanonicalUnitsAreRejected() {
        assertThatThrownBy(() -> share(Optional.of(Quantity.of(13, Unit.PERCENT)), Set.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("canonical");
    }

    @Test
    void missingIsNeverZero() {
        assertThatThrownBy(() -> share(Optional.empty(), Set.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("neither a value nor a flag");
        assertThatThrownBy(() -> share(Optional.of(Quantity.of(0.1, Unit.FRACTION)), Set.of(Flag.WITHHELD)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("withheld");
        Observation withheld = share(Optional.empty(), Set.of(Flag.WITHHELD));
        assertThat(withheld.valueOrNaN()).isNaN();
    }

    @Test
    void withersChangeOnlyTheirComponent() {
        Observation supply = share(Optional.of(Quantity.of(0.7, Unit.FRACTION)), Set.of());
        Observation source = supply.withMetric(Metric.IMPORT_SOURCE_SHARE);
        assertThat(source.metric()).isEqualTo(Metric.IMPORT_SOURCE_SHARE);
        assertThat(source.withMetric(Metric.SUPPLY_SHARE)).isEqualTo(supply);
        Area us = Area.country(CountryCode.of("US"));
        Observation imported = source.withImporter(us);
        assertThat(imported.importer()).contains(us);
        assertThatThrownBy(() -> imported.withMetric(Metric.SUPPLY_SHARE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("importer (US)");
    }

    @Test
    void periodsParseAndPrint() {
        assertThat(Period.parse("2020-2023")).isEqualTo(Period.range(2020, 2023));
        assertThat(Period.parse("2024").toString()).isEqualTo("2024");
        for (String bad : List.of("2024-", "-2024", "2020-2023-", "twenty", "")) {
            assertThatThrownBy(() -> Period.parse(bad))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("period (" + bad + ") must be a year or two years joined by '-'.");
        }
        assertThatThrownBy(() -> Period.range(2024, 2020)).isInstanceOf(IllegalArgumentException.class);
    }
}
