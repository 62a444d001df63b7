package lodestone.sim.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import lodestone.sim.Fixtures;
import lodestone.sim.engine.MonteCarloEngine;
import lodestone.sim.engine.Series;
import lodestone.sim.scenario.Behaviour;
import lodestone.sim.scenario.ScenarioException;
import org.junit.jupiter.api.Test;

/**
 * Reading episodes and held-out rows: what a valid file gives, field by field with its defaults, and that a bad file
 * is refused whole, with every problem named by the file, the field's path and the value.
 */
class EpisodeReaderTest {
    private static Episode read(String yaml) {
        return EpisodeReader.read(yaml, "hand.yaml", Fixtures.catalogue(), Behaviour.PRIOR);
    }

    private static List<String> problems(String yaml) {
        ScenarioException e = catchThrowableOfType(ScenarioException.class, () -> read(yaml));
        assertThat(e).as("the file is refused").isNotNull();
        assertThat(e.getMessage())
                .startsWith("scenario hand.yaml has " + e.problems().size() + " problem");
        return e.problems();
    }

    private static List<String> observationProblems(String observations) {
        return problems(HandEpisodes.yaml("hand", "test", observations));
    }

    /** @return the hand episode's text with each pair of (text, replacement) applied */
    private static String edited(String... pairs) {
        String yaml = HandEpisodes.yaml("hand", "test", HandEpisodes.OBSERVATIONS);
        for (int i = 0; i < pairs.length; i += 2) {
            assertThat(yaml).contains(pairs[i]);
            yaml = yaml.replace(pairs[i], pairs[i + 1]);
        }
        return yaml;
    }

    @Test
    void aValidEpisodeGivesEveryFieldWithItsDefaults() {
        Episode episode = HandEpisodes.episode("hand", Behaviour.PRIOR);
        assertThat(episode.id()).isEqualTo("hand");
        assertThat(episode.title()).isEqualTo("A hand-made episode");
        assertThat(episode.role()).isEqualTo(Episode.Role.TEST);
        assertThat(episode.measure()).isEqualTo("a hand-made measure");
        assertThat(episode.description()).startsWith("Two gallium markets");
        assertThat(episode.sources()).containsExactly("hand-made");
        assertThat(episode.scenarios()).extracting(s -> s.id()).containsExactly("world");
        assertThat(episode.scenarios().get(0).markets()).hasSize(2);
        assertThat(episode.observations())
                .extracting(Observation::id)
                .containsExactly(
                        "exports-jan",
                        "receipts-q1",
                        "realised-q1",
                        "world-q1",
                        "stop",
                        "outside-ratio",
                        "exports-ratio");
        Observation jan = episode.observations().get(0);
        // one scenario: it need not be named; to defaults to from; the aggregate to the mean; words to ""
        assertThat(jan.scenario()).isEqualTo("world");
        assertThat(jan.market()).isEqualTo("gallium");
        assertThat(jan.series()).isEqualTo(Series.EXPORTS);
        assertThat(jan.from()).isEqualTo(YearMonth.of(2024, 1));
        assertThat(jan.to()).isEqualTo(YearMonth.of(2024, 1));
        assertThat(jan.aggregate()).isEqualTo(Aggregate.MEAN);
        assertThat(jan.relativeFrom()).isEmpty();
        assertThat(jan.relativeTo()).isEmpty();
        assertThat(jan.value()).isEqualTo(0.5);
        assertThat(jan.source()).isEqualTo("hand");
        assertThat(jan.baseline()).isEmpty();
        assertThat(jan.tier()).isEmpty();
        assertThat(jan.note()).isEmpty();
        Observation receipts = episode.observations().get(1);
        assertThat(receipts.market()).isEqualTo("gallium#2");
        assertThat(receipts.to()).isEqualTo(YearMonth.of(2024, 3));
        assertThat(receipts.baseline()).isEqualTo("before");
        assertThat(receipts.tier()).isEqualTo("derived");
        assertThat(receipts.note()).isEqualTo("a note");
        assertThat(episode.observations().get(2).aggregate()).isEqualTo(Aggregate.VOLUME_WEIGHTED);
        assertThat(episode.observations().get(3).aggregate()).isEqualTo(Aggregate.WORLD_VOLUME_WEIGHTED);
        assertThat(episode.observations().get(4).aggregate()).isEqualTo(Aggregate.FIRST_STOP);
        Observation ratio = episode.observations().get(5);
        assertThat(ratio.relativeFrom()).contains(YearMonth.of(2023, 11));
        assertThat(ratio.relativeTo()).contains(YearMonth.of(2023, 12));
        // relativeTo defaults to relativeFrom
        Observation exports = episode.observations().get(6);
        assertThat(exports.relativeFrom()).contains(YearMonth.of(2023, 11));
        assertThat(exports.relativeTo()).contains(YearMonth.of(2023, 11));
        // the markets take the behaviour given to the reader
        assertThat(read(HandEpisodes.yaml("c", "calibration", HandEpisodes.OBSERVATIONS))
                        .role())
                .isEqualTo(Episode.Role.CALIBRATION);
    }

    @Test
    void theOptionalWordsMayBeLeftOut() {
        Episode episode = read(edited(
                "measure: a hand-made measure\n", "",
                "description: Two gallium markets outside China, one mostly supplied by it.\n", "",
                "sources:\n  - \"hand-made\"\n", ""));
        assertThat(episode.measure()).isEmpty();
        assertThat(episode.description()).isEmpty();
        assertThat(episode.sources()).isEmpty();
    }

    @Test
    void theEpisodesOwnFieldsAreChecked() {
        String yaml = edited(
                "id: hand\n", "", "title: A hand-made episode\n", "titel: typo\n", "role: test", "role: held-out");
        assertThat(problems(yaml))
                .containsExactly(
                        "titel (\"typo\") is not a known field; allowed: anticipatedMoves, description, downstreamProducts, id,"
                                + " measure, neighbouringProducts, observations, referencePrices, role, scenarios, sources,"
                                + " title.",
                        "id (missing) is required.",
                        "title (missing) is required.",
                        "role (held-out) must be calibration or test.");
        assertThat(problems("- a list")).containsExactly("the file must be a mapping of fields.");
    }

    @Test
    void onlyATestEpisodeMayLeaveItsRowsToASeparateRecord() {
        String test = HandEpisodes.yaml("hand", "test", HandEpisodes.OBSERVATIONS);
        String withoutRows =
                test.substring(0, test.indexOf("observations:")) + test.substring(test.indexOf("sources:"));
        Episode exAnte = read(withoutRows);
        assertThat(exAnte.role()).isEqualTo(Episode.Role.TEST);
        assertThat(exAnte.observations()).isEmpty();
        assertThat(exAnte.scenarios().get(0).markets()).hasSize(2);
        // its rows then come from a held-out record, checked against it like any other
        Map<String, List<Observation>> rows = EpisodeReader.readExtra("""
                observations:
                  - {id: h1, episode: hand, market: "gallium#2", series: exports, from: 2024-02, value: 0.4,
                     source: held-out}
                """, "held-out.yaml", List.of(exAnte));
        assertThat(exAnte.withMoreObservations(rows.get("hand")).observations())
                .extracting(Observation::id)
                .containsExactly("h1");
        // a calibration episode without rows is refused, and an empty list is refused for either role
        assertThat(problems(withoutRows.replace("role: test", "role: calibration")))
                .containsExactly("observations (missing) must be a non-empty list of observations.");
        assertThat(problems(withoutRows.replace("sources:", "observations: []\nsources:")))
                .containsExactly("observations ([]) must be a non-empty list of observations.");
    }

    @Test
    void scenariosAndObservationsMustBeNonEmptyListsAndScenarioIdsUnique() {
        String base = HandEpisodes.yaml("hand", "test", HandEpisodes.OBSERVATIONS);
        String noLists = base.substring(0, base.indexOf("scenarios:")) + "scenarios: []\nobservations: none\n";
        assertThat(problems(noLists))
                .containsExactly(
                        "scenarios ([]) must be a non-empty list of scenario specs.",
                        "observations (\"none\") must be a non-empty list of observations.");
        String twice = base.replace("scenarios:\n", "scenarios:\n  - " + worldScenario() + "\n");
        List<String> problems = problems(twice);
        assertThat(problems).contains("scenarios[1].id (world) must be unique within the episode.");
        // with two scenarios every observation must name its own
        assertThat(problems)
                .contains("observations[exports-jan].scenario (missing) is required.")
                .doesNotContain("observations[outside-ratio].scenario (missing) is required.");
        String broken = base.replace("horizonMonths: 6", "horizonMonths: 0");
        assertThat(problems(broken)).anyMatch(p -> p.startsWith("scenarios[0]: horizonMonths (0) must be within"));
    }

    /** @return the hand scenario again, on one line */
    private static String worldScenario() {
        return "{id: world, start: 2024-01, horizonMonths: 6, perspective: OUTSIDE, disruption: {issuer: CN, targets:"
                + " [ALL], phases: [{months: 6, severity: 0.5}]}, markets: [{mineral: gallium, supply: {CN: 1}}]}";
    }

    @Test
    void eachBadObservationFieldIsNamedWithItsValue() {
        List<String> problems = observationProblems("""
                - {id: a, market: gallium, series: exports, from: 2024-01, value: 1, source: s, colour: red}
                - {id: b, scenario: elsewhere, market: gallium, series: exports, from: 2024-01, value: 1, source: s}
                - {id: c, market: "gallium#3", series: exports, from: 2024-01, value: 1, source: s}
                - {id: d, market: "gallium#x", series: volume, from: 2024-01, value: 1, source: s}
                - {id: e, market: gallium, series: exports, aggregate: median, from: 2024-01, value: 1, source: s}
                - {id: f, market: gallium, series: exports, from: 2024-13, value: 1, source: s}
                - {id: g, market: gallium, series: exports, from: 2024-01, value: -1, source: s}
                - {id: h, market: gallium, series: exports, from: 2024-01, value: 1}
                - {market: gallium, series: exports, from: 2024-01, value: 1, source: s}
                - {id: a, market: gallium, series: exports, from: 2024-01, value: 1, source: s}
                """);
        assertThat(problems)
                .containsExactly(
                        "observations[0].colour (\"red\") is not a known field; allowed: aggregate, baseline, episode,"
                                + " from, id, market, note, recordedAt, relativeFrom, relativeTo, scenario, series,"
                                + " source, stage, tier, to, transitBasis, transitMonths, value.",
                        "observations[b].scenario (elsewhere) must be the id of one of the episode's scenarios"
                                + " [world].",
                        "observations[c].market (gallium#3) must be a market of scenario world (a mineral id, or"
                                + " mineral#n for the n-th).",
                        "observations[d].market (gallium#x) must be a market of scenario world (a mineral id, or"
                                + " mineral#n for the n-th).",
                        "observations[d].series (volume) must be one of [shortfall, exports, exportsToPerspective,"
                                + " receipts, priceInside, priceOutside, priceRealised].",
                        "observations[e].aggregate (median) must be one of mean, volumeWeighted, worldVolumeWeighted,"
                                + " firstStop.",
                        "observations[f].from (2024-13) must be a month written YYYY-MM.",
                        "observations[g].value (-1) must be within [0.0, 1000000.0].",
                        "observations[h].source (missing) is required.",
                        "observations[8].id (missing) is required.",
                        "observations[9].id (a) must be unique.");
    }

    @Test
    void windowsMustLieWithinTheSimulatedMonthsAndRunForwards() {
        List<String> problems = observationProblems("""
                - {id: a, market: gallium, series: exports, from: 2023-10, value: 1, source: s}
                - {id: b, market: gallium, series: exports, from: 2024-06, to: 2024-07, value: 1, source: s}
                - {id: c, market: gallium, series: exports, from: 2024-01, relativeFrom: 2023-10, value: 1, source: s}
                - {id: d, market: gallium, series: exports, from: 2024-03, to: 2024-02, value: 1, source: s}
                - {id: e, market: gallium, series: exports, from: 2024-01, relativeFrom: 2023-12, relativeTo: 2023-11,
                   value: 1, source: s}
                - {id: f, market: gallium, series: exports, from: 2023-11, to: 2024-06, relativeFrom: 2024-06,
                   value: 1, source: s}
                """);
        String within = " must lie within the months scenario world simulates, 2023-11..2024-06\n"
                + "    Maybe lengthen its horizonMonths.";
        assertThat(problems)
                .containsExactly(
                        "observations[a] (2023-10..2023-10)" + within,
                        "observations[b] (2024-06..2024-07)" + within,
                        "observations[c].relative (2023-10..2023-10)" + within,
                        "observations[d] (2024-03..2024-02) window must not end before it starts.",
                        "observations[e] (2024-01..2024-01) window must not end before it starts.");
    }

    @Test
    void theWorldPriceNeedsTheOutsidePerspective() {
        String us = HandEpisodes.yaml("hand", "test", """
                        - {id: a, market: gallium, series: priceRealised, aggregate: worldVolumeWeighted, from: 2024-01,
                           value: 1, source: s}
                        - {id: b, market: gallium, series: priceRealised, aggregate: volumeWeighted, from: 2024-01,
                           value: 1, source: s}
                        """).replace("perspective: OUTSIDE", "perspective: US");
        assertThat(problems(us))
                .containsExactly("observations[a].aggregate (worldVolumeWeighted) needs a scenario whose perspective is"
                        + " OUTSIDE (scenario world has US): only then do the perspective and the issuer make up the"
                        + " world. Maybe use volumeWeighted.");
    }

    @Test
    void heldOutRowsJoinTheEpisodeTheyNameInFileOrder() {
        List<Episode> episodes = List.of(
                HandEpisodes.episode("first", Behaviour.PRIOR), HandEpisodes.episode("second", Behaviour.PRIOR));
        Map<String, List<Observation>> extra = EpisodeReader.readExtra("""
                observations:
                  - {id: x1, episode: second, market: gallium, series: exports, from: 2024-02, value: 0.4, source: s}
                  - {id: x2, episode: first, market: "gallium#2", series: receipts, from: 2024-02, value: 0.9,
                     source: s}
                  - {id: x3, episode: second, market: gallium, series: priceOutside, from: 2024-05, value: 2,
                     source: s}
                """, "extra.yaml", episodes);
        assertThat(extra.keySet()).containsExactly("second", "first");
        assertThat(extra.get("second")).extracting(Observation::id).containsExactly("x1", "x3");
        assertThat(extra.get("first")).extracting(Observation::id).containsExactly("x2");
        assertThat(extra.get("first").get(0).scenario()).isEqualTo("world");
        assertThat(extra.get("second").get(1).value()).isEqualTo(2);
    }

    @Test
    void aBadHeldOutFileIsRefusedWhole() {
        List<Episode> episodes = List.of(HandEpisodes.episode("first", Behaviour.PRIOR));
        ScenarioException e = catchThrowableOfType(
                ScenarioException.class, () -> EpisodeReader.readExtra("""
                rows: []
                observations:
                  - {id: x1, episode: first, market: gallium, series: exports, from: 2024-02, value: 0.4, source: s}
                  - {id: x2, episode: third, market: gallium, series: exports, from: 2024-02, value: 0.4, source: s}
                  - {id: x3, market: gallium, series: exports, from: 2024-02, value: 0.4, source: s}
                  - {id: x4, episode: first, market: gallium, series: exports, from: 2025-02, value: 0.4, source: s}
                """, "extra.yaml", episodes));
        assertThat(e).isNotNull();
        assertThat(e.getMessage()).startsWith("scenario extra.yaml has 4 problems:\n  rows ([]) is not a known field");
        assertThat(e.problems())
                .containsExactly(
                        "rows ([]) is not a known field; allowed: observations.",
                        "observations[x2].episode (third) must be one of [first].",
                        "observations[x3].episode (missing) is required.",
                        "observations[x4] (2025-02..2025-02) must lie within the months scenario world simulates,"
                                + " 2023-11..2024-06\n    Maybe lengthen its horizonMonths.");
        for (String notAList : List.of("observations: 3", "other: 1")) {
            assertThatThrownBy(() -> EpisodeReader.readExtra(notAList, "extra.yaml", episodes))
                    .isInstanceOf(ScenarioException.class)
                    .hasMessageContaining("observations (")
                    .hasMessageContaining(") must be a list of observations, each naming its episode.");
        }
        assertThat(EpisodeReader.readExtra("observations: []", "extra.yaml", episodes))
                .isEmpty();
    }

    @Test
    void aBadRowIsNamedByItsIdToo() {
        List<String> problems = observationProblems("""
                - {id: ga-exports-jan, market: gallium, series: volume, from: 2024-01, value: 1, source: s}
                """);
        assertThat(problems).singleElement().asString().contains("ga-exports-jan");
        assertThat(problems)
                .containsExactly("observations[ga-exports-jan].series (volume) must be one of [shortfall,"
                        + " exports, exportsToPerspective, receipts, priceInside, priceOutside, priceRealised].");
    }

    @Test
    void aRowWhoseIdDoesNotNameItIsNamedByItsIndex() {
        List<String> problems = observationProblems("""
                - {id: twice, market: gallium, series: exports, from: 2024-01, value: 1, source: s}
                - {id: twice, market: gallium, series: exports, from: 2024-01, value: 1, source: s}
                - {id: 7, market: gallium, series: volume, from: 2024-01, value: 1, source: s}
                - {id: "12", market: gallium, series: volume, from: 2024-01, value: 1, source: s}
                - {id: " ", market: gallium, series: volume, from: 2024-01, value: 1, source: s}
                - {id: [a, b], market: gallium, series: volume, from: 2024-01, value: 1, source: s}
                - {id: x12, market: gallium, series: volume, from: 2024-01, value: 1, source: s}
                """);
        assertThat(problems)
                .extracting(p -> p.substring(0, p.indexOf(" (")))
                .containsExactly(
                        "observations[1].id",
                        "observations[2].series",
                        "observations[3].series",
                        "observations[4].series",
                        "observations[5].series",
                        "observations[x12].series");
    }

    @Test
    void aRowRecordedAtTheDestinationDeclaresItsTransitAndItsBasis() {
        Episode episode = read(HandEpisodes.yaml("hand", "test", """
                - {id: plain, market: gallium, series: exports, from: 2024-03, value: 1, source: s}
                - {id: issuer, market: gallium, series: exports, from: 2024-03, value: 1, source: s, recordedAt: issuer}
                - {id: range, market: gallium, series: exports, from: 2024-03, value: 1, source: s,
                   recordedAt: destination, transitMonths: {min: 2, max: 4}, transitBasis: about 90 days at sea}
                - {id: one, market: gallium, series: receipts, from: 2024-01, value: 1, source: s,
                   recordedAt: destination, transitMonths: 1, transitBasis: ASSUMPTION}
                - {id: widest, market: gallium, series: exports, from: 2024-03, value: 1, source: s,
                   recordedAt: destination, transitMonths: {min: 0, max: 12}, transitBasis: b}
                """));
        assertThat(episode.observations())
                .extracting(Observation::transit)
                .containsExactly(
                        Transit.AT_ISSUER,
                        Transit.AT_ISSUER,
                        new Transit(2, 4, "about 90 days at sea"),
                        new Transit(1, 1, "ASSUMPTION"),
                        new Transit(0, 12, "b"));
        assertThat(episode.observations().get(2).transit().spread()).isEqualTo(3);
        assertThat(Transit.AT_ISSUER.shifts()).isFalse();
        assertThatThrownBy(() -> new Transit(-1, 2, "b")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Transit(0, 13, "b")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Transit(3, 2, "b")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aTransitIsReadOnlyAtTheDestinationAndMustBeWholeMonthsWithABasisReachingTheSimulatedMonths() {
        List<String> problems = observationProblems("""
                - {id: a, market: gallium, series: exports, from: 2024-03, value: 1, source: s, transitMonths: 2}
                - {id: b, market: gallium, series: exports, from: 2024-03, value: 1, source: s, recordedAt: port}
                - {id: c, market: gallium, series: exports, from: 2024-03, value: 1, source: s,
                   recordedAt: destination, transitBasis: b}
                - {id: d, market: gallium, series: exports, from: 2024-03, value: 1, source: s,
                   recordedAt: destination, transitMonths: 2}
                - {id: e, market: gallium, series: exports, from: 2024-03, value: 1, source: s,
                   recordedAt: destination, transitMonths: {min: 3, max: 2}, transitBasis: b}
                - {id: f, market: gallium, series: exports, from: 2024-03, value: 1, source: s,
                   recordedAt: destination, transitMonths: 1.5, transitBasis: b}
                - {id: g, market: gallium, series: exports, from: 2024-03, value: 1, source: s,
                   recordedAt: destination, transitMonths: 13, transitBasis: b}
                - {id: h, market: gallium, series: exports, from: 2024-03, value: 1, source: s,
                   recordedAt: destination, transitMonths: 0, transitBasis: b}
                - {id: i, market: gallium, series: exports, from: 2023-12, value: 1, source: s,
                   recordedAt: destination, transitMonths: {min: 2, max: 3}, transitBasis: b}
                - {id: j, market: gallium, series: shortfall, aggregate: firstStop, from: 2024-03, value: 1,
                   source: s, recordedAt: destination, transitMonths: 1, transitBasis: b}
                - {id: k, market: gallium, series: exports, from: 2024-03, value: 1, source: s,
                   recordedAt: destination, transitMonths: {min: 1, max: 2, mean: 1.5}, transitBasis: b}
                """);
        String whole = " must be whole months, a number or {min, max} with 0 <= min <= max <= 12 and max >= 1,"
                + " for a row recorded at the destination.";
        assertThat(problems)
                .containsExactly(
                        "observations[a].transitMonths (2) is only read for a row recorded at the destination; add"
                                + " recordedAt: destination.",
                        "observations[b].recordedAt (port) must be issuer or destination.",
                        "observations[c].transitMonths (missing)" + whole,
                        "observations[d].transitBasis (missing) is required for a row recorded at the destination: the"
                                + " published shipping time for the route, or ASSUMPTION and its reason.",
                        "observations[e].transitMonths ({\"min\":3,\"max\":2})" + whole,
                        "observations[f].transitMonths (1.5)" + whole,
                        "observations[g].transitMonths (13)" + whole,
                        "observations[h].transitMonths (0)" + whole,
                        "observations[i].transitMonths ({\"min\":2,\"max\":3}) puts every month the row's cargo left"
                                + " in (2023-09..2023-10) before the first month scenario world simulates, 2023-11.",
                        "observations[j].recordedAt (destination) cannot shift months to a first stop; only a flow or"
                                + " a price counted in a month is recorded at the destination.",
                        "observations[k].transitMonths.mean (1.5) is not a known field; allowed: max, min.");
    }

    private static final String NEIGHBOUR =
            "neighbouringProducts:\n  - {market: gallium, series: priceOutside, product: gallium metal,"
                    + " passThrough: 0.5, basis: hand}\n";

    @Test
    void aNeighbouringProductCarriesAShareOfTheMarketsPriceMove() {
        Episode plain = HandEpisodes.episode("hand", Behaviour.PRIOR);
        Episode neighbour = read(HandEpisodes.yaml("hand", "test", HandEpisodes.OBSERVATIONS) + NEIGHBOUR);
        assertThat(plain.neighbouringProducts()).isEmpty();
        assertThat(neighbour.neighbouringProducts())
                .containsExactly(new NeighbouringProduct(
                        "world", "gallium", Series.PRICE_OUTSIDE, "gallium metal", 0.5, "hand"));
        // a copy with more rows keeps the declaration
        assertThat(neighbour.withMoreObservations(List.of()).neighbouringProducts())
                .isEqualTo(neighbour.neighbouringProducts());
        try (MonteCarloEngine engine = new MonteCarloEngine(1)) {
            List<Row> before =
                    Backtest.run(List.of(plain), engine, 200, 7, "plain").rows();
            List<Row> after = Backtest.run(List.of(neighbour), engine, 200, 7, "neighbour")
                    .rows();
            assertThat(after).hasSameSizeAs(before);
            for (int i = 0; i < before.size(); i++) {
                Row b = before.get(i);
                Row a = after.get(i);
                if (b.observation().id().equals("outside-ratio")) {
                    // 1 + 0.5 (x - 1), path by path: the quantiles move the same way, the direction keeps its sign
                    assertThat(a.p10()).isCloseTo(1 + 0.5 * (b.p10() - 1), within(1e-12));
                    assertThat(a.p50()).isCloseTo(1 + 0.5 * (b.p50() - 1), within(1e-12));
                    assertThat(a.p90()).isCloseTo(1 + 0.5 * (b.p90() - 1), within(1e-12));
                    assertThat(a.p90()).isNotEqualTo(b.p90());
                    assertThat(a.directionRight()).isEqualTo(b.directionRight());
                } else {
                    // other series, and the other market, are scored as before
                    assertThat(a).isEqualTo(b);
                }
            }
        }
    }

    @Test
    void aNeighbouringProductNeedsAPriceSeriesAKnownMarketAShareAndItsBasis() {
        String base = HandEpisodes.yaml("hand", "test", HandEpisodes.OBSERVATIONS);
        assertThat(problems(base
                        + "neighbouringProducts:\n  - {market: tin, series: exports, product: p, passThrough: 1.5}\n"))
                .anySatisfy(p ->
                        assertThat(p).contains("neighbouringProducts[0].market").contains("tin"))
                .anySatisfy(p ->
                        assertThat(p).contains("neighbouringProducts[0].series").contains("exports"))
                .anySatisfy(p -> assertThat(p).contains("neighbouringProducts[0].passThrough"))
                .anySatisfy(p -> assertThat(p).contains("neighbouringProducts[0].basis"));
        assertThat(problems(base
                        + "neighbouringProducts:\n  - {market: gallium, series: priceOutside, product: p, share: 0.5,"
                        + " passThrough: 0.5, basis: b}\n"))
                .anySatisfy(
                        p -> assertThat(p).contains("neighbouringProducts[0]").contains("share"));
        assertThat(problems(base + "neighbouringProducts: {market: gallium}\n"))
                .anySatisfy(p -> assertThat(p).contains("neighbouringProducts").contains("must be a list"));
        assertThat(problems(base
                        + "neighbouringProducts:\n  - {scenario: nope, market: gallium, series: priceOutside,"
                        + " product: p, passThrough: 0.5, basis: b}\n"))
                .anySatisfy(p -> assertThat(p)
                        .contains("neighbouringProducts[0].scenario")
                        .contains("nope"));
        assertThatThrownBy(() -> new NeighbouringProduct("w", "m", Series.EXPORTS, "p", 0.5, "b"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NeighbouringProduct("w", "m", Series.PRICE_INSIDE, "p", -0.1, "b"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NeighbouringProduct("w", "m", Series.PRICE_INSIDE, "p", 1.1, "b"))
                .isInstanceOf(IllegalArgumentException.class);
        NeighbouringProduct edge = new NeighbouringProduct("w", "m", Series.PRICE_INSIDE, "p", 1, "b");
        assertThat(edge.apply(1.7)).isEqualTo(1.7);
        assertThat(new NeighbouringProduct("w", "m", Series.PRICE_INSIDE, "p", 0, "b").apply(1.7))
                .isEqualTo(1);
    }
}
