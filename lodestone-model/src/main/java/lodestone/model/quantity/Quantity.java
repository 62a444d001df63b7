package lodestone.model.quantity;

import lodestone.model.Guards;

/**
 * A finite value with its unit.
 *
 * @param value the value, finite
 * @param unit the unit of {@code value}
 */
public record Quantity(double value, Unit unit) {
    public Quantity {
        Guards.requireFinite(value, "quantity value");
    }

    public static Quantity of(double value, Unit unit) {
        return new Quantity(value, unit);
    }

    /** @return this quantity in the canonical unit of its dimension */
    public Quantity canonical() {
        return to(unit.canonical());
    }

    /**
     * @param target a unit of the same dimension
     * @return this quantity in the target unit
     * @throws IllegalArgumentException if the dimensions differ
     */
    public Quantity to(Unit target) {
        return new Quantity(unit.convert(value, target), target);
    }
}
