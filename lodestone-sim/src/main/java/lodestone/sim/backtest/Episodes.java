package lodestone.sim.backtest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import lodestone.model.mineral.MineralCatalogue;
import lodestone.sim.scenario.Behaviour;

/** The episodes shipped with Lodestone, as YAML files under {@code lodestone/sim/backtest/}. */
public final class Episodes {
    /** The episode ids, oldest first. */
    public static final List<String> IDS =
            List.of("cn-ga-ge-2023", "cn-graphite-2023", "cn-ga-ge-sb-us-ban-2024", "cn-ree-2025-04");

    private Episodes() {}

    /**
     * @param catalogue the minerals known
     * @param behaviour the behaviour of markets that do not override it
     * @return every shipped episode
     */
    public static List<Episode> load(MineralCatalogue catalogue, Behaviour behaviour) {
        List<Episode> episodes = new ArrayList<>();
        for (String id : IDS) {
            episodes.add(EpisodeReader.read(text(id), id + ".yaml", catalogue, behaviour));
        }
        return episodes;
    }

    /**
     * @param id an episode id
     * @return its YAML text
     * @throws IllegalArgumentException if there is no such episode
     */
    public static String text(String id) {
        if (!IDS.contains(id)) {
            throw new IllegalArgumentException(
                    "episode (" + id + ") is not known; episodes: " + String.join(", ", IDS) + ".");
        }
        try (InputStream in = Episodes.class.getResourceAsStream("/lodestone/sim/backtest/" + id + ".yaml")) {
            if (in == null) {
                throw new IllegalStateException("episode " + id + " is listed but its file is missing.");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
