package lodestone.report.mineral;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import lodestone.report.source.SourceView;
import lodestone.report.table.Column;
import lodestone.report.table.Table;
import lodestone.report.table.Tabular;

/**
 * The official critical-mineral lists. Its JSON form is the list of lists; its CSV form one row per entry.
 *
 * @param lists the lists, as the knowledge base holds them
 */
public record CriticalLists(List<ListView> lists) implements Tabular {
    public CriticalLists {
        lists = List.copyOf(lists);
    }

    /**
     * @param id list id
     * @param name its name
     * @param issuer who published it
     * @param published publication date
     * @param source its source
     * @param entries its entries as published
     */
    public record ListView(
            String id, String name, String issuer, String published, SourceView source, List<EntryView> entries) {}

    /**
     * @param name the entry as published
     * @param minerals the catalogue ids it covers
     * @param note the list's note on it
     */
    public record EntryView(String name, List<String> minerals, String note) {}

    /**
     * @param list the list
     * @param entry one of its entries
     */
    public record Row(ListView list, EntryView entry) {}

    /** The columns of a list entry. */
    public static final List<Column<Row>> COLUMNS = List.of(
            Column.<Row>of("list", "LIST", r -> r.list().id()),
            Column.<Row>of("published", "PUBLISHED", r -> r.list().published()),
            Column.<Row>of("entry", "ENTRY AS PUBLISHED", r -> r.entry().name()),
            Column.<Row>of("minerals", "MINERALS", r -> r.entry().minerals()),
            Column.<Row>of("note", "NOTE", r -> r.entry().note()));

    /** @return the lists, as the JSON document */
    @JsonValue
    public List<ListView> json() {
        return lists;
    }

    @Override
    public Table<Row> table() {
        return Table.of(
                COLUMNS,
                lists.stream()
                        .flatMap(l -> l.entries().stream().map(e -> new Row(l, e)))
                        .toList());
    }
}
