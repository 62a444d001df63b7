package lodestone.model.buffer;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import lodestone.model.mineral.MineralId;

/**
 * The minerals a buffer covers: named minerals (or groups), or every mineral of an official list (Project Vault covers
 * "all minerals designated as critical by the USGS"), or both.
 *
 * @param minerals minerals or groups named by the record
 * @param list the id of a critical-mineral list whose members are covered, e.g. {@code usgs-2025}
 */
public record MineralScope(List<MineralId> minerals, Optional<String> list) {
    public MineralScope {
        minerals = List.copyOf(minerals);
        Objects.requireNonNull(list, "list");
        if (minerals.isEmpty() && list.isEmpty()) {
            throw new IllegalArgumentException("a buffer must cover at least one mineral or a critical-mineral list.");
        }
    }

    /**
     * @param minerals the minerals
     * @return a scope of named minerals
     */
    public static MineralScope of(List<MineralId> minerals) {
        return new MineralScope(minerals, Optional.empty());
    }

    /** @return the scope in words, e.g. "rare-earths, gallium" or "every mineral on list usgs-2025" */
    public String label() {
        String named = String.join(", ", minerals.stream().map(MineralId::value).toList());
        String listed = list.map(id -> "every mineral on list " + id).orElse("");
        return named.isEmpty() ? listed : listed.isEmpty() ? named : named + "; " + listed;
    }
}
