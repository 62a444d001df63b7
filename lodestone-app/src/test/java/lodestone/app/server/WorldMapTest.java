package lodestone.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The dashboard's world map (static/geo/world.json, produced by tools/world-geojson.js). */
class WorldMapTest {

    @Test
    void countriesCarryIsoCodesAndNoRingButAntarcticaJumpsAcrossTheAntimeridian() throws IOException {
        JsonNode map;
        try (InputStream in = WorldMapTest.class.getResourceAsStream("/static/geo/world.json")) {
            assertThat(in).as("static/geo/world.json on the classpath").isNotNull();
            map = new ObjectMapper().readTree(in);
        }
        Set<String> codes = new HashSet<>();
        Set<String> uncoded = new HashSet<>();
        List<String> jumps = new ArrayList<>();
        for (JsonNode feature : map.get("features")) {
            String iso2 = feature.get("properties").get("iso2").asText();
            codes.add(iso2);
            if (iso2.isEmpty()) {
                uncoded.add(feature.get("properties").get("name").asText());
            }
            JsonNode geometry = feature.get("geometry");
            List<JsonNode> polygons = new ArrayList<>();
            if (geometry.get("type").asText().equals("MultiPolygon")) {
                geometry.get("coordinates").forEach(polygons::add);
            } else {
                polygons.add(geometry.get("coordinates"));
            }
            for (JsonNode polygon : polygons) {
                for (JsonNode ring : polygon) {
                    for (int i = 1; i < ring.size(); i++) {
                        double step = ring.get(i).get(0).asDouble()
                                - ring.get(i - 1).get(0).asDouble();
                        if (Math.abs(step) > 180 && !iso2.equals("AQ")) {
                            jumps.add(iso2 + " at " + ring.get(i));
                        }
                    }
                }
            }
        }
        assertThat(jumps).isEmpty();
        assertThat(codes).contains("CN", "US", "RU", "FJ", "CD", "AU", "XK");
        // Natural Earth areas without an ISO 3166 code: drawn, never shaded.
        assertThat(uncoded).containsExactlyInAnyOrder("N. Cyprus", "Somaliland");
    }
}
