package lodestone.sim.scenario;

import java.util.Set;
import java.util.TreeSet;

/**
 * The buffer switches of a scenario run: stockpiles and price floors switched off ({@code --without vault}), and
 * those the run assumes in force although the record does not say they operate ({@code --assume-in-force vault}). The
 * second is an explicit assumption: the result says so, and the record itself is never changed.
 *
 * @param without ids or keys of buffers switched off
 * @param assumeInForce ids or keys of buffers assumed to operate from the scenario's start
 */
public record BufferSwitches(Set<String> without, Set<String> assumeInForce) {
    /** No switch: every buffer as the record has it on the scenario's date. */
    public static final BufferSwitches NONE = new BufferSwitches(Set.of(), Set.of());

    public BufferSwitches {
        without = Set.copyOf(new TreeSet<>(without));
        assumeInForce = Set.copyOf(new TreeSet<>(assumeInForce));
        Set<String> both = new TreeSet<>(without);
        both.retainAll(assumeInForce);
        if (!both.isEmpty()) {
            throw new IllegalArgumentException("buffers (" + String.join(", ", both)
                    + ") cannot be both switched off (--without) and assumed in force (--assume-in-force).");
        }
    }

    /**
     * @param other more switches (from the command line, on top of a spec file's)
     * @return both sets of switches together
     * @throws IllegalArgumentException if a buffer ends up both switched off and assumed in force
     */
    public BufferSwitches and(BufferSwitches other) {
        Set<String> off = new TreeSet<>(without);
        off.addAll(other.without);
        Set<String> on = new TreeSet<>(assumeInForce);
        on.addAll(other.assumeInForce);
        return new BufferSwitches(off, on);
    }

    /** @return true if nothing is switched */
    public boolean isEmpty() {
        return without.isEmpty() && assumeInForce.isEmpty();
    }
}
