package lodestone.report.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import lodestone.report.Bundled;
import lodestone.report.QueryError;
import lodestone.report.QueryException;
import lodestone.report.ReportContext;
import org.junit.jupiter.api.Test;

/**
 * Buffers as dated scenario inputs over the bundled record: the rare-earth preset of November 2026 with and without
 * the U.S. reserve (Project Vault, funded but not in force in the record, so crediting it is an explicit assumption).
 */
class ScenarioBuffersTest {
    private static final ReportContext CONTEXT = new ReportContext(Bundled.latest(), LocalDate.of(2026, 12, 3));
    private static final String PRESET = "china-ree-2025-10-reinstated";

    private static SimulationView.View run(List<String> without, List<String> assume) {
        return new ScenarioQuery(PRESET, null, 2_000, 11L, null, 1, ScenarioDefaults.MAX_PATHS, without, assume)
                .answer(CONTEXT);
    }

    @Test
    void theReserveAssumedInForceLowersTheTailAndWithoutItTheBaselineReturnsExactly() {
        SimulationView.View baseline = run(List.of(), List.of());
        SimulationView.View withVault = run(List.of(), List.of("vault"));
        SimulationView.View switchedOff = run(List.of("vault"), List.of());

        // the record: Vault funded on 2 Feb 2026, not in force on 10 Nov 2026, so a plain run credits nothing
        assertThat(baseline.buffersOn()).isEqualTo("2026-11-10");
        assertThat(baseline.bufferEffects()).isEmpty();
        assertThat(baseline.buffers())
                .filteredOn(b -> b.key().equals("vault"))
                .isNotEmpty()
                .allSatisfy(b -> {
                    assertThat(b.state()).isEqualTo("funded");
                    assertThat(b.use()).isEqualTo("not-in-force");
                    assertThat(b.stocksMonthsAdded()).isZero();
                    assertThat(b.sources()).isNotEmpty();
                });
        // switching it off changes nothing when it is not in force: same markets, same numbers
        assertThat(switchedOff.markets()).isEqualTo(baseline.markets());
        assertThat(switchedOff.buffers())
                .filteredOn(b -> b.key().equals("vault"))
                .allSatisfy(b -> assertThat(b.use()).isEqualTo("switched-off"));

        // assumed in force: 60 days of supply / 30.4375 days per month added to every buyer's stocks
        assertThat(withVault.buffers())
                .filteredOn(b -> b.key().equals("vault"))
                .isNotEmpty()
                .allSatisfy(b -> {
                    assertThat(b.use()).isEqualTo("assumed-in-force");
                    assertThat(b.stocksMonthsAdded()).isCloseTo(60 / 30.4375, within(1e-12));
                    assertThat(b.basis()).contains("ASSUMED");
                });
        assertThat(withVault.assumptions())
                .filteredOn(a ->
                        a.parameter().endsWith(".stocksMonths") && a.basis().contains("assumed-in-force"))
                .hasSize(withVault.markets().size())
                .allSatisfy(a -> assertThat(a.isAssumption()).isTrue());
        assertThat(withVault.bufferEffects()).hasSize(withVault.markets().size());
        for (int i = 0; i < withVault.markets().size(); i++) {
            SimulationView.BufferEffect effect = withVault.bufferEffects().get(i);
            // the comparison run without the reserve is the baseline, exactly (same seed and paths)
            assertThat(effect.withoutBuffers())
                    .isEqualTo(baseline.markets().get(i).cumulativeShortfall());
            assertThat(effect.withBuffers())
                    .isEqualTo(withVault.markets().get(i).cumulativeShortfall());
            assertThat(effect.withBuffers().p95())
                    .isLessThanOrEqualTo(effect.withoutBuffers().p95());
            assertThat(effect.withBuffers().p50())
                    .isLessThanOrEqualTo(effect.withoutBuffers().p50());
        }
        // and on the markets that are short at all, strictly lower
        assertThat(withVault.bufferEffects())
                .anySatisfy(e -> assertThat(e.withBuffers().p95())
                        .isLessThan(e.withoutBuffers().p95()));
    }

    @Test
    void switchesNamingNothingOrBothWaysAreRefusedWithTheKnownNames() {
        assertThatThrownBy(() -> run(List.of("vualt"), List.of())).isInstanceOfSatisfying(QueryException.class, e -> {
            assertThat(e.error()).isEqualTo(QueryError.BAD_PARAMETER);
            assertThat(e.field()).isEqualTo("without");
            assertThat(e.getMessage()).contains("vualt").contains("Maybe").contains("vault");
        });
        assertThatThrownBy(() -> run(List.of(), List.of("nothing")))
                .isInstanceOfSatisfying(
                        QueryException.class, e -> assertThat(e.field()).isEqualTo("assumeInForce"));
        assertThatThrownBy(() -> run(List.of("vault"), List.of("vault")))
                .isInstanceOfSatisfying(
                        QueryException.class, e -> assertThat(e.getMessage()).contains("both"));
        // the EU pilot serves EU members, not the U.S. perspective of this preset
        assertThatThrownBy(() -> run(List.of(), List.of("eu-stockpile")))
                .isInstanceOfSatisfying(
                        QueryException.class, e -> assertThat(e.getMessage()).contains("covers none"));
    }

    @Test
    void aSpecFileCarriesItsOwnSwitches() {
        String text = ScenarioLibrary.presetText(PRESET).orElseThrow() + "\nbuffers:\n  assumeInForce: [vault]\n";
        SimulationView.View fromSpec = new ScenarioQuery(
                        "vault.yaml", text, 500, 3L, null, 1, ScenarioDefaults.MAX_PATHS, List.of(), List.of())
                .answer(CONTEXT);
        assertThat(fromSpec.buffers()).anySatisfy(b -> assertThat(b.use()).isEqualTo("assumed-in-force"));
        String bad = ScenarioLibrary.presetText(PRESET).orElseThrow() + "\nbuffers:\n  witout: [vault]\n";
        assertThatThrownBy(() -> new ScenarioQuery("bad.yaml", bad, 500, 3L, null, 1, 1000, List.of(), List.of())
                        .answer(CONTEXT))
                .isInstanceOfSatisfying(
                        QueryException.class, e -> assertThat(e.getMessage()).contains("buffers.witout"));
    }
}
