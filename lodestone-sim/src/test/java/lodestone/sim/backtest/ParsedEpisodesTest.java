package lodestone.sim.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lodestone.sim.Fixtures;
import lodestone.sim.scenario.Behaviour;
import lodestone.sim.scenario.Distribution;
import lodestone.sim.scenario.Market;
import lodestone.sim.scenario.ScenarioException;
import org.junit.jupiter.api.Test;

/** The evidence read once gives, under every behaviour, what reading the files under that behaviour gives. */
class ParsedEpisodesTest {
    /** Behaviours that differ in every value the grid varies, and the first look and the shipped one. */
    private static List<Behaviour> behaviours() {
        List<Calibration.Candidate> grid = Calibration.grid();
        return List.of(
                Behaviour.PRIOR,
                Behaviour.CALIBRATED,
                grid.get(0).behaviour(),
                grid.get(107).behaviour(),
                grid.get(grid.size() - 1).behaviour());
    }

    @Test
    void theShippedEvidenceReadOnceEqualsTheFilesReadUnderEachBehaviour() {
        ParsedEpisodes parsed = ParsedEpisodes.read(Fixtures::text, Fixtures.catalogue());
        for (Behaviour behaviour : behaviours()) {
            List<Episode> development = parsed.withDevelopment(behaviour);
            assertThat(development)
                    .isEqualTo(Episodes.withDevelopment(Fixtures::text, Fixtures.catalogue(), behaviour));
            assertThat(parsed.load(behaviour))
                    .isEqualTo(Episodes.load(Fixtures::text, Fixtures.catalogue(), behaviour));
            // every market has the behaviour asked for, but the one shipped override: cn-magnesium-2021's issuer
            // absorption, fixed at 1 whatever the rest
            assertThat(development)
                    .filteredOn(e -> !e.id().equals("cn-magnesium-2021"))
                    .flatMap(Episode::scenarios)
                    .flatMap(s -> s.markets())
                    .extracting(Market::behaviour)
                    .containsOnly(behaviour);
            Behaviour absorbing = new Behaviour(
                    behaviour.precautionMonths(),
                    behaviour.restockMonths(),
                    behaviour.maxOrder(),
                    behaviour.flexibility(),
                    behaviour.issuerFlexibility(),
                    Distribution.fixed(1),
                    behaviour.volatility(),
                    behaviour.stockLevel(),
                    behaviour.forwardMonths(),
                    behaviour.issuerSurplusMonths(),
                    behaviour.contractMonths(),
                    behaviour.pendingNetting(),
                    behaviour.lastingPrecaution(),
                    behaviour.deadlineStocking(),
                    behaviour.homeLanding());
            assertThat(development)
                    .filteredOn(e -> e.id().equals("cn-magnesium-2021"))
                    .flatMap(Episode::scenarios)
                    .flatMap(s -> s.markets())
                    .extracting(Market::behaviour)
                    .containsExactly(absorbing);
        }
    }

    @Test
    void aMarketThatOverridesPartOfTheBehaviourKeepsItsOverrideUnderEveryBehaviour() {
        String text = HandEpisodes.yaml("hand", "test", HandEpisodes.OBSERVATIONS)
                .replace(
                        "stocksMonths: {uniform: [0.5, 3]}\n",
                        "stocksMonths: {uniform: [0.5, 3]}\n"
                                + "        behaviour: {flexibility: {uniform: [1, 2]}, restockMonths: 3}\n");
        assertThat(text).contains("behaviour: {flexibility");
        String record = """
                observations:
                  - {id: later, episode: hand, market: "gallium#2", series: exports, from: 2024-02, value: 0.4,
                     source: a later record}
                """;
        ParsedEpisodes parsed =
                ParsedEpisodes.read(Map.of("hand.yaml", text), Map.of("later.yaml", record), Fixtures.catalogue());
        for (Behaviour behaviour : behaviours()) {
            Episode direct = EpisodeReader.read(text, "hand.yaml", Fixtures.catalogue(), behaviour);
            assertThat(parsed.load(behaviour)).containsExactly(direct);
            Episode withRecord = parsed.withDevelopment(behaviour).get(0);
            assertThat(withRecord)
                    .isEqualTo(
                            direct.withMoreObservations(EpisodeReader.readExtra(record, "later.yaml", List.of(direct))
                                    .get("hand")));
            assertThat(withRecord.observations()).hasSize(8);
            List<Market> markets = withRecord.scenarios().get(0).markets();
            assertThat(markets.get(0).behaviour().flexibility()).isEqualTo(Distribution.uniform(1, 2));
            assertThat(markets.get(0).behaviour().restockMonths()).isEqualTo(3);
            assertThat(markets.get(0).behaviour().volatility()).isEqualTo(behaviour.volatility());
            assertThat(markets.get(1).behaviour()).isEqualTo(behaviour);
        }
    }

    @Test
    void aBadFileIsRefusedWithTheReadersMessage() {
        String bad = HandEpisodes.yaml("hand", "sometimes", HandEpisodes.OBSERVATIONS);
        Map<String, String> episodes = new LinkedHashMap<>();
        episodes.put("hand.yaml", bad);
        ScenarioException direct = org.junit.jupiter.api.Assertions.assertThrows(
                ScenarioException.class,
                () -> EpisodeReader.read(bad, "hand.yaml", Fixtures.catalogue(), Behaviour.PRIOR));
        assertThatThrownBy(() -> ParsedEpisodes.read(episodes, Map.of(), Fixtures.catalogue()))
                .isInstanceOf(ScenarioException.class)
                .hasMessage(direct.getMessage())
                .hasMessageContaining("role (sometimes)");
        String record = "observations:\n  - {id: x, episode: nope, market: gallium, series: exports,"
                + " from: 2024-01, value: 1, source: s}\n";
        assertThatThrownBy(() -> ParsedEpisodes.read(
                        Map.of("hand.yaml", HandEpisodes.yaml("hand", "test", HandEpisodes.OBSERVATIONS)),
                        Map.of("bad.yaml", record),
                        Fixtures.catalogue()))
                .isInstanceOf(ScenarioException.class)
                .hasMessageContaining("bad.yaml")
                .hasMessageContaining("observations[x].episode (nope)");
    }
}
