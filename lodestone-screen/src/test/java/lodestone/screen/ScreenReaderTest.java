package lodestone.screen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import lodestone.sim.scenario.Distribution;
import lodestone.sim.scenario.Response;
import org.junit.jupiter.api.Test;

/** A spec reads as written; every problem of a bad one is reported at once, with field, value and range. */
class ScreenReaderTest {
    @Test
    void theFixtureReadsAsWritten() {
        ScreenSpec spec = ScreenFixture.spec();
        assertThat(spec.id()).isEqualTo("fixture-screen");
        assertThat(spec.start()).isEqualTo(YearMonth.of(2026, 1));
        assertThat(spec.severities()).containsExactly(0.25, 0.5, 1.0);
        assertThat(spec.durationsMonths()).containsExactly(6.0, 12.0);
        assertThat(spec.treatmentsPerMarket()).isEqualTo(12);
        assertThat(spec.response("none").orElseThrow().stocksMonths()).isEqualTo(Distribution.fixed(0));
        ScreenSpec.ResponsePackage stocks =
                spec.response("stocks-and-substitution").orElseThrow();
        assertThat(stocks.stocksMonths()).isEqualTo(Distribution.uniform(1.5, 3));
        assertThat(stocks.substitution()).isEqualTo(new Response(0.1, 3, 6));
        assertThat(stocks.recycling()).isEqualTo(Response.NONE);
        assertThat(spec.market()).isEqualTo(ScreenSpec.MarketAssumptions.DEFAULT);
        assertThat(spec.plan().orElseThrow().budgetUsd()).isEqualTo(2.0e8);
        assertThat(spec.plan().orElseThrow().paths()).isEqualTo(100);
    }

    @Test
    void defaultsAreTheSweepsOneYearStocksScreen() {
        ScreenSpec spec = ScreenReader.read(
                "id: s\nperspectives: [US]\nminerals: {list: usgs-2025}\nseverities: [1]\ndurations: [12]\n", "t");
        assertThat(spec.suppliersPerMineral()).isEqualTo(5);
        assertThat(spec.horizonMonths()).isEqualTo(12);
        assertThat(spec.paths()).isEqualTo(2000);
        assertThat(spec.minerals().list()).contains("usgs-2025");
        assertThat(spec.responses()).singleElement().satisfies(r -> {
            assertThat(r.id()).isEqualTo("stocks");
            assertThat(r.stocksMonths()).isEqualTo(Distribution.uniform(1.5, 3));
        });
        assertThat(spec.plan()).isEmpty();
    }

    @Test
    void everyProblemIsReportedWithFieldValueAndRange() {
        String text = """
                id: Bad Id
                perspectives: [us, US, US]
                minerals: [gallium, gallium]
                severities: [50, 0.5]
                durations: [24]
                horizonMonths: 12
                responses:
                  - id: a
                    stocksMonths: {uniform: [3, 1]}
                  - id: a
                    substitution: {maxFraction: 2}
                market: {priceCap: 0.5, colour: red}
                plan: {alpha: 0.9}
                """;
        assertThatThrownBy(() -> ScreenReader.read(text, "bad.yaml"))
                .isInstanceOf(ScreenException.class)
                .satisfies(e -> assertThat(((ScreenException) e).problems())
                        .containsExactlyInAnyOrder(
                                "id (Bad Id) must be lower-case words joined by hyphens, e.g. us-critical-2026.",
                                "perspectives[0] (us) must be an ISO 3166-1 alpha-2 code in capitals, e.g. US.",
                                "perspectives[2] (US) is listed twice.",
                                "minerals[1] (gallium) is listed twice.",
                                "severities[0] (50) must be a number within [0, 1]\nMaybe write fractions, e.g. 0.5 for"
                                        + " 50 %.",
                                "durations[0] (24) must be a number within (0, 12]\nMaybe raise horizonMonths to at"
                                        + " least 24.",
                                "responses[0].stocksMonths ({\"uniform\":[3,1]}) uniform bounds (3.0, 1.0) must be"
                                        + " ordered min <= max.",
                                "responses[1].id (a) is used twice.",
                                "responses[1].substitution.maxFraction (2) must be a number within [0, 1].",
                                "market.colour (\"red\") is not a known field; known: demandElasticity, leakage,"
                                        + " priceCap, supplyElasticity, threshold.",
                                "market.priceCap (0.5) must be a number within [1, 1000].",
                                "plan.budgetUsd (missing) is required: the budget of each cell's plan, US dollars,"
                                        + " e.g. 5e9."))
                .hasMessageStartingWith("bad.yaml: 12 problems:");
    }

    @Test
    void wholeNumbersAndNumbersAreRefusedOutsideTheirRangeOrWhenNotNumbers() {
        String text = """
                id: s
                perspectives: [US]
                minerals: [gallium]
                severities: [1]
                durations: [6]
                horizonMonths: 12.5
                paths: 0
                seed: 99999999999999999999
                suppliers: {top: 51}
                market: {priceCap: high, threshold: 2}
                """;
        assertThatThrownBy(() -> ScreenReader.read(text, "numbers.yaml"))
                .isInstanceOf(ScreenException.class)
                .satisfies(e -> assertThat(((ScreenException) e).problems())
                        .containsExactlyInAnyOrder(
                                "horizonMonths (12.5) must be a whole number within [1, 600].",
                                "paths (0) must be a whole number within [1, 1000000].",
                                "seed (99999999999999999999) must be a whole number within [-9223372036854775808,"
                                        + " 9223372036854775807].",
                                "suppliers.top (51) must be a whole number within [1, 50].",
                                "market.priceCap (\"high\") must be a number within [1, 1000].",
                                "market.threshold (2) must be a number within [1.0E-9, 1]."));
    }

    @Test
    void unparsableTextNamesTheLine() {
        assertThatThrownBy(() -> ScreenReader.read("id: x\nseverities: [0.5\n", "broken.yaml"))
                .isInstanceOf(ScreenException.class)
                .hasMessageContaining("broken.yaml")
                .hasMessageContaining("cannot parse at line");
    }
}
