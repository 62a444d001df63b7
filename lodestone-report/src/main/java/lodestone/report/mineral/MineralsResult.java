package lodestone.report.mineral;

import java.util.List;
import lodestone.report.table.Table;
import lodestone.report.table.Tabular;
import org.jspecify.annotations.Nullable;

/**
 * The catalogue, or one list's members.
 *
 * @param list the list asked for, or null for the catalogue
 * @param name its name, or null
 * @param published its date, or null
 * @param source the id of its source, or null
 * @param sourceTitle the title of its source, or null
 * @param count number of entries as published, or null
 * @param minerals the rows
 */
public record MineralsResult(
        @Nullable String list,
        @Nullable String name,
        @Nullable String published,
        @Nullable String source,
        @Nullable String sourceTitle,
        @Nullable Integer count,
        List<MineralListing> minerals)
        implements Tabular {
    public MineralsResult {
        minerals = List.copyOf(minerals);
    }

    @Override
    public Table<MineralListing> table() {
        return Table.of(MineralListing.COLUMNS, minerals);
    }
}
