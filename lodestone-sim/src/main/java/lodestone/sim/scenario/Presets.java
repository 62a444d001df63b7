package lodestone.sim.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import lodestone.model.mineral.MineralCatalogue;

/** The scenarios shipped with Lodestone, as YAML files under {@code lodestone/sim/presets/}. */
public final class Presets {
    /** The preset ids, in the order they are listed. */
    public static final List<String> IDS = List.of(
            "china-ree-2025-04", "china-ree-2025-10-reinstated", "china-ga-ge-sb-us-ban", "china-graphite-licensing");

    private Presets() {}

    /**
     * @param id a preset id
     * @return the preset's YAML text, if there is one
     */
    public static Optional<String> text(String id) {
        if (!IDS.contains(id)) {
            return Optional.empty();
        }
        try (InputStream in = Presets.class.getResourceAsStream("/lodestone/sim/presets/" + id + ".yaml")) {
            if (in == null) {
                throw new IllegalStateException("preset " + id + " is listed but its file is missing.");
            }
            return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param id a preset id
     * @param catalogue the minerals known to the knowledge base
     * @return the parsed preset
     * @throws IllegalArgumentException if there is no such preset
     */
    public static ScenarioSpec load(String id, MineralCatalogue catalogue) {
        String text = text(id).orElseThrow(() -> new IllegalArgumentException(
                "preset (" + id + ") is not known; presets: " + String.join(", ", IDS) + "."));
        return ScenarioReader.read(text, id, catalogue);
    }
}
