package lodestone.model.mineral;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import lodestone.model.Guards;

/**
 * A mineral commodity, element or group in the catalogue.
 *
 * @param id stable identifier
 * @param name display name, e.g. "Rare earths"
 * @param symbol chemical symbol for single elements, e.g. "Dy"
 * @param groups groups this mineral belongs to, e.g. REE and HREE for dysprosium
 * @param members for a group entry (such as {@code rare-earths}), the minerals it covers; empty otherwise
 * @param aliases other names the sources use for it (USGS commodity names, EU material names)
 */
public record Mineral(
        MineralId id,
        String name,
        Optional<String> symbol,
        Set<MineralGroup> groups,
        List<MineralId> members,
        Set<String> aliases) {

    public Mineral {
        Guards.requireText(name, "name of mineral " + id);
        groups = Set.copyOf(groups);
        members = List.copyOf(members);
        aliases = Set.copyOf(aliases);
    }

    /** @return true if this entry stands for a group of other catalogue entries */
    public boolean isGroup() {
        return !members.isEmpty();
    }
}
