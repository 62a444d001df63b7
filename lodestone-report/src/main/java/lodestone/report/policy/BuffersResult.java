package lodestone.report.policy;

import java.time.LocalDate;
import java.util.List;
import lodestone.model.buffer.Buffer;
import lodestone.model.buffer.BufferStatus;
import lodestone.report.table.Column;
import lodestone.report.table.Table;
import lodestone.report.table.Tabular;
import org.jspecify.annotations.Nullable;

/**
 * The stockpiles and price floors covering a mineral for a country on a date.
 *
 * @param on the date of the states
 * @param mineral the mineral id
 * @param perspective the country served, ISO alpha-2
 * @param without the keys or ids switched off
 * @param targetDaysInForce the days of supply the reserves in force target, or null if none states a target
 * @param buffers the stockpiles, then the price floors
 */
public record BuffersResult(
        LocalDate on,
        String mineral,
        String perspective,
        List<String> without,
        @Nullable Double targetDaysInForce,
        List<BuffersResult.BufferRow> buffers)
        implements Tabular {
    public BuffersResult {
        without = List.copyOf(without);
        buffers = List.copyOf(buffers);
    }

    /**
     * One stockpile or price floor.
     *
     * @param id record id
     * @param key the short key a scenario's {@code --without} names
     * @param kind stockpile, price-floor or offtake-guarantee
     * @param name its name
     * @param state its state on the date in words, e.g. "funded 2026-02-02; no source on record confirms operation"
     * @param inForce true if in force on the date (and not switched off)
     * @param switchedOff true if {@code without} named it
     * @param terms its target, price, volume and term in words
     * @param sources the ids of the sources its milestones cite
     */
    public record BufferRow(
            String id,
            String key,
            String kind,
            String name,
            String state,
            boolean inForce,
            boolean switchedOff,
            String terms,
            List<String> sources) {
        public BufferRow {
            sources = List.copyOf(sources);
        }

        static BufferRow of(BufferStatus<?> status, String kind, String terms) {
            Buffer buffer = status.record();
            return new BufferRow(
                    buffer.id(),
                    buffer.key(),
                    kind,
                    buffer.name(),
                    status.description(),
                    status.inForce(),
                    status.switchedOff(),
                    terms,
                    BuffersQuery.ids(buffer.sources()));
        }
    }

    /** The columns of a buffer. */
    public static final List<Column<BufferRow>> COLUMNS = List.of(
            Column.of("id", "ID", BufferRow::id),
            Column.of("key", "KEY", BufferRow::key),
            Column.of("kind", "KIND", BufferRow::kind),
            Column.<BufferRow>of("name", null, BufferRow::name),
            Column.<BufferRow>of("state", "STATE", BufferRow::state)
                    .shownAs(b -> (b.switchedOff() ? "SWITCHED OFF; " : "") + b.state()),
            Column.<BufferRow>of("in_force", null, BufferRow::inForce),
            Column.<BufferRow>of("switched_off", null, BufferRow::switchedOff),
            Column.of("terms", "TERMS", BufferRow::terms),
            Column.<BufferRow>of("sources", null, BufferRow::sources));

    @Override
    public Table<BufferRow> table() {
        return Table.of(COLUMNS, buffers);
    }
}
