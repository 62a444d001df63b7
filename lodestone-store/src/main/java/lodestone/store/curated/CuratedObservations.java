package lodestone.store.curated;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import lodestone.model.geo.Area;
import lodestone.model.mineral.MineralId;
import lodestone.model.observation.Metric;
import lodestone.model.observation.Observation;
import lodestone.model.observation.Period;
import lodestone.model.provenance.Method;
import lodestone.model.provenance.Provenance;
import lodestone.model.provenance.SourceId;
import lodestone.model.quantity.Basis;
import lodestone.model.quantity.Quantity;
import lodestone.model.quantity.Unit;
import lodestone.store.reference.ReferenceData;

/**
 * Observations entered by hand from a cited publication ({@code curated-observations.yaml}), such as the import
 * shares that the USGS Rare Earths chapter gives but the data release does not.
 */
public final class CuratedObservations {
    static final String FILE = "curated-observations.yaml";

    private CuratedObservations() {}

    /**
     * @param reference the reference data, for ids and sources
     * @return the curated observations
     * @throws IllegalStateException if the bundled file is invalid (a build defect; tests cover it)
     */
    public static List<Observation> load(ReferenceData reference) {
        List<Observation> out = new ArrayList<>();
        int index = 0;
        for (JsonNode node : ReferenceData.read(FILE).path("observations")) {
            index++;
            MineralId mineral = reference
                    .minerals()
                    .require(MineralId.of(node.path("mineral").asText()))
                    .id();
            SourceId source = reference.source(node.path("source").asText()).id();
            Area area = Area.parse(node.path("area").asText());
            if (area.isCountry()) {
                reference.countries().require(((Area.CountryArea) area).country());
            }
            double percent = node.path("percent").asDouble(Double.NaN);
            if (!(percent >= 0 && percent <= 100)) {
                throw new IllegalStateException(FILE + " observation " + index + ": percent (" + node.path("percent")
                        + ") must be within [0, 100].");
            }
            Metric metric = Metric.parse(node.path("metric").asText());
            Optional<Area> importer = node.hasNonNull("importer")
                    ? Optional.of(Area.parse(node.path("importer").asText()))
                    : Optional.empty();
            out.add(new Observation(
                    mineral,
                    Optional.empty(),
                    area,
                    Period.parse(node.path("period").asText()),
                    metric,
                    node.path("series").asText(),
                    Basis.UNSPECIFIED,
                    Optional.of(Quantity.of(percent, Unit.PERCENT).canonical()),
                    Set.of(),
                    node.path("percent").asText() + "%",
                    node.path("note").asText(""),
                    new Provenance(source, node.path("locator").asText(), Method.CURATED),
                    importer));
        }
        return out;
    }
}
