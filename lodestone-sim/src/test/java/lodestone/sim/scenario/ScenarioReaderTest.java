package lodestone.sim.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import lodestone.sim.Fixtures;
import org.junit.jupiter.api.Test;

/** Malformed and absurd specs are refused with the field and the value; good ones read back exactly. */
class ScenarioReaderTest {
    private static final String GOOD = """
            id: test-scenario
            start: 2026-11
            horizonMonths: 6
            disruption:
              issuer: CN
              phases:
                - months: {uniform: [2, 4]}
                  severity: 0.9
            markets:
              - mineral: dysprosium
                supply: {CN: 0.7, US: 0.2, OTHER: 0.1}
                stocksMonths: {logNormal: {median: 2, p90: 3}}
                stockRelease: {maxPerMonth: 0.5, trigger: 0.05}
                partners:
                  - {name: p, capacity: 0.1, startMonth: {triangular: [1, 2, 6]}, rampMonths: 3, probability: 0.5}
            """;

    private static ScenarioSpec read(String text) {
        return ScenarioReader.read(text, "test.yaml", Fixtures.catalogue());
    }

    private static String errors(String text) {
        try {
            read(text);
        } catch (ScenarioException e) {
            return e.getMessage();
        }
        throw new AssertionError("accepted: " + text);
    }

    @Test
    void aGoodSpecReadsBack() {
        ScenarioSpec spec = read(GOOD);
        assertThat(spec.id()).isEqualTo("test-scenario");
        assertThat(spec.horizonMonths()).isEqualTo(6);
        assertThat(spec.threshold()).isEqualTo(0.2);
        assertThat(spec.disruption().phases().get(0).months()).isEqualTo(Distribution.uniform(2, 4));
        Market market = spec.markets().get(0);
        assertThat(market.shareOf("CN")).isEqualTo(0.7);
        assertThat(market.stocksMonths()).isEqualTo(Distribution.logNormal(2, 3));
        assertThat(market.release()).isEqualTo(new StockRelease(0.5, 0.05));
        assertThat(market.partners().get(0).startMonth()).isEqualTo(Distribution.triangular(1, 2, 6));
        assertThat(spec.isResolved()).isTrue();
    }

    @Test
    void jsonIsReadToo() {
        ScenarioSpec spec = read("""
                {"id": "json-scenario", "start": "2026-11",
                 "disruption": {"issuer": "CN", "phases": [{"months": 3, "severity": 1}]},
                 "markets": [{"mineral": "gallium", "supply": {"CN": 0.5, "OTHER": 0.5}}]}
                """);
        assertThat(spec.markets().get(0).shareOf("CN")).isEqualTo(0.5);
    }

    @Test
    void negativeSeverityIsRefusedWithFieldAndValue() {
        assertThat(errors(GOOD.replace("severity: 0.9", "severity: -0.5")))
                .contains("disruption.phases[0].severity (-0.5) must lie within [0.0, 1.0]");
    }

    @Test
    void sharesAboveOneAreRefused() {
        assertThat(errors(GOOD.replace("CN: 0.7", "CN: 1.3")))
                .contains("markets[0].supply.CN (1.3) must be a share within [0, 1]")
                .contains("Maybe the source reports percent");
        assertThat(errors(GOOD.replace("CN: 0.7", "CN: 0.9"))).contains("markets[0].supply (sum 1.2000)");
    }

    @Test
    void anUnknownMineralIsRefused() {
        assertThat(errors(GOOD.replace("mineral: dysprosium", "mineral: unobtainium")))
                .contains("markets[0].mineral (unobtainium) must be a mineral id in the catalogue");
    }

    @Test
    void everyProblemIsListedAtOnce() {
        ScenarioException e = org.junit.jupiter.api.Assertions.assertThrows(
                ScenarioException.class,
                () -> read(GOOD.replace("severity: 0.9", "severity: 2")
                        .replace("issuer: CN", "issuer: China")
                        .replace("horizonMonths: 6", "horizonMonths: 0")
                        .replace("trigger: 0.05", "trigger: 0.05, triger: 1")));
        assertThat(e.problems())
                .anyMatch(p -> p.startsWith("disruption.phases[0].severity (2)"))
                .anyMatch(p -> p.startsWith("disruption.issuer (China) must be an ISO 3166-1 alpha-2 code"))
                .anyMatch(p -> p.startsWith("horizonMonths (0) must be within [1.0, 600.0]"))
                .anyMatch(p -> p.startsWith("markets[0].stockRelease.triger (1) is not a known field"));
    }

    @Test
    void reversedBoundsAndBadDistributionsAreRefusedNotSwapped() {
        assertThat(errors(GOOD.replace("{uniform: [2, 4]}", "{uniform: [4, 2]}")))
                .contains("disruption.phases[0].months ({\"uniform\":[4,2]})")
                .contains("must be ordered min <= max");
        assertThat(errors(GOOD.replace("{uniform: [2, 4]}", "{normal: [2, 4]}")))
                .contains("disruption.phases[0].months ({\"normal\":[2,4]}) must be a number or one of");
        assertThat(errors(GOOD.replace("median: 2, p90: 3", "median: 2, p90: 1")))
                .contains("markets[0].stocksMonths");
    }

    @Test
    void missingPartsAndUnparsableTextAreRefused() {
        assertThat(errors("id: x\nstart: 2026-11\n"))
                .contains("disruption (missing)")
                .contains("markets (missing)");
        assertThat(errors(GOOD.replace("start: 2026-11", "start: November"))).contains("start (November)");
        assertThatThrownBy(() -> read("id: [unclosed"))
                .isInstanceOf(ScenarioException.class)
                .hasMessageContaining("cannot parse");
        assertThat(errors(GOOD.replace(
                        "supply: {CN: 0.7, US: 0.2, OTHER: 0.1}", "supplyFrom: rare-earths\n" + "    supply: {CN: 1}")))
                .contains("markets[0].supply ({\"CN\":1}) must be left out when supplyFrom is given");
    }

    @Test
    void enforcementPriorityCrackdownAndIndirectShareReadBackAndAreRangeChecked() {
        String spec = """
                id: test-scenario
                start: 2026-11
                horizonMonths: 6
                perspective: US
                disruption:
                  issuer: CN
                  licensing: {lagMonths: 2, perspectivePriority: {uniform: [0.1, 0.9]}}
                  phases:
                    - months: 3
                      severity: 1
                      leakageFactor: {uniform: [0, 1]}
                markets:
                  - mineral: gallium
                    supply: {CN: 0.2, OTHER: 0.8}
                    enforcementMonths: {uniform: [0.1, 0.5]}
                    indirectShare: 0.9
                """;
        ScenarioSpec read = read(spec);
        assertThat(read.disruption().licensing().orElseThrow().perspectivePriority())
                .isEqualTo(Distribution.uniform(0.1, 0.9));
        assertThat(read.disruption().phases().get(0).leakageFactor()).isEqualTo(Distribution.uniform(0, 1));
        Trade trade = read.markets().get(0).trade();
        assertThat(trade.enforcementMonths()).isEqualTo(Distribution.uniform(0.1, 0.5));
        assertThat(trade.indirectShare()).isEqualTo(0.9);
        // left out, each is off: everyone alike, leakage as set, held from the first day, no indirect dependence
        ScenarioSpec plain = read(GOOD);
        assertThat(plain.disruption().phases().get(0).leakageFactor()).isEqualTo(Distribution.fixed(1));
        assertThat(plain.markets().get(0).trade().enforcementMonths()).isEqualTo(Distribution.fixed(0));
        assertThat(plain.markets().get(0).trade().indirectShare()).isZero();
        assertThat(errors(spec.replace("indirectShare: 0.9", "indirectShare: 90")))
                .contains("markets[0].indirectShare")
                .contains("90");
        assertThat(errors(spec.replace("leakageFactor: {uniform: [0, 1]}", "leakageFactor: 2")))
                .contains("disruption.phases[0].leakageFactor");
        assertThat(errors(spec.replace("{uniform: [0.1, 0.9]}", "1.5")))
                .contains("disruption.licensing.perspectivePriority");
        assertThat(errors(spec.replace("{uniform: [0.1, 0.5]}", "30"))).contains("markets[0].enforcementMonths");
    }

    @Test
    void aPhaseMayEndInAReviewWithTheProbabilityOfAnExtension() {
        String spec = GOOD.replace("      severity: 0.9\n", "      severity: 0.9\n      extension: 0.25\n");
        assertThat(read(spec).disruption().phases().get(0).extension()).hasValue(0.25);
        assertThat(read(GOOD).disruption().phases().get(0).extension()).isEmpty();
        // a probability, a number: each refused with the field and the value
        assertThat(errors(spec.replace("extension: 0.25", "extension: 25")))
                .contains("disruption.phases[0].extension")
                .contains("25")
                .contains("[0.0, 1.0]");
        assertThat(errors(spec.replace("extension: 0.25", "extension: {uniform: [0, 1]}")))
                .contains("disruption.phases[0].extension");
        assertThat(errors(spec.replace("extension: 0.25", "extensions: 0.25"))).contains("extensions");
        assertThatThrownBy(() -> new Phase(Distribution.fixed(1), Distribution.fixed(1)).withExtension(1.5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("extension (1.5)");
    }

    @Test
    void theShareOfDirectShipmentsAtTheOutsidePriceReadsBackAndIsAFraction() {
        String spec = GOOD.replace("supply: {", "directAtOutsidePrice: 0.5\n    supply: {");
        assertThat(spec).contains("directAtOutsidePrice: 0.5");
        assertThat(read(spec).markets().get(0).trade().directAtOutsidePrice()).isEqualTo(0.5);
        assertThat(read(GOOD).markets().get(0).trade().directAtOutsidePrice()).isZero();
        assertThat(errors(spec.replace("directAtOutsidePrice: 0.5", "directAtOutsidePrice: 1.5")))
                .contains("markets[0].directAtOutsidePrice")
                .contains("1.5");
    }

    @Test
    void theHomeMarketsImportsReadBackAndNameTheFieldOfABadValue() {
        String spec = GOOD.replace("supply: {", "homeImports: {share: 0.3, useRatio: 4.3}\n    supply: {");
        assertThat(spec).contains("homeImports: {share: 0.3");
        assertThat(read(spec).markets().get(0).trade().homeImports()).isEqualTo(new HomeImports(0.3, 4.3));
        assertThat(read(GOOD).markets().get(0).trade().homeImports()).isEqualTo(HomeImports.NONE);
        for (String[] bad : new String[][] {
            {"share: 0.3", "share: 30", "markets[0].homeImports.share", "30"},
            {"useRatio: 4.3", "useRatio: 430", "markets[0].homeImports.useRatio", "430"},
            {", useRatio: 4.3", "", "markets[0].homeImports.useRatio", "required"},
            {"useRatio: 4.3", "useRatio: 4.3, ratio: 2", "ratio", "ratio"},
            {"{share: 0.3, useRatio: 4.3}", "0.3", "markets[0].homeImports", "0.3"}
        }) {
            assertThat(errors(spec.replace(bad[0], bad[1]))).contains(bad[2], bad[3]);
        }
    }

    @Test
    void anIssuerWithoutAHomeMarketExportsItsChangeOfOutputAndAPercentIsNotAShare() {
        // Guinea's bauxite: 95 % exported, sold at the outside price, exports 29 % up on a year before
        String spec = GOOD.replace(
                "supply: {",
                "issuerExportShare: 0.95\n    directAtOutsidePrice: 1\n"
                        + "    issuerOutput: {from: 2025-05, change: 0.29}\n    supply: {");
        assertThat(spec).contains("directAtOutsidePrice: 1");
        var trade = read(spec).markets().get(0).trade();
        assertThat(trade.issuerOutput()).contains(new IssuerOutput(java.time.YearMonth.of(2025, 5), 0.29));
        assertThat(trade.outputExported()).isEqualTo(0.95);
        assertThat(read(spec.replace("directAtOutsidePrice: 1", "directAtOutsidePrice: 0"))
                        .markets()
                        .get(0)
                        .trade()
                        .outputExported())
                .isZero();
        // the growth written as a percent names the field and the value, and so does a share above 1
        for (String[] bad : new String[][] {
            {"change: 0.29", "change: 29", "markets[0].issuerOutput.change", "29"},
            {"directAtOutsidePrice: 1", "directAtOutsidePrice: 1.5", "markets[0].directAtOutsidePrice", "1.5"}
        }) {
            assertThat(errors(spec.replace(bad[0], bad[1]))).contains(bad[2], bad[3]);
        }
    }

    @Test
    void aChangeOfTheIssuersOutputReadsBackWithItsMonthAndIsAShare() {
        String spec = GOOD.replace("supply: {", "issuerOutput: {from: 2026-03, change: -0.27}\n    supply: {");
        assertThat(spec).contains("issuerOutput: {from: 2026-03");
        assertThat(read(spec).markets().get(0).trade().issuerOutput())
                .contains(new IssuerOutput(java.time.YearMonth.of(2026, 3), -0.27));
        assertThat(read(GOOD).markets().get(0).trade().issuerOutput()).isEmpty();
        assertThat(errors(spec.replace("change: -0.27", "change: -1.5")))
                .contains("markets[0].issuerOutput.change")
                .contains("-1.5");
        assertThat(errors(spec.replace("from: 2026-03", "from: March"))).contains("markets[0].issuerOutput.from");
        assertThat(errors(spec.replace("from: 2026-03, ", ""))).contains("markets[0].issuerOutput.from");
        assertThat(errors(spec.replace(", change: -0.27", ""))).contains("markets[0].issuerOutput.change");
        assertThat(errors(spec.replace("change: -0.27", "change: -0.27, to: 2026-09")))
                .contains("to");
        assertThat(errors(spec.replace("{from: 2026-03, change: -0.27}", "-0.27")))
                .contains("markets[0].issuerOutput");
    }

    @Test
    void aChangeOfAProductTheMeasureDoesNotCoverIsDeclaredNotCovered() {
        // Zimbabwe's exempt concentrators: covered false; without the field a change is of the covered product
        String spec = GOOD.replace(
                "supply: {", "issuerOutput: {from: 2023-06, change: 0.515, covered: false}\n    supply: {");
        assertThat(read(spec).markets().get(0).trade().issuerOutput())
                .contains(new IssuerOutput(java.time.YearMonth.of(2023, 6), 0.515, false));
        assertThat(read(spec.replace("covered: false", "covered: true"))
                        .markets()
                        .get(0)
                        .trade()
                        .issuerOutput()
                        .orElseThrow()
                        .covered())
                .isTrue();
        assertThat(new IssuerOutput(java.time.YearMonth.of(2023, 6), 0.515).covered())
                .isTrue();
        // a word or a number for the flag names the field and the value
        assertThat(errors(spec.replace("covered: false", "covered: exempt")))
                .contains("markets[0].issuerOutput.covered")
                .contains("exempt");
        assertThat(errors(spec.replace("covered: false", "covered: 0"))).contains("markets[0].issuerOutput.covered");
    }

    @Test
    void theInstrumentIsDeclaredOrFollowsFromTheLicensingAndAnUnknownOneIsRefused() {
        assertThat(read(GOOD).disruption().instrument()).isEqualTo(Instrument.BAN);
        String licensed = GOOD.replace("  phases:", "  licensing: {lagMonths: 2}\n  phases:");
        assertThat(read(licensed).disruption().instrument()).isEqualTo(Instrument.LICENCE);
        assertThat(read(licensed.replace("  phases:", "  instrument: licence\n  phases:"))
                        .disruption()
                        .instrument())
                .isEqualTo(Instrument.LICENCE);
        String quota = GOOD.replace("  phases:", "  instrument: quota\n  quotaYearEnds: 2027-03\n  phases:");
        assertThat(read(quota).disruption().instrument()).isEqualTo(Instrument.QUOTA);
        assertThat(read(quota).disruption().quotaYearEnds()).contains(java.time.YearMonth.of(2027, 3));
        assertThat(read(quota.replace("  quotaYearEnds: 2027-03\n", ""))
                        .disruption()
                        .quotaYearEnds())
                .isEmpty();
        assertThat(errors(GOOD.replace("  phases:", "  instrument: tariff\n  phases:")))
                .contains("disruption.instrument")
                .contains("tariff")
                .contains("licence, ban, quota, output");
        assertThat(errors(GOOD.replace("  phases:", "  instrument: licence\n  phases:")))
                .contains("disruption.instrument")
                .contains("needs a licensing block");
        assertThat(errors(licensed.replace("  phases:", "  instrument: quota\n  phases:")))
                .contains("disruption.instrument")
                .contains("must not have a licensing block");
        assertThat(errors(GOOD.replace("  phases:", "  quotaYearEnds: 2027-03\n  phases:")))
                .contains("disruption.quotaYearEnds")
                .contains("declare instrument: quota");
        assertThat(errors(quota.replace("2027-03", "2026-10")))
                .contains("disruption.quotaYearEnds")
                .contains("must not be before the start 2026-11");
        assertThat(errors(quota.replace("2027-03", "March")))
                .contains("disruption.quotaYearEnds")
                .contains("YYYY-MM");
    }

    @Test
    void theReaderReportsOnItsFieldEveryInstrumentConflictTheDisruptionRefusesAndNoOther() {
        // every instrument, with and without a licensing block and a quota year: the reader accepts exactly what the
        // constructor accepts, and reports each conflict on its field with the value written
        for (Instrument instrument : Instrument.values()) {
            for (boolean licensing : new boolean[] {false, true}) {
                for (boolean quotaYear : new boolean[] {false, true}) {
                    String text = GOOD.replace(
                            "  phases:",
                            "  instrument: " + instrument.id() + "\n"
                                    + (licensing ? "  licensing: {lagMonths: 2}\n" : "")
                                    + (quotaYear ? "  quotaYearEnds: 2027-03\n" : "")
                                    + "  phases:");
                    java.util.List<Disruption.Conflict> conflicts =
                            Disruption.conflicts(instrument, licensing, quotaYear);
                    if (conflicts.isEmpty()) {
                        assertThat(read(text).disruption().instrument()).isEqualTo(instrument);
                        continue;
                    }
                    String errors = errors(text);
                    assertThat(errors).contains("test.yaml");
                    for (Disruption.Conflict conflict : conflicts) {
                        String value = conflict.equals(Disruption.Conflict.QUOTA_YEAR_WITHOUT_QUOTA)
                                ? "2027-03"
                                : instrument.id();
                        assertThat(errors)
                                .contains("disruption." + conflict.field() + " (" + value + ") " + conflict.rule());
                    }
                    assertThat(errors.split("\n", -1))
                            .filteredOn(line ->
                                    line.contains("disruption.instrument") || line.contains("disruption.quotaYearEnds"))
                            .hasSize(conflicts.size());
                }
            }
        }
        assertThat(Disruption.conflicts(Instrument.BAN, true, true))
                .containsExactly(
                        Disruption.Conflict.LICENSING_WITHOUT_LICENCE, Disruption.Conflict.QUOTA_YEAR_WITHOUT_QUOTA);
        assertThat(Disruption.conflicts(Instrument.LICENCE, false, true))
                .containsExactly(
                        Disruption.Conflict.LICENCE_WITHOUT_LICENSING, Disruption.Conflict.QUOTA_YEAR_WITHOUT_QUOTA);
        assertThat(Disruption.conflicts(Instrument.QUOTA, false, true)).isEmpty();
    }

    @Test
    void anOutputCutIsReadAndOneThatNamesItsTargetsIsReportedOnTheTargetsWithTheirValue() {
        String output = GOOD.replace("  phases:", "  instrument: output\n  phases:");
        // no targets (every destination) or ALL written out
        for (String text : java.util.List.of(output, output.replace("  phases:", "  targets: [ALL]\n  phases:"))) {
            assertThat(read(text).disruption().instrument()).isEqualTo(Instrument.OUTPUT);
        }
        assertThat(errors(output.replace("  phases:", "  targets: [US, JP]\n  phases:")))
                .contains("test.yaml")
                .contains("disruption.targets (US, JP) must be ALL for an output cut");
        // the same targets under a ban are read
        assertThat(read(GOOD.replace("  phases:", "  targets: [US, JP]\n  phases:"))
                        .disruption()
                        .targets())
                .containsExactly("US", "JP");
        assertThat(errors(output.replace("  phases:", "  quotaYearEnds: 2027-03\n  phases:")))
                .contains("disruption.quotaYearEnds (2027-03) only a quota has a quota year");
    }

    @Test
    void aBadLicensingBlockIsReportedOnItsOwnFieldsNotAsAnInstrumentConflict() {
        // declared a licence or not, a block with a bad lag is a licence's block: only the lag is reported
        for (String declared : new String[] {"", "  instrument: licence\n"}) {
            assertThat(errors(GOOD.replace("  phases:", declared + "  licensing: {lagMonths: -1}\n  phases:")))
                    .contains("disruption.licensing.lagMonths (-1)")
                    .doesNotContain("disruption.instrument")
                    .doesNotContain("licensing block");
        }
        // an unknown instrument beside a quota year, and a quota year that is no month: each problem on its field
        java.util.Map.of(
                        "  instrument: tariff\n  quotaYearEnds: 2027-03\n",
                        new String[] {
                            "disruption.instrument (tariff) must be one of licence, ban, quota, output",
                            "disruption.quotaYearEnds (2027-03) only a quota has a quota year"
                        },
                        "  quotaYearEnds: March\n",
                        new String[] {
                            "disruption.quotaYearEnds (March) must be a month written YYYY-MM",
                            "disruption.quotaYearEnds (March) only a quota has a quota year"
                        })
                .forEach((lines, problems) -> assertThat(errors(GOOD.replace("  phases:", lines + "  phases:")))
                        .contains(problems));
    }

    private static final String STOCKS =
            "    issuerStocks: {months: {uniform: [1.5, 2.5]}, from: 2027-01, maxPerMonth: 0.8}\n";

    private static String withStocks(String block) {
        return GOOD.replace("    partners:", block + "    partners:");
    }

    @Test
    void theIssuersStocksReadBackAndTheirAbsenceIsNone() {
        IssuerStocks stocks = read(withStocks(STOCKS)).markets().get(0).issuerStocks();
        assertThat(stocks.months()).isEqualTo(Distribution.uniform(1.5, 2.5));
        assertThat(stocks.from()).contains(java.time.YearMonth.of(2027, 1));
        assertThat(stocks.maxPerMonth()).isEqualTo(0.8);
        assertThat(stocks.held()).isTrue();
        assertThat(read(GOOD).markets().get(0).issuerStocks()).isEqualTo(IssuerStocks.NONE);
        assertThat(IssuerStocks.NONE.held()).isFalse();
        // from and maxPerMonth have defaults: the start month and one month of the pace a month
        IssuerStocks bare = read(withStocks("    issuerStocks: {months: 2}\n"))
                .markets()
                .get(0)
                .issuerStocks();
        assertThat(bare.from()).isEmpty();
        assertThat(bare.maxPerMonth()).isEqualTo(1);
    }

    @Test
    void aHomeDriftReadsBackAndBadOnesAreRefusedWithFileAndField() {
        assertThat(read(withStocks("    homeDrift: {change: -0.12, months: 6}\n"))
                        .markets()
                        .get(0)
                        .homeDrift())
                .contains(new PriceDrift(-0.12, 6));
        assertThat(read(GOOD).markets().get(0).homeDrift()).isEmpty();
        assertThat(errors(withStocks("    homeDrift: {change: -1, months: 6}\n")))
                .contains("scenario test.yaml")
                .contains("markets[0].homeDrift.change (-1)");
        assertThat(errors(withStocks("    homeDrift: {change: 0.1, months: 2.5}\n")))
                .contains("markets[0].homeDrift.months (2.5) must be a whole number of months");
        assertThat(errors(withStocks("    homeDrift: {change: 0.1}\n")))
                .contains("markets[0].homeDrift.months (missing) is required");
        assertThat(errors(withStocks("    homeDrift: 0.1\n"))).contains("markets[0].homeDrift (0.1) must be {change");
        assertThat(errors(withStocks("    homeDrift: {change: 0.1, months: 3, from: 2025-01}\n")))
                .contains("markets[0].homeDrift.from");
        // the outside price's trend is read alike, under its own field, and is not the home price's
        var outside = read(withStocks("    outsideDrift: {change: -0.163, months: 5}\n"))
                .markets()
                .get(0);
        assertThat(java.util.List.of(outside.outsideDrift(), outside.homeDrift()))
                .containsExactly(java.util.Optional.of(new PriceDrift(-0.163, 5)), java.util.Optional.empty());
        assertThat(read(GOOD).markets().get(0).outsideDrift()).isEmpty();
        assertThat(errors(withStocks("    outsideDrift: {change: 0.1, months: 30}\n")))
                .contains("markets[0].outsideDrift.months (30)");
    }

    @Test
    void aHomeCarryingCostReadsBackAndABadOneIsRefusedWithFileAndField() {
        assertThat(read(withStocks("    homeCarry: 0.00258\n")).markets().get(0).homeCarry())
                .hasValue(0.00258);
        assertThat(read(withStocks("    homeCarry: 0\n")).markets().get(0).homeCarry())
                .hasValue(0);
        assertThat(read(GOOD).markets().get(0).homeCarry()).isEmpty();
        assertThat(errors(withStocks("    homeCarry: 0.2\n")))
                .contains("scenario test.yaml")
                .contains("markets[0].homeCarry (0.2) must be within [0.0, 0.1]");
        assertThat(errors(withStocks("    homeCarry: -0.001\n"))).contains("markets[0].homeCarry (-0.001)");
        assertThat(errors(withStocks("    homeCarry: 3 %\n")))
                .contains("markets[0].homeCarry (\"3 %\") must be a number");
    }

    /** The stocks block with {@code from} replaced by {@code to} is refused, naming the file, the field and the value. */
    private static void stocksRefused(String from, String to, String... problems) {
        String spec = withStocks(STOCKS.replace(from, to));
        assertThat(spec).as("the replacement applies").contains(to);
        assertThat(errors(spec)).contains("scenario test.yaml").contains(problems);
    }

    @Test
    void issuerStocksWithoutMonthsAreRefusedWithFileAndField() {
        stocksRefused("months: {uniform: [1.5, 2.5]}, ", "", "markets[0].issuerStocks.months (missing) is required");
    }

    @Test
    void issuerStocksBeyondTenYearsOrBelowNothingAreRefusedWithTheirValue() {
        stocksRefused("[1.5, 2.5]", "[1.5, 150]", "markets[0].issuerStocks.months ({\"uniform\":[1.5,150]})");
        stocksRefused(
                "{uniform: [1.5, 2.5]}", "-1", "markets[0].issuerStocks.months (-1) must lie within [0.0, 120.0]");
    }

    @Test
    void aReleaseMonthThatIsNotAMonthOrPrecedesTheStartIsRefusedWithItsValue() {
        stocksRefused(
                "2027-01", "September", "markets[0].issuerStocks.from (September) must be a month written YYYY-MM");
        stocksRefused(
                "2027-01", "2026-10", "markets[0].issuerStocks.from (2026-10) must not be before the start 2026-11");
    }

    @Test
    void aReleasePaceOfNothingOrAboveTwoYearsAMonthIsRefusedWithItsValue() {
        stocksRefused("maxPerMonth: 0.8", "maxPerMonth: 0", "markets[0].issuerStocks.maxPerMonth (0) must be above 0");
        stocksRefused(
                "maxPerMonth: 0.8",
                "maxPerMonth: 30",
                "markets[0].issuerStocks.maxPerMonth (30) must be within [0.0, 24.0]");
    }

    @Test
    void issuerStocksThatAreNotAMappingOrNameAnUnknownFieldAreRefused() {
        assertThat(errors(withStocks("    issuerStocks: 2\n")))
                .contains("scenario test.yaml")
                .contains("markets[0].issuerStocks (2) must be a mapping with months, from and maxPerMonth");
        stocksRefused(
                "maxPerMonth: 0.8",
                "maxPerMonth: 0.8, taxShare: 0.3",
                "markets[0].issuerStocks.taxShare (0.3) is not a known field");
    }
}
