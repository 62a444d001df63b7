package lodestone.model.chain;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The stages of a mineral supply chain, from ore to component. */
public enum Stage {
    /** Mining or extraction (EU stage "E"). */
    MINING("mining", List.of("mining", "extraction", "mine", "mine production", "e")),
    /** Processing, refining or separation into compounds (EU stage "P"). */
    PROCESSING("processing", List.of("processing", "refining", "refinery", "separation", "p")),
    /** Metal and alloy production. */
    METAL("metal", List.of("metal", "metals", "smelting", "alloys")),
    /** Magnets and other components. */
    MAGNET("magnet", List.of("magnet", "magnets", "component", "components")),
    /** Recycling of scrap and end-of-life material. */
    RECYCLING("recycling", List.of("recycling", "secondary"));

    private final String id;

    @SuppressWarnings("ImmutableEnumChecker") // always a List.of(...), which is unmodifiable
    private final List<String> names;

    Stage(String id, List<String> names) {
        this.id = id;
        this.names = names;
    }

    /** @return the lower-case identifier used in files and output */
    public String id() {
        return id;
    }

    /**
     * @param text a stage id or a synonym such as "extraction" or "refining"
     * @return the stage, if the text names one
     */
    public static Optional<Stage> find(String text) {
        String key = text.trim().toLowerCase(Locale.ROOT);
        for (Stage stage : values()) {
            if (stage.names.contains(key)) {
                return Optional.of(stage);
            }
        }
        return Optional.empty();
    }

    /**
     * @param text a stage id or synonym
     * @return the stage
     * @throws IllegalArgumentException if the text names no stage
     */
    public static Stage parse(String text) {
        return find(text)
                .orElseThrow(() -> new IllegalArgumentException(
                        "stage (" + text + ") must be one of mining, processing, metal, magnet, recycling."));
    }
}
