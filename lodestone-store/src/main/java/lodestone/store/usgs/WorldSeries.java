package lodestone.store.usgs;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import lodestone.model.chain.Stage;
import lodestone.model.mineral.MineralCatalogue;
import lodestone.model.mineral.MineralId;
import lodestone.model.observation.Metric;
import lodestone.model.quantity.Basis;
import lodestone.model.quantity.Unit;
import lodestone.store.importing.ImportReport;
import lodestone.store.reference.ReferenceData;

/**
 * The mapping of USGS world-table series to a mineral, stage and basis, from a bundled YAML file: {@code
 * usgs-world-series.yaml} keys MCS 2025 rows by (COMMODITY, TYPE), {@code usgs-mcs-2026-series.yaml} keys MCS 2026 rows
 * by (Commodity, Statistics_detail without its ": rounded"). An entry may correct the unit of a metric where the
 * release's unit column is wrong and no note of the row states the right one ({@code production-unit}, {@code
 * capacity-unit}, {@code reserves-unit}), with the evidence in {@code unit-basis}; the readers apply it with a warning.
 */
final class WorldSeries {
    /**
     * @param mineral the mineral
     * @param stage the stage
     * @param basis what the mass counts
     * @param label the series label to use instead of the source's text (long sentences), if any
     * @param units corrected units by metric
     * @param unitBasis the evidence for the corrected units
     */
    record Mapping(
            MineralId mineral,
            Stage stage,
            Basis basis,
            Optional<String> label,
            Map<Metric, Unit> units,
            String unitBasis) {}

    private final Map<String, Mapping> byKey;
    private final String file;

    private WorldSeries(Map<String, Mapping> byKey, String file) {
        this.byKey = byKey;
        this.file = file;
    }

    /** @return the MCS 2025 mapping, keyed by (COMMODITY, TYPE) */
    static WorldSeries mcs2025(MineralCatalogue minerals) {
        return load(minerals, "usgs-world-series.yaml", "type");
    }

    /** @return the MCS 2026 mapping, keyed by (Commodity, Statistics_detail) */
    static WorldSeries mcs2026(MineralCatalogue minerals) {
        return load(minerals, "usgs-mcs-2026-series.yaml", "detail");
    }

    private static WorldSeries load(MineralCatalogue minerals, String file, String keyField) {
        Map<String, Mapping> byKey = new HashMap<>();
        for (JsonNode node : ReferenceData.read(file).path("series")) {
            MineralId mineral = minerals.require(
                            MineralId.of(node.path("mineral").asText()))
                    .id();
            Map<Metric, Unit> units = new EnumMap<>(Metric.class);
            for (Metric metric : new Metric[] {Metric.PRODUCTION, Metric.CAPACITY, Metric.RESERVES}) {
                String text = node.path(metric.id() + "-unit").asText("");
                if (!text.isEmpty()) {
                    units.put(
                            metric,
                            McsUnits.parse(text)
                                    .orElseThrow(() -> new IllegalStateException(
                                            file + ": unknown unit (" + text + ") in " + node)));
                }
            }
            if (!units.isEmpty() && node.path("unit-basis").asText("").isBlank()) {
                throw new IllegalStateException(file + ": a corrected unit needs its evidence in unit-basis: " + node);
            }
            Mapping mapping = new Mapping(
                    mineral,
                    Stage.parse(node.path("stage").asText()),
                    Basis.parse(node.path("basis").asText()),
                    Optional.of(node.path("label").asText("")).filter(label -> !label.isBlank()),
                    Map.copyOf(units),
                    node.path("unit-basis").asText(""));
            if (byKey.put(
                            key(
                                    node.path("commodity").asText(),
                                    node.path(keyField).asText()),
                            mapping)
                    != null) {
                throw new IllegalStateException(file + " maps " + node + " twice.");
            }
        }
        return new WorldSeries(Map.copyOf(byKey), file);
    }

    Optional<Mapping> find(String commodity, String type) {
        return Optional.ofNullable(byKey.get(key(commodity, type)));
    }

    /**
     * Finds a row's series, reporting an error against the row if it is not mapped.
     *
     * @param commodity the row's commodity
     * @param type the row's series text (TYPE, or Statistics_detail without its ": rounded")
     * @param file the file read, for messages
     * @param line the row's line
     * @param field the column holding the series text
     * @param report receives an error if the series is unknown
     * @return the mapping, or empty (with the error reported)
     */
    Optional<Mapping> find(String commodity, String type, String file, long line, String field, ImportReport report) {
        Optional<Mapping> mapping = find(commodity, type);
        if (mapping.isEmpty()) {
            report.error(
                    file,
                    line,
                    field,
                    commodity + " / " + type,
                    "unknown series; map it to a mineral, stage and basis in " + this.file);
        }
        return mapping;
    }

    /** @return the bundled file the mapping comes from, for messages */
    String file() {
        return file;
    }

    private static String key(String commodity, String type) {
        return MineralCatalogue.normalise(commodity) + "\u0000" + MineralCatalogue.normalise(type);
    }
}
