package lodestone.report.mineral;

import java.util.List;
import lodestone.model.knowledge.KnowledgeSnapshot;
import lodestone.model.list.CriticalMineralList;
import lodestone.model.mineral.Mineral;
import lodestone.model.mineral.MineralGroup;
import lodestone.report.table.Cell;
import lodestone.report.table.Column;
import lodestone.report.table.Columns;
import lodestone.risk.governance.Governance;
import org.jspecify.annotations.Nullable;

/**
 * A catalogue entry with its list memberships.
 *
 * @param id mineral id
 * @param name name
 * @param symbol chemical symbol or null
 * @param groups groups
 * @param lists ids of the lists naming it
 * @param entry the list entry as published (when listing one list), or ""
 */
public record MineralListing(
        String id,
        String name,
        @Nullable String symbol,
        List<String> groups,
        List<String> lists,
        @Cell("ENTRY AS PUBLISHED") String entry) {

    /**
     * Every mineral in the catalogue, as listed to users: the catalogue's non-mineral entry that carries the World
     * Bank governance indicators is left out.
     *
     * @param snapshot the knowledge
     * @return one listing per catalogue mineral, in catalogue order
     */
    public static List<MineralListing> catalogue(KnowledgeSnapshot snapshot) {
        return snapshot.minerals().all().stream()
                .filter(m -> !m.id().equals(Governance.WGI_ENTRY))
                .map(m -> of(snapshot, m, ""))
                .toList();
    }

    /** The columns of a listing. */
    public static final List<Column<MineralListing>> COLUMNS = Columns.of(MineralListing.class);

    /**
     * @param snapshot the knowledge
     * @param mineral a catalogue entry
     * @param entry the list entry as published that names it, or ""
     * @return its listing
     */
    public static MineralListing of(KnowledgeSnapshot snapshot, Mineral mineral, String entry) {
        List<String> lists = snapshot.lists().stream()
                .filter(l -> l.contains(mineral.id()))
                .map(CriticalMineralList::id)
                .toList();
        return new MineralListing(
                mineral.id().value(),
                mineral.name(),
                mineral.symbol().orElse(null),
                mineral.groups().stream().map(MineralGroup::id).sorted().toList(),
                lists,
                entry);
    }
}
