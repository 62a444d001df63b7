package lodestone.report.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A listing's JSON is its rows; its table and CSV are its columns over them, derived or declared. */
class ListingTest {
    record Mine(String id, @Cell(unit = "t") double tonnes) {}

    @Test
    void aRecordsComponentsAreTheColumnsOfListingOf() {
        Listing<Mine> listing = Listing.of(List.of(new Mine("a", 1200), new Mine("b", 3)), Mine.class);
        Table<Mine> table = listing.table();
        assertThat(table.csvHeader()).containsExactly("id", "tonnes");
        assertThat(table.textHeader()).containsExactly("ID", "TONNES (t)");
        assertThat(table.csvRows()).containsExactly(List.of("a", 1200.0), List.of("b", 3.0));
    }

    @Test
    void declaredColumnsAreRenderedAsDeclared() {
        Listing<Mine> listing = new Listing<>(
                List.of(new Mine("a", 1200)),
                List.of(
                        Column.of("mine", "MINE", Mine::id),
                        Column.quantity("kt", "KT", m -> m.tonnes() / 1000, Unit.TONNES)));
        assertThat(listing.table().csvHeader()).containsExactly("mine", "kt");
        assertThat(listing.table().csvRows()).containsExactly(List.of("a", 1.2));
    }

    @Test
    void theJsonFormIsTheListOfRows() throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<Mine> rows = List.of(new Mine("a", 1200), new Mine("b", 3));
        assertThat(json.writeValueAsString(Listing.of(rows, Mine.class))).isEqualTo(json.writeValueAsString(rows));
    }

    @Test
    void theRowsAndColumnsAreCopied() {
        List<Mine> rows = new ArrayList<>(List.of(new Mine("a", 1)));
        Listing<Mine> listing = Listing.of(rows, Mine.class);
        rows.add(new Mine("b", 2));
        assertThat(listing.rows()).hasSize(1);
        assertThatThrownBy(() -> listing.columns().clear()).isInstanceOf(UnsupportedOperationException.class);
    }
}
