package lodestone.risk.edition;

import java.util.Optional;
import java.util.OptionalDouble;
import lodestone.model.chain.Stage;
import lodestone.model.geo.Area;
import lodestone.model.mineral.MineralId;
import lodestone.model.observation.Metric;
import lodestone.model.observation.Observation;
import lodestone.model.observation.Period;
import lodestone.model.quantity.Dimension;
import lodestone.model.quantity.Unit;

/**
 * One figure of a data year that a later edition revised.
 *
 * @param kind a published value, or a supply share derived from the production values of one series
 * @param mineral the mineral
 * @param metric what the figure measures ({@link Metric#SUPPLY_SHARE} for a derived share)
 * @param stage the stage, if any
 * @param area the country, the world, "Other countries" or a group
 * @param period the data year (or years)
 * @param unit the canonical unit of both values ({@link Unit#FRACTION} for shares)
 * @param from the earlier edition's value, in {@code unit}
 * @param to the later edition's value, in {@code unit}
 * @param before the earlier edition's observation (for a share: the producer's production line)
 * @param after the later edition's observation
 */
public record Revision(
        Kind kind,
        MineralId mineral,
        Metric metric,
        Optional<Stage> stage,
        Area area,
        Period period,
        Unit unit,
        double from,
        double to,
        Observation before,
        Observation after) {

    /** What was revised. */
    public enum Kind {
        /** A value as published (production, reserves, prices, net import reliance, import shares, ...). */
        VALUE,
        /** A country's share of world production, derived from one series' values and world total. */
        SHARE
    }

    /** @return the change, {@code to - from}, in {@code unit} (percentage points × 0.01 for fractions) */
    public double change() {
        return to - from;
    }

    /** @return the change relative to the earlier value, empty when that is zero */
    public OptionalDouble relativeChange() {
        return from == 0 ? OptionalDouble.empty() : OptionalDouble.of((to - from) / Math.abs(from));
    }

    /** @return true for a fraction (a share, net import reliance), compared in percentage points */
    public boolean isFraction() {
        return unit.dimension() == Dimension.RATIO;
    }
}
