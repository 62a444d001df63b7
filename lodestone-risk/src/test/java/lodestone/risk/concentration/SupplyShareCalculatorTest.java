package lodestone.risk.concentration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

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
        assertThat(SupplyShareCalculator.fromProduction(List.of(line(country("US"), 1.2), line(country("US"), 0.08))))
                .as("two U.S. rows (MCS 2026, industrial diamond: bort and stones) are one producer, not a market")
                .isEmpty();
    }

    /** USGS MCS 2025, antimony mine production 2024, as published (t, antimony content). */
    private static List<Observation> antimony2024() {
        return List.of(
                line(country("AU"), 2_000.0),
                line(country("BO"), 3_700.0),
                line(country("MM"), 4_500.0),
                line(country("CN"), 60_000.0),
                line(country("GT"), 50.0),
                line(country("IR"), 500.0),
                line(country("KZ"), 40.0),
                line(country("KG"), 20.0),
                line(country("LA"), 200.0),
                line(country("MX"), 800.0),
                line(country("PK"), 250.0),
                line(country("RU"), 13_000.0),
                line(country("TJ"), 17_000.0),
                line(country("TR"), 1_600.0),
                line(country("VN"), 300.0),
                line(Area.world(), 100_000.0, Flag.ROUNDED));
    }

    @Test
    void chinasAntimonyShareIsOfThePublishedRoundedWorldTotalAsUsgsGivesIt() {
        SupplyShares shares =
                SupplyShareCalculator.fromProduction(antimony2024()).orElseThrow();
        assertThat(shares.shareOf(country("CN")).orElseThrow().share())
                .as("60,000 of the published 100,000, not of the 103,960 the listed countries add up to")
                .isCloseTo(0.60, within(1e-12));
        assertThat(shares.totalComputed()).isFalse();
        assertThat(shares.total()).isPresent();
        assertThat(shares.totalBasis())
                .isEqualTo("published world total, rounded; the listed countries add up to 4.0 % more");
        assertThat(shares.remainder()).isCloseTo(-0.0396, within(1e-9));
        assertThat(java.util.Arrays.stream(shares.shareArray()).sum()).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void withoutAPublishedNumberTheTotalIsTheSumOfTheListedLinesAndSaysWhy() {
        SupplyShares withheld = SupplyShareCalculator.fromProduction(List.of(
                        line(country("CN"), 90.0), line(country("JP"), 10.0), line(Area.world(), null, Flag.WITHHELD)))
                .orElseThrow();
        assertThat(withheld.totalComputed()).isTrue();
        assertThat(withheld.shareOf(country("CN")).orElseThrow().share()).isCloseTo(0.9, within(1e-12));
        assertThat(withheld.totalBasis()).isEqualTo("world total withheld (W); sum of the listed countries used");
        SupplyShares unlisted = SupplyShareCalculator.fromProduction(List.of(
                        line(country("CN"), 60.0), line(country("JP"), 20.0), line(Area.otherCountries(), 20.0)))
                .orElseThrow();
        assertThat(unlisted.shareOf(country("CN")).orElseThrow().share()).isCloseTo(0.6, within(1e-12));
        assertThat(unlisted.totalBasis()).startsWith("world total not published");
    }

    @Test
    void withAPublishedTotalEveryShareIsItsLineOverThatTotalCappedAtOne() {
        qt().withFixedSeed(60L)
                .forAll(
                        lists().of(integers().between(1, 1_000_000)).ofSizeBetween(1, 12),
                        integers().between(1, 2_000_000))
                .check((tonnes, total) -> {
                    List<Observation> lines = new java.util.ArrayList<>();
                    String[] codes = {"AU", "BR", "CA", "CN", "DE", "IN", "JP", "KZ", "MX", "RU", "US", "ZA"};
                    for (int i = 0; i < tonnes.size(); i++) {
                        lines.add(line(country(codes[i]), tonnes.get(i).doubleValue()));
                    }
                    lines.add(line(Area.world(), total.doubleValue(), Flag.ROUNDED));
                    SupplyShares shares =
                            SupplyShareCalculator.fromProduction(lines).orElseThrow();
                    return !shares.totalComputed()
                            && shares.producers().stream()
                                    .allMatch(p -> Math.abs(p.share()
                                                    - Math.min(
                                                            1,
                                                            p.quantity()
                                                                            .orElseThrow()
                                                                            .value()
                                                                    / total))
                                            < 1e-12)
                            && shares.hhi() >= 0
                            && shares.hhi() <= 10_000 + 1e-9;
                });
    }
}
