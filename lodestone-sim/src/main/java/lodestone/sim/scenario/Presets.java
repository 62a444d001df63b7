package lodestone.sim.scenario;

import java.util.List;

/**
 * The scenarios shipped with Lodestone, as YAML files under {@code lodestone/sim/presets/} on the classpath. The
 * engine does no I/O: the caller reads a preset's text from {@link #resource} and parses it with
 * {@link ScenarioReader#read}.
 */
public final class Presets {
    /** The preset ids, in the order they are listed. */
    public static final List<String> IDS = List.of(
            "china-ree-2025-04", "china-ree-2025-10-reinstated", "china-ga-ge-sb-us-ban", "china-graphite-licensing");

    private Presets() {}

    /**
     * @param id a preset id
     * @return the classpath resource holding its YAML text
     * @throws IllegalArgumentException if there is no such preset
     */
    public static String resource(String id) {
        if (!IDS.contains(id)) {
            throw new IllegalArgumentException(
                    "preset (" + id + ") is not known; presets: " + String.join(", ", IDS) + ".");
        }
        return "lodestone/sim/presets/" + id + ".yaml";
    }
}
