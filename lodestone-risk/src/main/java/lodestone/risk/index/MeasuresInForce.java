package lodestone.risk.index;

import java.time.LocalDate;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import lodestone.model.geo.CountryCode;
import lodestone.model.knowledge.KnowledgeSnapshot;
import lodestone.model.mineral.Mineral;
import lodestone.model.mineral.MineralId;
import lodestone.model.policy.MeasureKind;
import lodestone.model.policy.MeasureState;
import lodestone.model.policy.TradeMeasure;

/**
 * The trade measures that bind on a date for a mineral and a destination: the measure's derived state on the date
 * {@linkplain lodestone.model.policy.MeasureState#binds() binds} (in force), it covers the mineral (the mineral
 * itself, a group it belongs to, or, for a group, any of its members), and its targets cover the destination.
 */
public final class MeasuresInForce {
    /**
     * The weight of a lapsed measure (suspension ended, no later record) relative to one in force: one half, the
     * midpoint between the two readings the record allows. When a suspension expires the measure applies again by
     * its own terms (weight 1), unless an extension exists that the record lacks (weight 0); neither is on record.
     */
    public static final double LAPSED_WEIGHT = 0.5;

    /** The words the output uses for a lapsed measure. */
    public static final String LAPSED = "lapsed, status unknown";

    private MeasuresInForce() {}

    /**
     * @param snapshot the snapshot
     * @param mineral the mineral
     * @param on the date
     * @param destination which destinations count (e.g. the perspective country, or any EU member state)
     * @return the binding measures, in the snapshot's order
     */
    public static List<TradeMeasure> binding(
            KnowledgeSnapshot snapshot, MineralId mineral, LocalDate on, Predicate<CountryCode> destination) {
        return binding(covering(snapshot, mineral), stateOn(on), destination);
    }

    /**
     * The measures whose suspension has ended on the date with no later event on record (state
     * {@link lodestone.model.policy.MeasureState#SUSPENSION_ENDED}): lapsed, status unknown. The record does not say
     * whether the measure applies again or the suspension was extended; the Lodestone index counts them at
     * {@link #LAPSED_WEIGHT} of a measure in force.
     *
     * @param snapshot the snapshot
     * @param mineral the mineral
     * @param on the date
     * @param destination which destinations count
     * @return the lapsed measures covering the mineral and the destination, in the snapshot's order
     */
    public static List<TradeMeasure> lapsed(
            KnowledgeSnapshot snapshot, MineralId mineral, LocalDate on, Predicate<CountryCode> destination) {
        return lapsed(covering(snapshot, mineral), stateOn(on), destination);
    }

    /**
     * The measures that cover a mineral whatever their state: those that name the mineral, a group it belongs to, or,
     * for a group, any of its members. They depend on the snapshot only, so a caller that asks for many dates computes
     * them once and passes them, with the states on each date ({@link #states}), to
     * {@link #binding(List, Function, Predicate)} and {@link #lapsed(List, Function, Predicate)}.
     *
     * @param snapshot the snapshot
     * @param mineral the mineral
     * @return the covering measures, in the snapshot's order
     */
    public static List<TradeMeasure> covering(KnowledgeSnapshot snapshot, MineralId mineral) {
        Set<MineralId> related = related(snapshot, mineral);
        return snapshot.policy().measures().stream()
                .filter(measure -> measure.minerals().stream().anyMatch(related::contains))
                .toList();
    }

    /**
     * @param covering the measures that cover the mineral ({@link #covering})
     * @param stateOn each measure's state on the date ({@link #states})
     * @param destination which destinations count
     * @return those that bind on the date for the destination, in the given order
     */
    public static List<TradeMeasure> binding(
            List<TradeMeasure> covering,
            Function<TradeMeasure, MeasureState> stateOn,
            Predicate<CountryCode> destination) {
        return matching(covering, stateOn, destination, MeasureState::binds);
    }

    /**
     * The state of every measure on one date, derived once: a ranking asks for the state of a measure once per mineral
     * it covers.
     *
     * @param measures the measures
     * @param on the date
     * @return each measure's state on the date (falls back to deriving it for a measure not given)
     */
    public static Function<TradeMeasure, MeasureState> states(List<TradeMeasure> measures, LocalDate on) {
        Objects.requireNonNull(on, "on");
        IdentityHashMap<TradeMeasure, MeasureState> states = new IdentityHashMap<>();
        measures.forEach(measure -> states.put(measure, measure.status(on).state()));
        return measure -> {
            MeasureState state = states.get(measure);
            return state != null ? state : measure.status(on).state();
        };
    }

    /**
     * @param covering the measures that cover the mineral ({@link #covering})
     * @param stateOn each measure's state on the date ({@link #states})
     * @param destination which destinations count
     * @return those lapsed on the date (suspension ended, no later record) for the destination, in the given order
     */
    public static List<TradeMeasure> lapsed(
            List<TradeMeasure> covering,
            Function<TradeMeasure, MeasureState> stateOn,
            Predicate<CountryCode> destination) {
        return matching(covering, stateOn, destination, state -> state == MeasureState.SUSPENSION_ENDED);
    }

    /**
     * @param on a date
     * @return each measure's state on the date, derived when asked
     */
    private static Function<TradeMeasure, MeasureState> stateOn(LocalDate on) {
        Objects.requireNonNull(on, "on");
        return measure -> measure.status(on).state();
    }

    private static List<TradeMeasure> matching(
            List<TradeMeasure> covering,
            Function<TradeMeasure, MeasureState> stateOn,
            Predicate<CountryCode> destination,
            Predicate<MeasureState> state) {
        return covering.stream()
                .filter(measure -> state.test(stateOn.apply(measure)))
                .filter(measure -> measure.targets().all()
                        || measure.targets().countries().stream().anyMatch(destination))
                .toList();
    }

    /**
     * @param snapshot the snapshot
     * @param mineral the mineral
     * @return the mineral, the groups it belongs to, and its members if it is a group
     */
    public static Set<MineralId> related(KnowledgeSnapshot snapshot, MineralId mineral) {
        java.util.Set<MineralId> out = new java.util.TreeSet<>();
        out.add(mineral);
        snapshot.minerals().get(mineral).ifPresent(m -> out.addAll(m.members()));
        for (Mineral candidate : snapshot.minerals().all()) {
            if (candidate.members().contains(mineral)) {
                out.add(candidate.id());
            }
        }
        return out;
    }

    /**
     * The severity Lodestone gives each kind of measure, in [0, 1], used by the Lodestone index: a ban stops supply,
     * a quota caps it, licensing and export taxes make it discretionary or dearer, technology controls and content
     * rules act on know-how or downstream products rather than on the raw material.
     *
     * @param kind the kind
     * @return the severity
     */
    public static double severity(MeasureKind kind) {
        return switch (kind) {
            case BAN -> 1.0;
            case QUOTA -> 0.75;
            case LICENSING, EXPORT_TAX -> 0.5;
            case TECHNOLOGY_CONTROL, CONTENT_RULE -> 0.25;
        };
    }
}
