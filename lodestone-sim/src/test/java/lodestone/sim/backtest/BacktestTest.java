package lodestone.sim.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import lodestone.sim.Fixtures;
import lodestone.sim.engine.MonteCarloEngine;
import lodestone.sim.engine.PathOutcomes;
import lodestone.sim.engine.RunOptions;
import lodestone.sim.engine.ScenarioResult;
import lodestone.sim.engine.Series;
import lodestone.sim.scenario.Behaviour;
import lodestone.sim.scenario.ScenarioException;
import lodestone.sim.scenario.ScenarioSpec;
import org.junit.jupiter.api.Test;

/** The shipped episodes read, cite their sources and score every observation; held-out rows are scored alike. */
class BacktestTest {
    private static final String MINOR_METALS = "cn-minor-metals-2025";
    private static final String REE_MINOR = "cn-ree-minor-2025";
    private static final String COBALT = "cd-cobalt-2025";
    private static final String NICKEL = "id-nickel-ore-2020";
    private static final String ANTIMONY = "cn-antimony-2024";
    private static final String REE_QUOTA = "cn-ree-quota-2010";
    private static final String BAUXITE = "id-bauxite-2023";
    private static final String NICKEL_2014 = "id-nickel-ore-2014";
    private static final String TIN = "mm-tin-2023";
    private static final String PH_NICKEL = "ph-nickel-ore-2017";
    private static final String ID_TIN = "id-tin-2024";
    private static final String GN_BAUXITE = "gn-bauxite-2025";
    private static final String MM_REE = "mm-ree-2024";
    private static final String ZW_LITHIUM = "zw-lithium-2022";
    private static final String ID_BAUXITE_2014 = "id-bauxite-2014";
    private static final String MY_BAUXITE_2016 = "my-bauxite-2016";
    private static final String ID_TIN_2013 = "id-tin-2013";
    private static final String CN_MAGNESIUM_2021 = "cn-magnesium-2021";
    private static final String MM_REE_2021 = "mm-ree-2021";
    private static final String RU_ALUMINIUM_2018 = "ru-aluminium-2018";
    private static final String CD_TIN_2025 = "cd-tin-2025";
    private static final String AU_MANGANESE_2024 = "au-manganese-2024";
    private static final String CN_SILICON_2021 = "cn-silicon-2021";
    private static final String NC_NICKEL_2024 = "nc-nickel-2024";
    private static final String ID_COPPER_2014 = "id-copper-2014";
    private static final String PA_COPPER_2023 = "pa-copper-2023";
    private static final String MZ_GRAPHITE_2024 = "mz-graphite-2024";
    private static final String GA_MANGANESE_2023 = "ga-manganese-2023";
    private static final String PE_COPPER_2023 = "pe-copper-2023";
    private static final String ZA_PLATINUM_2014 = "za-platinum-2014";
    private static final String RU_PALLADIUM_2021 = "ru-palladium-2021";
    private static final String NE_URANIUM_2023 = "ne-uranium-2023";
    private static final String CL_COPPER_2017 = "cl-copper-2017";
    private static final String CA_NICKEL_2009 = "ca-nickel-2009";
    private static final String ID_NICKEL_RKAB_2024 = "id-nickel-rkab-2024";
    /** The episodes built ex ante, in the order {@link Episodes#IDS} lists them: their rows are separate records. */
    private static final List<String> EX_ANTE = List.of(
            MINOR_METALS,
            REE_MINOR,
            COBALT,
            NICKEL,
            ANTIMONY,
            REE_QUOTA,
            BAUXITE,
            NICKEL_2014,
            TIN,
            PH_NICKEL,
            ID_TIN,
            GN_BAUXITE,
            MM_REE,
            ZW_LITHIUM,
            ID_BAUXITE_2014,
            MY_BAUXITE_2016,
            ID_TIN_2013,
            CN_MAGNESIUM_2021,
            MM_REE_2021,
            RU_ALUMINIUM_2018,
            CD_TIN_2025,
            AU_MANGANESE_2024,
            CN_SILICON_2021,
            NC_NICKEL_2024,
            ID_COPPER_2014,
            PA_COPPER_2023,
            MZ_GRAPHITE_2024,
            GA_MANGANESE_2023,
            PE_COPPER_2023,
            ZA_PLATINUM_2014,
            RU_PALLADIUM_2021,
            NE_URANIUM_2023,
            CL_COPPER_2017,
            CA_NICKEL_2009,
            ID_NICKEL_RKAB_2024);

    /** The ex-ante episodes whose issuer has a home market of its own, whose price its direct shipments follow. */
    private static final List<String> WITH_A_HOME_MARKET = List.of(
            MINOR_METALS,
            REE_MINOR,
            NICKEL,
            ANTIMONY,
            REE_QUOTA,
            BAUXITE,
            NICKEL_2014,
            CN_MAGNESIUM_2021,
            CN_SILICON_2021,
            ID_NICKEL_RKAB_2024);

    /** The ex-ante episodes whose issuer sells its direct shipments at the outside price (no home market). */
    private static final List<String> WITHOUT_A_HOME_MARKET =
            EX_ANTE.stream().filter(id -> !WITH_A_HOME_MARKET.contains(id)).toList();

    private static List<Episode> episodes() {
        return Episodes.load(Fixtures::text, Fixtures.catalogue(), Behaviour.CALIBRATED);
    }

    @Test
    void theEpisodesLoadWithTheirRolesAndEveryObservationCitesASource() {
        List<Episode> episodes = episodes();
        assertThat(episodes).extracting(Episode::id).containsExactlyElementsOf(Episodes.IDS);
        assertThat(episodes)
                .filteredOn(e -> e.role() == Episode.Role.CALIBRATION)
                .extracting(Episode::id)
                .containsExactly("cn-ga-ge-2023", "cn-graphite-2023");
        // the ex-ante episodes' rows are separate records
        assertThat(episodes)
                .filteredOn(e -> e.observations().isEmpty())
                .extracting(Episode::id)
                .containsExactlyElementsOf(EX_ANTE);
        for (Episode episode : episodes) {
            assertThat(episode.measure()).as(episode.id()).isNotBlank();
            assertThat(episode.observations())
                    .as(episode.id())
                    .hasSizeGreaterThanOrEqualTo(EX_ANTE.contains(episode.id()) ? 0 : 10);
            for (Observation o : episode.observations()) {
                assertThat(o.source()).as(o.id()).isNotBlank();
                assertThat(o.baseline()).as(o.id()).isNotBlank();
                assertThat(o.tier()).as(o.id()).isIn("primary", "secondary", "derived", "low");
            }
            assertThat(episode.scenarios())
                    .allMatch(s ->
                            !s.assumptions().isEmpty() || episode.scenarios().size() > 1);
        }
        assertThat(episodes.stream().mapToInt(e -> e.observations().size()).sum())
                .isEqualTo(84);
    }

    @Test
    void everyObservationIsScoredAndTheRunIsReproducible() {
        List<Episode> episodes = episodes();
        try (MonteCarloEngine one = new MonteCarloEngine(1);
                MonteCarloEngine two = new MonteCarloEngine(2)) {
            Report report = Backtest.run(episodes, two, 300, 11, "test");
            assertThat(report.rows()).hasSize(84);
            assertThat(Backtest.run(episodes, one, 300, 11, "test")).isEqualTo(report);
            for (Row row : report.rows()) {
                assertThat(row.p10()).as(row.observation().id()).isLessThanOrEqualTo(row.p50());
                assertThat(row.p50()).as(row.observation().id()).isLessThanOrEqualTo(row.p90());
                assertThat(row.inside())
                        .isEqualTo(row.observation().value() >= row.p10() - 1e-9
                                && row.observation().value() <= row.p90() + 1e-9);
                assertThat(row.directionRight().isPresent())
                        .isEqualTo(row.observation().series().isPrice());
            }
            double calibration = report.coverage(Report.role(Episode.Role.CALIBRATION));
            double test = report.coverage(Report.role(Episode.Role.TEST));
            assertThat(report.coverage(row -> true)).isCloseTo((calibration * 32 + test * 52) / 84, within(1e-12));
            assertThat(report.count(Report.episode("cn-ree-2025-04"))).isEqualTo(41);
        }
    }

    @Test
    void theExAnteEpisodeLoadsItsFiveMarketsAndSimulatesTwelveMonthsButScoresOnlyRowsItIsGiven() {
        ExAnteWorld metals = ExAnteWorld.of(MINOR_METALS, "minor-metals-2025-world");
        ScenarioSpec world = metals.world();
        assertThat(world.markets())
                .extracting(m -> m.mineral().value())
                .containsExactly("tungsten", "tellurium", "bismuth", "molybdenum", "indium");
        simulatesTwelveMonths(world, YearMonth.of(2025, 2), 5);
        // with a held-out row (a placeholder value, not an outcome) on tungsten it is scored
        metals.scoresOnly("w-jan exports 2026-01");
    }

    @Test
    void theRareEarthExAnteEpisodeLoadsItsFiveMarketsAndSimulatesTwelveMonthsButScoresOnlyRowsItIsGiven() {
        ExAnteWorld minor = ExAnteWorld.of(REE_MINOR, "ree-minor-2025-world");
        ScenarioSpec world = minor.world();
        assertThat(world.horizonMonths()).isEqualTo(12);
        assertThat(world.markets())
                .extracting(m -> m.mineral().value())
                .containsExactly("samarium", "gadolinium", "lutetium", "scandium", "yttrium");
        ScenarioResult result = simulatesTwelveMonths(world, YearMonth.of(2025, 4), 5);
        for (var market : result.markets()) {
            // licences decided after one and a half to three months: exports in June 2025 are below their pace
            assertThat(ExAnteWorld.mean(market.paths().orElseThrow(), Series.EXPORTS, 2))
                    .as(market.mineral().value())
                    .isLessThan(1);
        }
        scoresOnlyTheRowsItIsGiven(minor.episode(), """
                observations:
                  - {id: y-mar, episode: cn-ree-minor-2025, scenario: ree-minor-2025-world, market: yttrium,
                     series: priceOutside, from: 2026-03, value: 1, source: placeholder}
                  - {id: sc-jun, episode: cn-ree-minor-2025, scenario: ree-minor-2025-world, market: scandium,
                     series: exports, from: 2025-06, value: 1, source: placeholder}
                """, "y-mar", "sc-jun");
    }

    @Test
    void theCobaltSuspensionIsAnExAnteEpisodeOfAnotherIssuerThatCutsTheDrcsExportsAtOnce() {
        ExAnteWorld suspension = ExAnteWorld.load(COBALT, "cobalt-2025-world", "CD", "cobalt", 0.76);
        ScenarioSpec world = suspension.world();
        // an issuer without a home market: its direct shipments are priced at the outside price; no Chinese episode,
        // no Indonesian nickel ore episode and not Indonesia's bauxite of 2023 sets it (Wa State's tin, sold at China's
        // concentrate price, does, so does the Philippines' nickel ore, sold at prices set in China, so does
        // Indonesia's refined tin, priced off the LME, so does Guinea's bauxite, sold at prices quoted CIF China, so
        // does Myanmar's rare-earth feed, sold to China's separation plants, so does Zimbabwe's lithium ore and
        // concentrate, sold on SC6 terms, so does Indonesia's bauxite of 2013, sold CIF China with no refinery at home,
        // so does Malaysia's bauxite of 2015, shipped to China's refiners with no refinery at home, and so does
        // Indonesia's refined tin of 2013, sold against the LME, and Myanmar's rare-earth feed of 2021, sold to China's
        // separation plants with none at home)
        assertThat(world.markets().get(0).trade().directAtOutsidePrice()).isEqualTo(1);
        assertThat(episodes().stream()
                        .filter(e -> !WITHOUT_A_HOME_MARKET.contains(e.id()))
                        .flatMap(e -> e.scenarios().stream())
                        .flatMap(s -> s.markets().stream())
                        .mapToDouble(m -> m.trade().directAtOutsidePrice()))
                .isNotEmpty()
                .allMatch(share -> share == 0);
        // the first simulated month is February 2025, the announcement's: month 1 is March, the start
        ScenarioResult result = simulatesTwelveMonths(world, YearMonth.of(2025, 2), 1);
        PathOutcomes paths = result.markets().get(0).paths().orElseThrow();
        for (int p = 0; p < paths.paths(); p++) {
            // a suspension without licences: nothing leaves the DRC in March and April 2025 (evaluation on 22 May)
            for (int t = 1; t <= 2; t++) {
                assertThat(paths.value(Series.EXPORTS, p, t)).isZero();
            }
        }
        suspension.scoresOnly("co-may exports 2025-05", "co-feb priceOutside 2026-02");
    }

    @Test
    void theNickelOreBanIsSimulatedFromItsAnnouncementFourMonthsBeforeItTakesEffect() {
        ExAnteWorld ban = ExAnteWorld.load(NICKEL, "nickel-ore-2019-world", "ID", "nickel", 0.35);
        ScenarioSpec world = ban.world();
        // in force from January 2020; the four months from the announcement's (September 2019) are a lead
        assertThat(world.start()).isEqualTo(YearMonth.of(2020, 1));
        assertThat(world.leadWholeMonths()).isEqualTo(4);
        PathOutcomes paths = oneMarketInRange(world, 200, YearMonth.of(2019, 9), 6);
        for (int p = 0; p < paths.paths(); p++) {
            // a ban without licences or leakage: no ore leaves Indonesia in January and February 2020
            for (int t = 4; t < 6; t++) {
                assertThat(paths.value(Series.EXPORTS, p, t)).isZero();
            }
        }
        // announced and not in force: buyers order ahead of the deadline, so September-December ship above the pace
        assertThat(ExAnteWorld.mean(paths, Series.EXPORTS, 0, 4)).isGreaterThan(1);
        ban.scoresOnly("ni-oct exports 2019-10", "ni-feb priceOutside 2020-02");
    }

    @Test
    void theAntimonyLicensingIsSimulatedFromItsAnnouncementAMonthBeforeItTakesEffect() {
        ExAnteWorld antimony = ExAnteWorld.of(ANTIMONY, "antimony-2024-world");
        ScenarioSpec world = antimony.world();
        assertThat(world.perspective()).isEqualTo("OUTSIDE");
        assertThat(world.disruption().issuer()).isEqualTo("CN");
        assertThat(world.disruption().targetsEveryone()).isTrue();
        // announced 15 August, in force 15 September 2024: the first half of September trades freely and August is
        // the lead, so the simulated months are August to November 2024 (before the ban on the US of 3 December)
        assertThat(world.disruption().announced()).contains(java.time.LocalDate.of(2024, 8, 15));
        assertThat(world.disruption().effective()).contains(java.time.LocalDate.of(2024, 9, 15));
        antimony.simulates(YearMonth.of(2024, 9), YearMonth.of(2024, 8), 1, 3);
        // licensing carried over from the 2023 gallium and germanium measure, as documented in
        // docs/research/episodes/cn-antimony-2024.md
        var licensing = world.disruption().licensing().orElseThrow();
        assertThat(licensing.lagMonths().min()).isEqualTo(1.5);
        assertThat(licensing.lagMonths().max()).isEqualTo(3);
        assertThat(licensing.lagSpread()).isEqualTo(1.6);
        assertThat(world.disruption().phases()).hasSize(2);
        assertThat(world.disruption().phases().get(0).months().median()).isEqualTo(8);
        assertThat(world.disruption().phases().get(0).severity().min()).isEqualTo(0.4);
        assertThat(world.disruption().phases().get(0).severity().max()).isEqualTo(0.8);
        // the market's shares and stocks as the section's table gives them
        assertThat(world.markets()).extracting(m -> m.mineral().value()).containsExactly("antimony");
        var market = world.markets().get(0);
        assertThat(market.shareOf("CN")).isEqualTo(0.5);
        assertThat(market.trade().coveredShare()).isEqualTo(1);
        assertThat(market.trade().issuerExportShare()).isEqualTo(0.3);
        assertThat(market.trade().importedFeedShare()).isEqualTo(0.3);
        assertThat(market.trade().licencesPerMonth()).isEqualTo(50);
        assertThat(market.stocksMonths().median()).isCloseTo(2.7, within(1e-9));
        assertThat(market.stocksMonths().quantile(0.9)).isCloseTo(4.9, within(1e-6));
        PathOutcomes paths = oneMarketInRange(world, 400, YearMonth.of(2024, 8), 4);
        // buyers order ahead in the lead; in October the first decisions are still one and a half to three months off
        assertThat(ExAnteWorld.mean(paths, Series.EXPORTS, 0)).isGreaterThan(1);
        assertThat(ExAnteWorld.mean(paths, Series.EXPORTS, 2)).isLessThan(0.5);
        antimony.scoresOnly("sb-aug exports 2024-08", "sb-nov priceOutside 2024-11");
    }

    @Test
    void theRareEarthQuotaIsATonnageCapFromJulyToDecember2010() {
        // a quota allocated to named exporters: no licensing lag, the cut binds at once
        ExAnteWorld quota = ExAnteWorld.load(REE_QUOTA, "ree-quota-2010-world", "CN", "rare-earths", 0.92);
        ScenarioSpec world = quota.world();
        assertThat(world.disruption().targetsEveryone()).isTrue();
        // it declares what it is: a tonnage quota whose year is the calendar year (the second batch is the allowance
        // for July-December 2010)
        assertThat(world.disruption().instrument()).isEqualTo(lodestone.sim.scenario.Instrument.QUOTA);
        assertThat(world.disruption().quotaYearEnds()).contains(YearMonth.of(2010, 12));
        // the second batch is the allowance for July-December: in force from 1 July, reported on 8 July, so no lead;
        // the window ends before the first batch of the 2011 quotas
        assertThat(world.disruption().announced()).contains(java.time.LocalDate.of(2010, 7, 8));
        assertThat(world.disruption().effective()).isEmpty();
        quota.simulates(YearMonth.of(2010, 7), YearMonth.of(2010, 7), 0, 6);
        // the severity as docs/research/episodes/cn-ree-quota-2010.md derives it from the quota: the second batch
        // against the first (in quota tonnes), against six months at the January-May 2010 customs pace, and with a
        // seventh of the first batch carried into the second half
        // the first batch: 16,304 t to Chinese and 5,978 t to foreign-invested companies; the second, 7,976 t
        double firstBatch = 16_304 + 5_978;
        double secondBatch = 7_976;
        assertThat(firstBatch).isEqualTo(22_282);
        double againstFirstBatch = 1 - secondBatch / firstBatch;
        double againstCustomsPace = 1 - secondBatch / (23_742 / 5.0 * 6);
        double withCarryOver = 1 - (secondBatch + 3_165) / firstBatch;
        assertThat(againstFirstBatch).isCloseTo(0.642, within(0.001));
        assertThat(againstCustomsPace).isCloseTo(0.720, within(0.001));
        assertThat(withCarryOver).isCloseTo(0.500, within(0.001));
        assertThat(world.disruption().phases()).hasSize(1);
        var phase = world.disruption().phases().get(0);
        assertThat(phase.months().median()).isEqualTo(18);
        assertThat(phase.severity().min()).isCloseTo(withCarryOver, within(0.001));
        assertThat(phase.severity().max()).isCloseTo(againstCustomsPace, within(0.001));
        assertThat(againstFirstBatch)
                .isBetween(phase.severity().min(), phase.severity().max());
        // the market's shares and stocks as the section's table gives them
        var market = world.markets().get(0);
        assertThat(market.trade().coveredShare()).isEqualTo(1);
        assertThat(market.trade().issuerExportShare()).isEqualTo(0.4);
        assertThat(market.trade().importedFeedShare()).isZero();
        assertThat(market.stocksMonths().median()).isCloseTo(2.2, within(1e-9));
        assertThat(market.stocksMonths().quantile(0.9)).isCloseTo(4, within(1e-6));
        PathOutcomes paths = quota.paths(400);
        for (int p = 0; p < paths.paths(); p++) {
            double shipped = 0;
            for (int t = 0; t < 6; t++) {
                // a cap in tonnes: by the end of each month no path has shipped more than the allowance released, at
                // most 1 - 0.50 of the earlier pace a month
                shipped += paths.value(Series.EXPORTS, p, t);
                assertThat(shipped).isLessThanOrEqualTo(0.5 * (t + 1) + 1e-5);
            }
        }
        // no month ships its earlier pace, and the outside price is up by December on most paths
        for (int t = 0; t < 6; t++) {
            assertThat(ExAnteWorld.mean(paths, Series.EXPORTS, t))
                    .as("month " + t)
                    .isLessThan(1);
        }
        assertThat(ExAnteWorld.higherOutside(paths, 5) / (double) paths.paths()).isGreaterThan(0.5);
        quota.scoresOnly("ree-jul exports 2010-07", "ree-dec priceOutside 2010-12");
    }

    @Test
    void theBauxiteBanIsSimulatedFromItsAnnouncementSixMonthsBeforeItTakesEffectOnTheTenthOfJune() {
        // a ban without licences; Indonesia's share of outside buyers' seaborne bauxite as
        // docs/research/episodes/id-bauxite-2023.md derives it
        ExAnteWorld ban = ExAnteWorld.load(BAUXITE, "bauxite-2023-world", "ID", "bauxite", 0.15);
        ScenarioSpec world = ban.world();
        // announced 21 December 2022; the law's three years end on 10 June 2023, so the first nine days of June trade
        // freely and December 2022 to May 2023 are the lead: thirteen months simulated, December 2022 to December 2023
        java.time.LocalDate announced = java.time.LocalDate.of(2022, 12, 21);
        java.time.LocalDate effective = java.time.LocalDate.of(2023, 6, 10);
        assertThat(ChronoUnit.DAYS.between(announced, effective)).isEqualTo(171);
        assertThat(world.leadMonths()).isCloseTo(5.6, within(0.05));
        ban.simulates(YearMonth.of(2023, 6), YearMonth.of(2022, 12), 6, 7);
        // the ban names no destination; every export refused at once, for three years (the 2014-17 ban's length)
        isOneBanOnEveryoneAtOnce(world, announced, effective, 36);
        // the shares: Indonesia's 17.8-19.9 Mt against the world's ~126 Mt of imports (China's 107 Mt, 85 % of them),
        // and China's buyers alone in January-November 2022 (15.6 %); the export share 19.9 and 17.8 of 25.8 Mt mined
        double worldImports = 107 / 0.85;
        var market = ban.market();
        assertThat(market.shareOf("ID"))
                .isBetween(17.98 * 0.85 / (17.98 / 0.156) - 0.001, 0.166)
                .isBetween(17.8 / worldImports, 19.9 / worldImports);
        assertThat(market.trade().issuerExportShare()).isBetween(17.8 / 25.8, 19.9 / 25.8);
        assertThat(market.trade().coveredShare()).isEqualTo(1);
        assertThat(market.trade().importedFeedShare()).isZero();
        // stocks: 26.6 Mt of imported bauxite against 8.4 Mt a month of imports, spread as gallium's
        assertThat(market.stocksMonths().median()).isCloseTo(26.6 / (101.6 / 1.009 / 12), within(0.05));
        assertThat(market.stocksMonths().quantile(0.9)).isCloseTo(3.2 * 4 / 2.2, within(0.02));
        PathOutcomes paths = ban.paths(400);
        for (int p = 0; p < paths.paths(); p++) {
            // a ban without licences or leakage: nothing leaves Indonesia from July 2023
            for (int t = 7; t < 13; t++) {
                assertThat(paths.value(Series.EXPORTS, p, t)).isZero();
            }
        }
        // announced and not in force: buyers order ahead, so December to May ship above the pace; June ships only
        // before the 10th, less than a whole month at the pace
        assertThat(ExAnteWorld.mean(paths, Series.EXPORTS, 0, 6)).isGreaterThan(1);
        assertThat(ExAnteWorld.mean(paths, Series.EXPORTS, 6)).isGreaterThan(0).isLessThan(1);
        assertThat(ExAnteWorld.higherOutside(paths, 12) / (double) paths.paths())
                .isGreaterThan(0.5);
        ban.scoresOnly("bx-mar exports 2023-03", "bx-dec priceOutside 2023-12");
    }

    /**
     * Runs a one-market scenario with kept paths and checks that it starts in the month given and that every month's
     * exports are finite and not negative and its prices finite and positive.
     */
    static PathOutcomes oneMarketInRange(ScenarioSpec world, int runs, YearMonth first, int months) {
        ScenarioResult result =
                MonteCarloEngine.run(world, RunOptions.of(runs, 7).keepingPaths());
        assertThat(result.firstMonth()).isEqualTo(first);
        assertThat(result.markets()).hasSize(1);
        PathOutcomes paths = result.markets().get(0).paths().orElseThrow();
        assertThat(paths.paths()).isEqualTo(runs);
        for (int p = 0; p < runs; p++) {
            for (int t = 0; t < months; t++) {
                assertThat(paths.value(Series.EXPORTS, p, t)).isFinite().isNotNegative();
                assertThat(paths.value(Series.PRICE_OUTSIDE, p, t)).isFinite().isPositive();
                assertThat(paths.value(Series.PRICE_INSIDE, p, t)).isFinite().isPositive();
            }
        }
        return paths;
    }

    /**
     * @param where the episode, scenario and market of every row, as the rows' YAML writes them
     * @param rows each row's id, series and month, separated by spaces
     * @return held-out rows of value 1 for those months, in order
     */
    static String placeholders(String where, String... rows) {
        StringBuilder yaml = new StringBuilder("observations:\n");
        for (String row : rows) {
            String[] field = row.split(" ", -1);
            yaml.append("  - {id: ").append(field[0]).append(", episode: ").append(where);
            yaml.append(", series: ").append(field[1]).append(", from: ").append(field[2]);
            yaml.append(", value: 1, source: placeholder}\n");
        }
        return yaml.toString();
    }

    /**
     * A ban announced and taking effect on the days given, naming no destination, with one phase refusing every export
     * from its first day for the months given.
     */
    static void isOneBanOnEveryoneAtOnce(
            ScenarioSpec world, java.time.LocalDate announced, java.time.LocalDate effective, int months) {
        assertThat(world.disruption().announced()).contains(announced);
        assertThat(world.disruption().effective()).contains(effective);
        assertThat(world.disruption().targetsEveryone()).isTrue();
        assertThat(world.disruption().phases()).hasSize(1);
        var phase = world.disruption().phases().get(0);
        assertThat(phase.months().median()).isEqualTo(months);
        assertThat(phase.severity().min()).isEqualTo(1);
        assertThat(phase.severity().max()).isEqualTo(1);
    }

    /** Every buyer outside the issuer, one market of the mineral with the issuer's share, no licences. */
    static void isOneWorldMarketWithoutLicences(ScenarioSpec world, String issuer, String mineral, double issuerShare) {
        assertThat(world.perspective()).isEqualTo("OUTSIDE");
        assertThat(world.disruption().issuer()).isEqualTo(issuer);
        assertThat(world.disruption().licensing()).isEmpty();
        assertThat(world.markets()).extracting(m -> m.mineral().value()).containsExactly(mineral);
        assertThat(world.markets().get(0).shareOf(issuer)).isEqualTo(issuerShare);
    }

    /** An episode built ex ante: a test episode with one scenario, its assumptions and no rows of its own. */
    static Episode exAnteEpisode(String id, String scenario) {
        Episode episode =
                episodes().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
        assertThat(episode.role()).isEqualTo(Episode.Role.TEST);
        assertThat(episode.observations()).isEmpty();
        assertThat(episode.scenarios()).extracting(ScenarioSpec::id).containsExactly(scenario);
        assertThat(episode.scenario(scenario).orElseThrow().assumptions()).hasSizeGreaterThanOrEqualTo(10);
        return episode;
    }

    /** Runs the markets for 200 paths and checks every month's exports and prices are finite and in range. */
    private static ScenarioResult simulatesTwelveMonths(ScenarioSpec world, YearMonth first, int markets) {
        ScenarioResult result =
                MonteCarloEngine.run(world, RunOptions.of(200, 7).keepingPaths());
        assertThat(result.firstMonth()).isEqualTo(first);
        assertThat(result.markets()).hasSize(markets);
        for (var market : result.markets()) {
            PathOutcomes paths = market.paths().orElseThrow();
            assertThat(paths.paths()).isEqualTo(200);
            for (int p = 0; p < paths.paths(); p++) {
                for (int t = 0; t < 12; t++) {
                    assertThat(paths.value(Series.EXPORTS, p, t)).isFinite().isNotNegative();
                    assertThat(paths.value(Series.PRICE_OUTSIDE, p, t))
                            .isFinite()
                            .isPositive();
                    assertThat(paths.value(Series.PRICE_INSIDE, p, t))
                            .isFinite()
                            .isPositive();
                }
            }
        }
        return result;
    }

    /** Without rows the back-test scores nothing; with held-out rows it scores exactly those, in order. */
    static void scoresOnlyTheRowsItIsGiven(Episode episode, String heldOut, String... ids) {
        try (MonteCarloEngine engine = new MonteCarloEngine(2)) {
            assertThat(Backtest.run(List.of(episode), engine, 200, 7, "none").rows())
                    .isEmpty();
            Map<String, List<Observation>> held = EpisodeReader.readExtra(heldOut, "held-out.yaml", List.of(episode));
            Report report = Backtest.run(
                    List.of(episode.withMoreObservations(held.get(episode.id()))), engine, 200, 7, "held out");
            assertThat(report.rows()).extracting(r -> r.observation().id()).containsExactly(ids);
            for (Row row : report.rows()) {
                assertThat(row.p10()).isLessThanOrEqualTo(row.p50());
                assertThat(row.p50()).isLessThanOrEqualTo(row.p90());
            }
        }
    }

    @Test
    void directionsAreTheSignOfTheMoveAndQuantilesAreNearestRank() {
        assertThat(Backtest.direction(1.03)).isEqualTo(1);
        assertThat(Backtest.direction(0.97)).isEqualTo(-1);
        assertThat(Backtest.direction(1.001)).isEqualTo(1);
        assertThat(Backtest.direction(1)).isZero();
        double[] sorted = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        assertThat(Backtest.quantile(sorted, 0.1)).isEqualTo(1);
        assertThat(Backtest.quantile(sorted, 0.5)).isEqualTo(5);
        assertThat(Backtest.quantile(sorted, 0.9)).isEqualTo(9);
        assertThat(Backtest.quantile(new double[0], 0.5)).isNaN();
    }

    @Test
    void theIntervalScoreIsTheWidthPlusTenTimesTheMiss() {
        Observation o = exportsObservation("x", 2);
        Row inside =
                new Row("e", Episode.Role.TEST, o, 1, 1.5, 3, true, Optional.empty(), OptionalDouble.empty(), 1000);
        assertThat(inside.intervalScore()).isCloseTo(Math.log(3.05) - Math.log(1.05), within(1e-12));
        Row below =
                new Row("e", Episode.Role.TEST, o, 0.5, 0.6, 1, false, Optional.empty(), OptionalDouble.empty(), 1000);
        assertThat(below.intervalScore())
                .isCloseTo(Math.log(1.05) - Math.log(0.55) + 10 * (Math.log(2.05) - Math.log(1.05)), within(1e-12));
    }

    @Test
    void heldOutRowsAreReadAndCheckedAgainstTheirEpisode() {
        List<Episode> episodes = episodes();
        Map<String, List<Observation>> extra = EpisodeReader.readExtra("""
                observations:
                  - {id: h1, episode: cn-ree-2025-04, scenario: ree-2025-world, market: dysprosium,
                     series: priceOutside, from: 2025-06, value: 3.1, source: held-out}
                  - {id: h2, episode: cn-graphite-2023, market: "graphite#2", series: exports, from: 2024-03,
                     value: 0.9, source: held-out}
                """, "held-out.yaml", episodes);
        assertThat(extra.get("cn-ree-2025-04")).extracting(Observation::id).containsExactly("h1");
        assertThat(extra.get("cn-graphite-2023").get(0).market()).isEqualTo("graphite#2");
        Episode ree = episodes.get(3).withMoreObservations(extra.get("cn-ree-2025-04"));
        try (MonteCarloEngine engine = new MonteCarloEngine(2)) {
            Report report = Backtest.run(List.of(ree), engine, 200, 1, "held out");
            assertThat(report.rows()).hasSize(42);
            assertThat(report.rows().get(41).observation().id()).isEqualTo("h1");
        }
    }

    @Test
    void theWorldPriceWeighsTheIssuersOwnUseAtItsHomePrice() {
        Episode ree = episodes().get(3);
        ScenarioSpec world = ree.scenario("ree-2025-world").orElseThrow();
        Observation realised = ree.observations().stream()
                .filter(o -> o.id().equals("dy-realised-2025"))
                .findFirst()
                .orElseThrow();
        assertThat(realised.aggregate()).isEqualTo(Aggregate.WORLD_VOLUME_WEIGHTED);
        ScenarioResult result = MonteCarloEngine.run(world, RunOptions.of(50, 5).keepingPaths());
        PathOutcomes paths = result.markets().get(0).paths().orElseThrow();
        // China exports a quarter of its Dy (issuerExportShare 0.25) and supplies 95 % of the outside market: it uses
        // 0.95 x 3 months of outside demand a month at home
        assertThat(paths.issuerHomeUse()).isCloseTo(0.95 * 3, within(1e-12));
        int from = (int) ChronoUnit.MONTHS.between(result.firstMonth(), realised.from());
        int to = (int) ChronoUnit.MONTHS.between(result.firstMonth(), realised.to());
        for (int p = 0; p < 50; p++) {
            double sum = 0;
            double weights = 0;
            for (int t = from; t <= to; t++) {
                double receipts = paths.value(Series.RECEIPTS, p, t);
                sum += receipts * paths.value(Series.PRICE_REALISED, p, t)
                        + 2.85 * paths.value(Series.PRICE_INSIDE, p, t);
                weights += receipts + 2.85;
            }
            assertThat(Backtest.reduce(paths, p, realised, result.firstMonth(), realised.from(), realised.to()))
                    .as("path " + p)
                    .isCloseTo(sum / weights, within(1e-9));
        }
        assertThatThrownBy(() -> EpisodeReader.readExtra("""
                        observations:
                          - {id: h1, episode: cn-ree-2025-04, scenario: ree-2025-us, market: rare-earths,
                             series: priceRealised, aggregate: worldVolumeWeighted, from: 2025-05, value: 1,
                             source: s}
                        """, "bad.yaml", episodes()))
                .isInstanceOf(ScenarioException.class)
                .hasMessageContaining("observations[h1].aggregate (worldVolumeWeighted) needs a scenario whose"
                        + " perspective is OUTSIDE (scenario ree-2025-us has US)");
    }

    @Test
    void badHeldOutRowsNameTheFieldAndTheValue() {
        assertThatThrownBy(() -> EpisodeReader.readExtra("""
                        observations:
                          - {id: h1, episode: cn-nothing, market: gallium, series: exports, from: 2023-08, value: 1,
                             source: s}
                          - {id: h2, episode: cn-ga-ge-2023, market: unobtainium, series: volume, from: 2031-01,
                             value: 1, source: s}
                        """, "bad.yaml", episodes()))
                .isInstanceOf(ScenarioException.class)
                .hasMessageContaining("observations[h1].episode (cn-nothing) must be one of")
                .hasMessageContaining("observations[h2].market (unobtainium) must be a market of scenario")
                .hasMessageContaining("observations[h2].series (volume) must be one of")
                .hasMessageContaining(
                        "must lie within the months scenario ga-ge-2023-world simulates, 2023-07..2024-08");
    }

    /** @return gallium exports in January 2024 of scenario "s", observed at {@code value} */
    static Observation exportsObservation(String id, double value) {
        return observation(id, Series.EXPORTS, value);
    }

    /** @return a series of gallium in January 2024 of scenario "s", observed at {@code value} */
    static Observation observation(String id, Series series, double value) {
        return new Observation(
                id,
                "s",
                "gallium",
                series,
                YearMonth.of(2024, 1),
                YearMonth.of(2024, 1),
                Aggregate.MEAN,
                Optional.empty(),
                Optional.empty(),
                value,
                "b",
                "src",
                "primary",
                "",
                Transit.AT_ISSUER,
                Stage.MARKET);
    }
}
