package lodestone.risk.index;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import lodestone.model.knowledge.KnowledgeSnapshot;
import lodestone.model.list.CriticalMineralList;
import lodestone.model.mineral.MineralId;
import lodestone.risk.governance.Governance;

/**
 * Which minerals a ranking covers: the members of one official list (the default, {@value #DEFAULT}, the USGS 2025
 * list of 60), or {@value #ALL}, every entry of the catalogue, which also holds the non-mineral materials of the EU
 * assessment (natural rubber, teak, sapele, cork). The catalogue's country-governance entry is never a mineral.
 */
public final class MineralScope {
    /** Every catalogue entry. */
    public static final String ALL = "all";
    /** The scope used when none is asked for. */
    public static final String DEFAULT = "usgs-2025";

    private final String id;
    private final Optional<CriticalMineralList> list;

    private MineralScope(String id, Optional<CriticalMineralList> list) {
        this.id = id;
        this.list = list;
    }

    /**
     * @param snapshot the snapshot holding the lists
     * @param id a list id of the snapshot (e.g. {@code usgs-2025}, {@code eu-2023}) or {@value #ALL}
     * @return the scope
     * @throws IllegalArgumentException naming the accepted ids if the id is neither
     */
    public static MineralScope of(KnowledgeSnapshot snapshot, String id) {
        Objects.requireNonNull(id, "id");
        if (id.equals(ALL)) {
            return new MineralScope(ALL, Optional.empty());
        }
        Optional<CriticalMineralList> list = snapshot.list(id);
        if (list.isEmpty()) {
            throw new IllegalArgumentException("list (" + id + ") must be one of "
                    + Stream.concat(snapshot.lists().stream().map(CriticalMineralList::id), Stream.of(ALL))
                            .collect(Collectors.joining(", "))
                    + ".");
        }
        return new MineralScope(id, list);
    }

    /** @return the id asked for */
    public String id() {
        return id;
    }

    /** @return the list, unless the scope is {@value #ALL} */
    public Optional<CriticalMineralList> list() {
        return list;
    }

    /**
     * @param mineral a catalogue id
     * @return true if the ranking covers it
     */
    public boolean contains(MineralId mineral) {
        if (mineral.equals(Governance.WGI_ENTRY)) {
            return false;
        }
        return list.map(l -> l.contains(mineral)).orElse(true);
    }

    /**
     * @param minerals catalogue ids
     * @return those the scope covers, in the same order
     */
    public List<MineralId> filter(List<MineralId> minerals) {
        return minerals.stream().filter(this::contains).toList();
    }

    @Override
    public String toString() {
        return id;
    }
}
