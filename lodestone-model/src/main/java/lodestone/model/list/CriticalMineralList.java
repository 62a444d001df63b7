package lodestone.model.list;

import java.time.LocalDate;
import java.util.List;
import lodestone.model.Guards;
import lodestone.model.mineral.MineralId;
import lodestone.model.provenance.SourceId;

/**
 * An official list of critical minerals or raw materials, such as the USGS 2025 list of 60.
 *
 * @param id stable identifier, e.g. {@code usgs-2025}
 * @param name display name
 * @param issuer who issued it, e.g. "United States (USGS, Department of the Interior)"
 * @param published publication date
 * @param source the source that publishes it
 * @param entries the members, each as published and mapped to catalogue ids
 */
public record CriticalMineralList(
        String id, String name, String issuer, LocalDate published, SourceId source, List<Entry> entries) {

    public CriticalMineralList {
        Guards.requireText(id, "list id");
        Guards.requireText(name, "name of list " + id);
        Guards.requireText(issuer, "issuer of list " + id);
        entries = List.copyOf(entries);
    }

    /**
     * @param mineral the mineral
     * @return true if the list names it, or a group it belongs to is mapped to it
     */
    public boolean contains(MineralId mineral) {
        return entries.stream().anyMatch(entry -> entry.minerals().contains(mineral));
    }

    /**
     * One entry as published.
     *
     * @param name the name as published, e.g. "Heavy rare earth elements" or "Nickel (battery grade)"
     * @param minerals the catalogue ids it covers (a group entry covers its members)
     * @param note how the entry qualifies, e.g. "strategic raw material; does not meet the thresholds"
     */
    public record Entry(String name, List<MineralId> minerals, String note) {
        public Entry {
            Guards.requireText(name, "entry name");
            minerals = List.copyOf(
                    Guards.requireNonEmpty(minerals, "list entry (" + name + ") must map to at least one mineral id."));
        }
    }
}
