package lodestone.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import lodestone.model.mineral.Mineral;
import lodestone.model.mineral.MineralCatalogue;
import lodestone.model.mineral.MineralId;
import lodestone.sim.scenario.Presets;
import lodestone.sim.scenario.ScenarioReader;
import lodestone.sim.scenario.ScenarioSpec;

/** A small catalogue with the minerals the presets name, and a stand-in for the knowledge base's supply mix. */
public final class Fixtures {
    private static final List<String> IDS = List.of(
            "rare-earths",
            "dysprosium",
            "terbium",
            "samarium",
            "gadolinium",
            "lutetium",
            "scandium",
            "yttrium",
            "holmium",
            "erbium",
            "thulium",
            "europium",
            "ytterbium",
            "gallium",
            "germanium",
            "antimony",
            "graphite",
            "cobalt",
            "lithium");

    private Fixtures() {}

    public static MineralCatalogue catalogue() {
        List<Mineral> minerals = new ArrayList<>();
        for (String id : IDS) {
            minerals.add(new Mineral(MineralId.of(id), id, Optional.empty(), Set.of(), List.of(), Set.of()));
        }
        return MineralCatalogue.of(minerals);
    }

    /**
     * @param id a preset id
     * @return the preset read from the classpath and parsed against {@link #catalogue()}
     */
    public static ScenarioSpec preset(String id) {
        try (java.io.InputStream in = Fixtures.class.getClassLoader().getResourceAsStream(Presets.resource(id))) {
            return ScenarioReader.read(
                    new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8), id, catalogue());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * The mix the knowledge base gives rare earths (USGS MCS 2025: NIR 0.8; import sources CN 70, MY 13, JP 6, EE 5,
     * other 6 %), so that presets run without a database.
     */
    public static ScenarioSpec resolved(ScenarioSpec spec) {
        Map<String, Double> mix = new java.util.LinkedHashMap<>();
        mix.put("US", 0.2);
        mix.put("CN", 0.8 * 0.70);
        mix.put("MY", 0.8 * 0.13);
        mix.put("JP", 0.8 * 0.06);
        mix.put("EE", 0.8 * 0.05);
        mix.put("OTHER", 0.8 * 0.06);
        return spec.mapMarkets(m -> {
            var filled = m.supplyFrom().isPresent() ? m.withSupply(mix) : m;
            return filled.projectPartners().isEmpty() ? filled : filled.withResolvedPartners(List.of());
        });
    }
}
