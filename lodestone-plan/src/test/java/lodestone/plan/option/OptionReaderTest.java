package lodestone.plan.option;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import lodestone.model.geo.Countries;
import lodestone.model.knowledge.KnowledgeSnapshot;
import lodestone.model.mineral.Mineral;
import lodestone.model.mineral.MineralCatalogue;
import lodestone.model.mineral.MineralId;
import org.junit.jupiter.api.Test;

class OptionReaderTest {
    private static final KnowledgeSnapshot SNAPSHOT = new KnowledgeSnapshot(
            MineralCatalogue.of(List.of(new Mineral(
                    MineralId.of("dysprosium"), "Dysprosium", Optional.of("Dy"), Set.of(), List.of(), Set.of()))),
            Countries.withAliases(Map.of("US", "United States"), Map.of()),
            List.of(),
            List.of(),
            List.of());

    private static final String HEADER =
            "mineral: dysprosium\nperspective: US\n" + "demand: {value: 200, unit: t/yr, assumed: true, basis: test}\n";

    @Test
    void readsFlowAndStockOptionsAndConvertsTonnesIntoFractionsOfDemand() {
        OptionCatalogue catalogue = OptionReader.read(HEADER + """
                        options:
                          - id: offtake-a
                            kind: offtake
                            title: An offtake
                            country: MY
                            capacity: {value: 20, unit: t/yr, source: "https://example.org/a", basis: "20 t/yr"}
                            start: {months: {uniform: [2, 6]}, assumed: true, basis: "contract time"}
                            ramp: {value: 3, assumed: true, basis: "three months"}
                            probability: {value: 0.8, assumed: true, basis: "operating plant"}
                            cost: {value: 1.0e7, assumed: true, basis: "premium"}
                          - id: reserve
                            kind: stockpile
                            title: A reserve
                            cover: {value: 2, assumed: true, basis: "60 days"}
                            release: {value: 0.5, assumed: true, basis: "rule"}
                            cost: {value: 5.0e7, assumed: true, basis: "price"}
                            allOrNothing: true
                        """, "test.yaml", SNAPSHOT, YearMonth.of(2026, 11));
        assertThat(catalogue.options()).hasSize(2);
        PlanOption offtake = catalogue.options().get(0);
        assertThat(offtake.supply().orElseThrow().capacity().value()).isCloseTo(0.1, within(1e-12));
        assertThat(offtake.supply().orElseThrow().capacity().assumed()).isFalse();
        assertThat(offtake.supply().orElseThrow().capacity().basis()).contains("20.0 t/yr ÷ demand 200 t/yr");
        assertThat(offtake.supply().orElseThrow().startMonth().describe()).contains("uniform");
        assertThat(offtake.hasAssumptions()).isTrue();
        assertThat(catalogue
                        .options()
                        .get(1)
                        .reserve()
                        .orElseThrow()
                        .monthsOfCover()
                        .value())
                .isEqualTo(2);
        assertThat(catalogue.options().get(1).allOrNothing()).isTrue();
    }

    @Test
    void collectsEveryProblemWithItsFieldValueAndHint() {
        assertThatThrownBy(() -> OptionReader.read(HEADER + """
                                options:
                                  - id: bad
                                    kind: mine
                                    title: A bad option
                                    cost: {value: 1.0e7, basis: "no source, not assumed"}
                                  - id: big
                                    kind: offtake
                                    title: Too big
                                    capacity: {value: 30, unit: fraction, assumed: true, basis: "percent?"}
                                    start: {months: 3, assumed: true, basis: "x"}
                                    ramp: {value: 0, assumed: true, basis: "x"}
                                    probability: {value: 1.5, assumed: true, basis: "x"}
                                    cost: {value: 1.0e7, assumed: true, basis: "x"}
                                    colour: red
                                """, "bad.yaml", SNAPSHOT, YearMonth.of(2026, 11)))
                .isInstanceOf(OptionException.class)
                .hasMessageContaining("option catalogue bad.yaml has 5 problems")
                .hasMessageContaining("options[0].kind (mine) option kind (mine) must be one of partner-project")
                .hasMessageContaining("options[0].cost")
                .hasMessageContaining("must name a source or be marked assumed: true")
                .hasMessageContaining("options[1].colour is not a known field")
                .hasMessageContaining("options[1].capacity.value (30.0) must be a fraction of demand within [0, 1]")
                .hasMessageContaining("Maybe the value is in percent")
                .hasMessageContaining("options[1].probability.value (1.5) must be within [0.0, 1.0]");
    }

    @Test
    void refusesAnUnknownMineralAndAProjectNotOnRecord() {
        assertThatThrownBy(() -> OptionReader.read("""
                        mineral: unobtainium
                        perspective: USA
                        demand: {value: 200, assumed: true, basis: test}
                        options:
                          - id: p
                            kind: partner-project
                            title: P
                            project: no-such-project
                            cost: {value: 1.0e7, assumed: true, basis: "x"}
                        """, "bad.yaml", SNAPSHOT, YearMonth.of(2026, 11)))
                .isInstanceOf(OptionException.class)
                .hasMessageContaining("mineral (unobtainium) must be a mineral in the catalogue")
                .hasMessageContaining("perspective (USA) must be an ISO 3166-1 alpha-2 code");
    }
}
