package lodestone.model.mineral;

import java.text.Normalizer;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The minerals Lodestone knows, looked up by id or by any name a source uses. Immutable. */
public final class MineralCatalogue {
    private final Map<MineralId, Mineral> byId;
    private final Map<String, Mineral> byName;
    /** Every entry ordered by id, built once: callers iterate the catalogue many times per query. */
    private final List<Mineral> all;

    private MineralCatalogue(Map<MineralId, Mineral> byId, Map<String, Mineral> byName) {
        this.byId = byId;
        this.byName = byName;
        this.all = List.copyOf(new TreeMap<>(byId).values());
    }

    /**
     * Builds a catalogue.
     *
     * @param minerals the entries; ids, names and aliases must be unique across entries
     * @return the catalogue
     * @throws IllegalArgumentException on a duplicate id or name, or a group member that is not in the catalogue
     */
    public static MineralCatalogue of(Collection<Mineral> minerals) {
        Map<MineralId, Mineral> byId = new TreeMap<>();
        Map<String, Mineral> byName = new HashMap<>();
        for (Mineral mineral : minerals) {
            if (byId.put(mineral.id(), mineral) != null) {
                throw new IllegalArgumentException("mineral id (" + mineral.id() + ") is defined twice.");
            }
            index(byName, mineral.id().value(), mineral);
            index(byName, mineral.name(), mineral);
            mineral.symbol().ifPresent(symbol -> index(byName, symbol, mineral));
            mineral.aliases().forEach(alias -> index(byName, alias, mineral));
        }
        for (Mineral mineral : byId.values()) {
            for (MineralId member : mineral.members()) {
                if (!byId.containsKey(member)) {
                    throw new IllegalArgumentException(
                            "member (" + member + ") of group " + mineral.id() + " is not in the catalogue.");
                }
            }
        }
        return new MineralCatalogue(Map.copyOf(byId), Map.copyOf(byName));
    }

    private static void index(Map<String, Mineral> byName, String name, Mineral mineral) {
        Mineral previous = byName.put(normalise(name), mineral);
        if (previous != null && !previous.id().equals(mineral.id())) {
            throw new IllegalArgumentException(
                    "name (" + name + ") is used by both " + previous.id() + " and " + mineral.id() + ".");
        }
    }

    /**
     * Normalises a name for lookup: Unicode NFKC, lower case, whitespace (including no-break spaces) collapsed.
     *
     * @param name a name as written in a source
     * @return the lookup key
     */
    public static String normalise(String name) {
        String text = Normalizer.normalize(name, Normalizer.Form.NFKC).replace('\u00a0', ' ');
        return text.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** @return the mineral with this id, if catalogued */
    public Optional<Mineral> get(MineralId id) {
        return Optional.ofNullable(byId.get(id));
    }

    /**
     * @return the mineral with this id
     * @throws IllegalArgumentException if the id is not catalogued
     */
    public Mineral require(MineralId id) {
        Mineral mineral = byId.get(id);
        if (mineral == null) {
            throw new IllegalArgumentException("mineral (" + id + ") is not in the catalogue."
                    + "\nMaybe run `lodestone minerals` to list the known ids.");
        }
        return mineral;
    }

    /** @return the mineral known by this id, name, symbol or alias */
    public Optional<Mineral> resolve(String nameOrId) {
        return Optional.ofNullable(byName.get(normalise(nameOrId)));
    }

    /** @return every mineral, ordered by id */
    public List<Mineral> all() {
        return all;
    }
}
