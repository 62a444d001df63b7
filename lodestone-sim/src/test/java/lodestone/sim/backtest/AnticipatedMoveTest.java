package lodestone.sim.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import lodestone.sim.engine.MonteCarloEngine;
import lodestone.sim.engine.RunOptions;
import lodestone.sim.engine.ScenarioResult;
import org.junit.jupiter.api.Test;

/**
 * A move made on reports of the measure before a row's base ({@link AnticipatedMove}), worked by hand on the hand
 * episode's first gallium market: a price that had doubled before the base is, against that base, the model's value
 * divided by 2 on every path, so each quantile is divided by 2 and a model rise of less than 100 % is a fall.
 */
class AnticipatedMoveTest {
    private static final String ROWS = """
            - {id: metal-mar, market: gallium, series: priceOutside, from: 2024-03, value: 0.9, source: hand}
            - {id: metal-q2, market: gallium, series: priceOutside, from: 2024-04, to: 2024-06, value: 0.9,
               source: hand}
            - {id: ore-mar, market: gallium, series: priceOutside, from: 2024-03, value: 0.9, source: hand}
            - {id: home-mar, market: gallium, series: priceInside, from: 2024-03, value: 0.9, source: hand}
            - {id: other-market, market: "gallium#2", series: priceOutside, from: 2024-03, value: 0.9, source: hand}
            - {id: exports-mar, market: gallium, series: exports, from: 2024-03, value: 0.5, source: hand}
            - {id: metal-rel, market: gallium, series: priceOutside, from: 2024-04, relativeFrom: 2024-01, value: 0.9,
               source: hand}
            """;

    private static final String DECLARED = """
            anticipatedMoves:
              - market: gallium
                product: gallium metal
                change: 1.0
                basis: a dated report of a 100 % rise on talk of the measure
                rows: [metal-mar, metal-q2, home-mar, other-market]
                rowsBasis: their base is after the rise
            """;

    @Test
    void aNamedRowIsTheModelsValueDividedByOnePlusTheMoveOnEveryPath() {
        Episode episode = HandEpisodes.read(HandEpisodes.yaml("hand", "test", ROWS) + DECLARED);
        Episode plain = HandEpisodes.read(HandEpisodes.yaml("hand", "test", ROWS));
        AnticipatedMove move = episode.anticipatedMoves().get(0);
        assertThat(move)
                .isEqualTo(new AnticipatedMove(
                        "world",
                        "gallium",
                        "gallium metal",
                        1.0,
                        "a dated report of a 100 % rise on talk of the measure",
                        Set.of("metal-mar", "metal-q2", "home-mar", "other-market"),
                        "their base is after the rise"));
        assertThat(move.apply(2)).isEqualTo(1);
        assertThat(move.apply(1.7)).isCloseTo(0.85, within(1e-15));
        assertThat(move.apply(0.5)).isCloseTo(0.25, within(1e-15));
        assertThat(new AnticipatedMove("w", "gallium", "p", 0.25, "b", Set.of("a"), "w").apply(1.1))
                .isCloseTo(0.88, within(1e-15));
        assertThat(new AnticipatedMove("w", "gallium", "p", -0.2, "b", Set.of("a"), "w").apply(0.9))
                .isCloseTo(1.125, within(1e-15));
        ScenarioResult result = MonteCarloEngine.run(
                episode.scenario("world").orElseThrow(), RunOptions.of(60, 3).keepingPaths());
        // a window of one month and one of three, an outside and an inside price: every quantile divided by 2
        for (String id : List.of("metal-mar", "metal-q2", "home-mar")) {
            Row before = HandEpisodes.score(plain, id, result);
            Row after = HandEpisodes.score(episode, id, result);
            assertThat(after.p10()).as(id).isCloseTo(before.p10() / 2, within(1e-12));
            assertThat(after.p50()).as(id).isCloseTo(before.p50() / 2, within(1e-12));
            assertThat(after.p90()).as(id).isCloseTo(before.p90() / 2, within(1e-12));
            assertThat(after.inside()).as(id).isEqualTo(0.9 >= after.p10() - 1e-9 && 0.9 <= after.p90() + 1e-9);
        }
        Row rise = HandEpisodes.score(plain, "metal-mar", result);
        assertThat(rise.p50())
                .as("the model's March price rises, by less than the move")
                .isBetween(1.0, 2.0);
        assertThat(rise.directionRight()).contains(false);
        assertThat(HandEpisodes.score(episode, "metal-mar", result).directionRight())
                .as("against the base that carries the move the model's median falls, as the row did")
                .contains(true);
        // rows it does not name, and a named id on another market, score exactly as before
        for (String id : List.of("ore-mar", "exports-mar", "metal-rel")) {
            assertThat(HandEpisodes.score(episode, id, result)).as(id).isEqualTo(HandEpisodes.score(plain, id, result));
        }
        assertThat(episode.anticipatedMove(HandEpisodes.row(episode, "other-market")))
                .isEmpty();
        assertThat(episode.anticipatedMove(HandEpisodes.row(episode, "metal-q2")))
                .contains(move);
    }

    @Test
    void noShippedEpisodeDeclaresAMoveBeforeTheBase() {
        // measured on the 2020 nickel ore episode on 6 December 2026 and not shipped
        // (docs/research/backtest-studies/another-stages-price.md, "Another stage's price: the issuer's added metal
        // against a move made before the base"): its declaration is commented out in the episode file, so every
        // development row is scored against the level before the measure
        List<Episode> development = Episodes.withDevelopment(
                lodestone.sim.Fixtures::text,
                lodestone.sim.Fixtures.catalogue(),
                lodestone.sim.scenario.Behaviour.CALIBRATED);
        assertThat(development).isNotEmpty();
        assertThat(development.stream()
                        .filter(e -> !e.anticipatedMoves().isEmpty())
                        .map(Episode::id))
                .isEmpty();
    }

    @Test
    void aMoveIsForPricesAgainstTheirLevelBeforeTheMeasureAndTheReaderSaysWhatIsWrong() {
        String base = HandEpisodes.yaml("hand", "test", ROWS);
        assertThat(HandEpisodes.problems(base + DECLARED.replace("other-market]", "metal-rel]")))
                .containsExactly("anticipatedMoves (rows) anticipated move of gallium metal: row metal-rel must be a"
                        + " price measured against its level before the measure (series priceOutside, relative to"
                        + " 2024-01).");
        assertThat(HandEpisodes.problems(base + DECLARED.replace("other-market]", "exports-mar]")))
                .singleElement()
                .asString()
                .contains("row exports-mar must be a price");
        // a row joined later (a development record) is checked as it joins
        Episode declared = HandEpisodes.read(base + DECLARED.replace("other-market]", "late]"));
        Observation late = HandEpisodes.row(
                HandEpisodes.read(HandEpisodes.yaml(
                        "other",
                        "test",
                        "- {id: late, market: gallium, series: exports, from: 2024-03, value: 0.5, source: hand}\n")),
                "late");
        assertThatThrownBy(() -> declared.withMoreObservations(List.of(late)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("row late must be a price");
        assertThat(HandEpisodes.problems(base
                        + "anticipatedMoves:\n  - {market: tin, product: p, change: -1.5, basis: b, rows: [metal-mar],"
                        + " rowsBasis: why}\n"))
                .anySatisfy(p ->
                        assertThat(p).contains("anticipatedMoves[0].market").contains("tin"))
                .anySatisfy(p -> assertThat(p).contains("anticipatedMoves[0].change"));
        assertThat(HandEpisodes.problems(
                        base + "anticipatedMoves:\n  - {market: gallium, product: p, change: 0.1, basis: b}\n"))
                .containsExactly("anticipatedMoves[0].rows (missing) must name the rows whose base carries the move.");
        assertThat(HandEpisodes.problems(base
                        + "anticipatedMoves:\n  - {market: gallium, product: p, change: 0.1, basis: b,"
                        + " rows: [metal-mar]}\n"))
                .singleElement()
                .asString()
                .contains("anticipatedMoves[0].rowsBasis");
        assertThat(HandEpisodes.problems(base
                        + "anticipatedMoves:\n  - {market: gallium, product: p, change: 0.1, basis: b,"
                        + " rows: [metal-mar], rowsBasis: w, lag: 2}\n"))
                .singleElement()
                .asString()
                .contains("anticipatedMoves[0].lag");
        assertThatThrownBy(() -> new AnticipatedMove("w", "gallium", "p", -1, "b", Set.of("a"), "w"))
                .hasMessageContaining("change (-1.0) must be finite and above -1");
        assertThatThrownBy(() -> new AnticipatedMove("w", "gallium", "p", 0.1, "b", Set.of(), ""))
                .hasMessageContaining("name the rows whose base carries the move");
    }
}
