package lodestone.model.buffer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import lodestone.model.geo.CountryCode;
import lodestone.model.list.CriticalMineralList;
import lodestone.model.mineral.Mineral;
import lodestone.model.mineral.MineralCatalogue;
import lodestone.model.mineral.MineralId;

/**
 * The pure query behind dated scenario inputs: which stockpiles and price floors cover mineral M, serve perspective P
 * and were announced by date D, and which of them are in force on D. A record covers M when it names M, a group M
 * belongs to, or (M being a group) one of M's members, or when M (or a related mineral) is on the critical-mineral list
 * the record covers. It serves P when P is one of the countries it names. Records switched off by id or key (the
 * {@code --without vault} switches of a scenario) are listed with {@code switchedOff} and never count as in force.
 *
 * <p>Immutable and thread-safe; no I/O. Build it once per snapshot: {@code snapshot.buffers()}.
 */
public final class BuffersInForce {
    private final List<Stockpile> stockpiles;
    private final List<PriceFloor> floors;
    private final MineralCatalogue catalogue;
    private final List<CriticalMineralList> lists;
    private final Set<String> switches;

    /**
     * @param stockpiles the stockpiles on record
     * @param floors the price floors and offtake guarantees on record
     * @param catalogue the mineral catalogue (for groups and members)
     * @param lists the critical-mineral lists (for records that cover a whole list)
     * @throws IllegalArgumentException if a record covers a list that is not given
     */
    public BuffersInForce(
            Collection<Stockpile> stockpiles,
            Collection<PriceFloor> floors,
            MineralCatalogue catalogue,
            Collection<CriticalMineralList> lists) {
        this.stockpiles = List.copyOf(stockpiles);
        this.floors = List.copyOf(floors);
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
        this.lists = List.copyOf(lists);
        Set<String> names = new TreeSet<>();
        Stream.concat(this.stockpiles.stream(), this.floors.stream()).forEach(buffer -> {
            names.add(buffer.id());
            names.add(buffer.key());
            requireList(buffer);
        });
        this.switches = Set.copyOf(names);
    }

    private void requireList(Buffer buffer) {
        buffer.scope().list().ifPresent(list -> {
            if (lists.stream().noneMatch(l -> l.id().equals(list))) {
                throw new IllegalArgumentException(
                        "buffer " + buffer.id() + " covers list (" + list + ") that is unknown.");
            }
        });
    }

    /** @return every id and key a caller may switch off */
    public Set<String> switches() {
        return switches;
    }

    /**
     * @param on the date
     * @param mineral the mineral
     * @param perspective the country whose supply is buffered, or empty for all
     * @param without ids or keys to switch off
     * @return the relevant records with their state on the date; {@link Buffers#stockpilesInForce()} and {@link
     *     Buffers#floorsInForce()} are the scenario inputs
     * @throws IllegalArgumentException if {@code without} names no record on file (with the known names)
     */
    public Buffers on(LocalDate on, MineralId mineral, Optional<CountryCode> perspective, Set<String> without) {
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(mineral, "mineral");
        Objects.requireNonNull(perspective, "perspective");
        for (String name : without) {
            if (!switches.contains(name)) {
                throw new IllegalArgumentException("--without (" + name + ") names no stockpile or price floor.\n"
                        + "Maybe one of: " + String.join(", ", switches) + ".");
            }
        }
        Set<MineralId> related = related(mineral);
        return new Buffers(
                on,
                mineral,
                perspective,
                without,
                select(stockpiles, on, perspective, without, related),
                select(floors, on, perspective, without, related));
    }

    private <T extends Buffer> List<BufferStatus<T>> select(
            List<T> records,
            LocalDate on,
            Optional<CountryCode> perspective,
            Set<String> without,
            Set<MineralId> related) {
        List<BufferStatus<T>> out = new ArrayList<>();
        for (T record : records) {
            BufferState state = record.state(on);
            if (state == BufferState.NOT_YET_ANNOUNCED
                    || !covers(record.scope(), related)
                    || perspective.map(p -> !record.serves().contains(p)).orElse(false)) {
                continue;
            }
            boolean off = without.contains(record.id()) || without.contains(record.key());
            out.add(new BufferStatus<>(record, state, record.timeline().describe(on), off));
        }
        out.sort(Comparator.comparing(s -> s.record().id()));
        return out;
    }

    private boolean covers(MineralScope scope, Set<MineralId> related) {
        if (scope.minerals().stream().anyMatch(related::contains)) {
            return true;
        }
        return scope.list()
                .flatMap(id -> lists.stream().filter(l -> l.id().equals(id)).findFirst())
                .map(list -> related.stream().anyMatch(list::contains))
                .orElse(false);
    }

    /** The mineral, the groups it belongs to, and its members if it is a group. */
    private Set<MineralId> related(MineralId mineral) {
        Set<MineralId> out = new TreeSet<>();
        out.add(mineral);
        catalogue.get(mineral).ifPresent(m -> out.addAll(m.members()));
        for (Mineral candidate : catalogue.all()) {
            if (candidate.members().contains(mineral)) {
                out.add(candidate.id());
            }
        }
        return out;
    }
}
