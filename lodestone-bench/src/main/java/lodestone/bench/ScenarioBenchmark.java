package lodestone.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import lodestone.model.mineral.Mineral;
import lodestone.model.mineral.MineralCatalogue;
import lodestone.model.mineral.MineralId;
import lodestone.sim.engine.ScenarioResult;
import lodestone.sim.scenario.Presets;
import lodestone.sim.scenario.ScenarioReader;
import lodestone.sim.scenario.ScenarioSpec;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * One scenario, 10,000 paths over 120 months: the preset {@code china-ree-2025-10-reinstated} (12 markets, stocks,
 * substitution, partners) and its dysprosium market alone. Throughput in paths × months × markets per second is the
 * paths × months × markets of one operation divided by its time (see docs/benchmarks.md).
 */
public class ScenarioBenchmark extends EngineBenchmark {
    @Param({"1", "2"})
    int threads;

    @Param({"12", "1"})
    int markets;

    @Setup(Level.Trial)
    public void setUp() {
        ScenarioSpec resolved = reinstated();
        prepare(markets == 1 ? firstMarket(resolved) : resolved, threads);
    }

    @Benchmark
    public ScenarioResult scenario() {
        return simulate();
    }

    /** Reads a shipped preset from the classpath (the engine itself does no I/O). */
    static ScenarioSpec preset(String id) {
        try (java.io.InputStream in = Presets.class.getClassLoader().getResourceAsStream(Presets.resource(id))) {
            return ScenarioReader.read(
                    new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8), id, catalogue());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** @return the scenario with its first market only */
    static ScenarioSpec firstMarket(ScenarioSpec spec) {
        return spec.withMarkets(spec.markets().subList(0, 1));
    }

    /** @return the reinstated preset with the knowledge base's rare-earth mix for every market (no database) */
    static ScenarioSpec reinstated() {
        ScenarioSpec preset = preset("china-ree-2025-10-reinstated");
        Map<String, Double> mix = new LinkedHashMap<>();
        mix.put("US", 0.2);
        mix.put("CN", 0.56);
        mix.put("MY", 0.104);
        mix.put("JP", 0.048);
        mix.put("EE", 0.04);
        mix.put("OTHER", 0.048);
        return preset.mapMarkets(m -> m.withSupply(mix));
    }

    /** @return the minerals the preset names: rare earths, as one group and twelve elements */
    static MineralCatalogue catalogue() {
        List<Mineral> minerals = new ArrayList<>();
        for (String id : ("rare-earths dysprosium terbium samarium gadolinium lutetium scandium yttrium holmium erbium"
                        + " thulium europium ytterbium")
                .split(" ", -1)) {
            minerals.add(new Mineral(MineralId.of(id), id, Optional.empty(), Set.of(), List.of(), Set.of()));
        }
        return MineralCatalogue.of(minerals);
    }
}
