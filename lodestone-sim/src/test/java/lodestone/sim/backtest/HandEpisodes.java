package lodestone.sim.backtest;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import lodestone.sim.Fixtures;
import lodestone.sim.engine.ScenarioResult;
import lodestone.sim.engine.Series;
import lodestone.sim.scenario.Behaviour;

/**
 * Small episodes written for the harness's tests, independent of the shipped ones: one scenario of buyers outside
 * China ({@code world}, announced in November 2023, in force from January 2024 for six months, so it simulates
 * 2023-11..2024-06) with two gallium markets, and hand-built rows and reports.
 */
final class HandEpisodes {
    /** The first month the hand scenario simulates (its announcement's month). */
    static final YearMonth FIRST = YearMonth.of(2023, 11);

    /** The last month it simulates. */
    static final YearMonth LAST = YearMonth.of(2024, 6);

    private HandEpisodes() {}

    /**
     * @param id the episode's id
     * @param role {@code calibration} or {@code test}
     * @param observations the YAML list of observations (each line indented by two spaces, starting with "- ")
     * @return the episode's YAML text
     */
    static String yaml(String id, String role, String observations) {
        return """
                id: %s
                title: A hand-made episode
                role: %s
                measure: a hand-made measure
                description: Two gallium markets outside China, one mostly supplied by it.
                scenarios:
                  - id: world
                    start: 2024-01
                    horizonMonths: 6
                    perspective: OUTSIDE
                    disruption:
                      issuer: CN
                      targets: [ALL]
                      announced: 2023-11-15
                      phases:
                        - months: 6
                          severity: {uniform: [0.2, 0.9]}
                    markets:
                      - mineral: gallium
                        supply: {CN: 0.9, OTHER: 0.1}
                        issuerExportShare: 0.3
                        stocksMonths: {uniform: [0.5, 3]}
                      - mineral: gallium
                        supply: {CN: 0.5, OTHER: 0.5}
                        issuerExportShare: 0.3
                        stocksMonths: {uniform: [0.2, 1]}
                observations:
                %s
                sources:
                  - "hand-made"
                """.formatted(id, role, observations.indent(2).stripTrailing());
    }

    /** Every aggregate and a relative window, on both markets. */
    static final String OBSERVATIONS = """
            - {id: exports-jan, market: gallium, series: exports, from: 2024-01, value: 0.5, source: hand}
            - {id: receipts-q1, market: "gallium#2", series: receipts, from: 2024-01, to: 2024-03, value: 0.7,
               source: hand, baseline: before, tier: derived, note: a note}
            - {id: realised-q1, market: gallium, series: priceRealised, from: 2024-01, to: 2024-03,
               aggregate: volumeWeighted, value: 1.2, source: hand}
            - {id: world-q1, market: gallium, series: priceRealised, from: 2024-01, to: 2024-03,
               aggregate: worldVolumeWeighted, value: 1.1, source: hand}
            - {id: stop, market: gallium, series: shortfall, from: 2024-01, aggregate: firstStop, value: 3,
               source: hand}
            - {id: outside-ratio, scenario: world, market: gallium, series: priceOutside, from: 2024-04, to: 2024-06,
               relativeFrom: 2023-11, relativeTo: 2023-12, value: 1.4, source: hand}
            - {id: exports-ratio, market: "gallium#2", series: exports, from: 2024-06, relativeFrom: 2023-11,
               value: 0.6, source: hand}
            """;

    /**
     * @param id the episode's id
     * @param behaviour the markets' behaviour
     * @return the hand episode with {@link #OBSERVATIONS}, in the test role
     */
    static Episode episode(String id, Behaviour behaviour) {
        return EpisodeReader.read(yaml(id, "test", OBSERVATIONS), id + ".yaml", Fixtures.catalogue(), behaviour);
    }

    /** @return the episode the text gives, read under the first look's behaviour as {@code hand.yaml} */
    static Episode read(String yaml) {
        return EpisodeReader.read(yaml, "hand.yaml", Fixtures.catalogue(), Behaviour.PRIOR);
    }

    /** @return the problems for which the reader refuses the text (failing if it does not) */
    static List<String> problems(String yaml) {
        lodestone.sim.scenario.ScenarioException e = org.assertj.core.api.Assertions.catchThrowableOfType(
                lodestone.sim.scenario.ScenarioException.class, () -> read(yaml));
        org.assertj.core.api.Assertions.assertThat(e).as("the file is refused").isNotNull();
        return e.problems();
    }

    /** @return the episode's row with that id */
    static Observation row(Episode episode, String id) {
        return episode.observations().stream()
                .filter(o -> o.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    /** @return the episode's row with that id, scored against the run of its scenario's one market */
    static Row score(Episode episode, String id, ScenarioResult result) {
        return Backtest.score(
                episode, row(episode, id), result, result.markets().get(0));
    }

    /** @return a row of episode {@code episode} whose band is [p10, p90] around an observed value */
    static Row row(String episode, String id, Series series, double observed, double p10, double p90) {
        Observation o = BacktestTest.observation(id, series, observed);
        boolean inside = observed >= p10 - 1e-9 && observed <= p90 + 1e-9;
        Optional<Boolean> direction = series.isPrice()
                ? Optional.of(Backtest.direction(observed) == Backtest.direction((p10 + p90) / 2))
                : Optional.empty();
        return new Row(
                episode,
                Episode.Role.TEST,
                o,
                p10,
                (p10 + p90) / 2,
                p90,
                inside,
                direction,
                OptionalDouble.empty(),
                1000);
    }

    /**
     * @param candidate a candidate
     * @param episodes the rows' episodes, one per row
     * @param inside whether each row is inside its band
     * @return the candidate with a hand report: exports observed at 1 under a band [0.5, 2] when inside, [2, 3] when not
     */
    static Calibration.Evaluated evaluated(Calibration.Candidate candidate, String[] episodes, boolean... inside) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < inside.length; i++) {
            rows.add(
                    inside[i]
                            ? row(episodes[i], episodes[i] + i, Series.EXPORTS, 1, 0.5, 2)
                            : row(episodes[i], episodes[i] + i, Series.EXPORTS, 1, 2, 3));
        }
        return new Calibration.Evaluated(candidate, new Report(candidate.label(), rows));
    }
}
