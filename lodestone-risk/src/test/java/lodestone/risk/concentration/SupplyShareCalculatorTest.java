package lodestone.risk.concentration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import lodestone.model.chain.Stage;
import lodestone.model.geo.Area;
import lodestone.model.geo.CountryCode;
import lodestone.model.mineral.MineralId;
import lodestone.model.observation.Flag;
import lodestone.model.observation.Metric;
import lodestone.model.observation.Observation;
import lodestone.model.observation.Period;
import lodestone.model.provenance.Method;
import lodestone.model.provenance.Provenance;
import lodestone.model.provenance.SourceId;
import lodestone.model.quantity.Basis;
import lodestone.model.quantity.Quantity;
import lodestone.model.quantity.Unit;
import org.junit.jupiter.api.Test;

class SupplyShareCalculatorTest {
    private static Observation line(Area area, Double tonnes, Flag... flags) {
        return new Observation(
                MineralId.of("rare-earths"),
                Optional.of(Stage.MINING),
                area,
                Period.year(2024),
                Metric.PRODUCTION,
                "Mine production, rare-earth-oxide equivalent",
                Basis.OXIDE_EQUIVALENT,
                tonnes == null ? Optional.empty() : Optional.of(Quantity.of(tonnes, Unit.TONNE)),
                Set.of(flags),
                tonnes == null ? "W" : tonnes.toString(),
                "",
                new Provenance(SourceId.of("test"), "test.csv:" + area.code(), Method.REPORTED));
    }

    private static Area country(String code) {
        return Area.country(CountryCode.of(code));
    }

    @Test
    void sharesAreOfThePublishedWorldTotalAndOtherCountriesIsNotAProducer() {
        SupplyShares shares = SupplyShareCalculator.fromProduction(List.of(
                        line(country("CN"), 270_000.0, Flag.QUOTA),
                        line(country("US"), 45_000.0),
                        line(country("MM"), 31_000.0),
                        line(country("AU"), 13_000.0),
                        line(country("KP"), null, Flag.WITHHELD),
                        line(Area.otherCountries(), 31_000.0),
                        line(Area.world(), 390_000.0)))
                .orElseThrow();
        assertThat(shares.shareOf(country("CN")).orElseThrow().share()).isCloseTo(270.0 / 390, within(1e-12));
        assertThat(shares.producers()).extracting(ProducerShare::area).doesNotContain(Area.otherCountries());
        assertThat(shares.notCounted()).hasSize(2);
        assertThat(shares.remainder()).isCloseTo(31.0 / 390, within(1e-12));
        assertThat(shares.hhi()).isLessThan(shares.hhiUpperBound());
        assertThat(shares.totalComputed()).isFalse();
    }

    @Test
    void roundedWorldTotalsSlightlyBelowTheSumOfLinesAreStillUsed() {
        SupplyShares shares = SupplyShareCalculator.fromProduction(List.of(
                        line(country("CN"), 750.0),
                        line(country("RU"), 6.0),
                        line(country("JP"), 6.0),
                        line(Area.world(), 760.0)))
                .orElseThrow();
        assertThat(shares.total()).isPresent();
        assertThat(shares.remainder()).isNegative();
        assertThat(shares.hhi()).isBetween(0.0, 10_000.0);
    }

    @Test
    void aSeriesWithoutWorldTotalIsNotAWorldMarket() {
        assertThat(SupplyShareCalculator.fromProduction(List.of(line(country("US"), 45_000.0))))
                .isEmpty();
    }
}
