package lodestone.store.usgs;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import lodestone.model.chain.Stage;
import lodestone.model.mineral.MineralCatalogue;
import lodestone.model.mineral.MineralId;
import lodestone.model.quantity.Basis;
import lodestone.store.reference.ReferenceData;

/**
 * The mapping of USGS world-data series (COMMODITY, TYPE) to a mineral, stage and basis, from the bundled
 * {@code usgs-world-series.yaml}.
 */
final class WorldSeries {
    /**
     * @param mineral the mineral
     * @param stage the stage
     * @param basis what the mass counts
     */
    record Mapping(MineralId mineral, Stage stage, Basis basis) {}

    private final Map<String, Mapping> byKey;

    private WorldSeries(Map<String, Mapping> byKey) {
        this.byKey = byKey;
    }

    static WorldSeries load(MineralCatalogue minerals) {
        Map<String, Mapping> byKey = new HashMap<>();
        for (JsonNode node : ReferenceData.read("usgs-world-series.yaml").path("series")) {
            MineralId mineral = minerals.require(
                            MineralId.of(node.path("mineral").asText()))
                    .id();
            Mapping mapping = new Mapping(
                    mineral,
                    Stage.parse(node.path("stage").asText()),
                    Basis.parse(node.path("basis").asText()));
            if (byKey.put(key(node.path("commodity").asText(), node.path("type").asText()), mapping) != null) {
                throw new IllegalStateException("usgs-world-series.yaml maps " + node + " twice.");
            }
        }
        return new WorldSeries(Map.copyOf(byKey));
    }

    Optional<Mapping> find(String commodity, String type) {
        return Optional.ofNullable(byKey.get(key(commodity, type)));
    }

    private static String key(String commodity, String type) {
        return MineralCatalogue.normalise(commodity) + "\u0000" + MineralCatalogue.normalise(type);
    }
}
