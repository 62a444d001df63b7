package lodestone.risk.index;

import java.util.Optional;
import lodestone.model.observation.Observation;

/**
 * One input of a component: a named number with its unit and where it comes from.
 *
 * @param name what it is, e.g. "share CN mining 2024"
 * @param value the value; empty when missing (then {@code note} says what was assumed instead)
 * @param unit "fraction", "factor", "HHI (0-10,000)", ...
 * @param source the source id, or "assumed" / "computed"
 * @param locator where in the source (file:line, table), may be empty
 * @param note a caveat, may be empty
 */
public record Input(String name, Optional<Double> value, String unit, String source, String locator, String note) {
    /** @return an input with a value */
    public static Input of(String name, double value, String unit, String source, String locator, String note) {
        return new Input(name, Optional.of(value), unit, source, locator, note);
    }

    /**
     * @param name what it is
     * @param value the value, in {@code unit}
     * @param unit the value's unit
     * @param from the observation the value is read from: its source and locator are the input's
     * @param note a caveat, may be empty
     * @return an input with a value read from an observation
     */
    public static Input of(String name, double value, String unit, Observation from, String note) {
        return of(
                name,
                value,
                unit,
                from.provenance().source().value(),
                from.provenance().locator(),
                note);
    }

    /**
     * @param name what it is
     * @param value the value, in {@code unit}
     * @param unit the value's unit
     * @param from the observation the value is read from: its source and locator are the input's, and the note quotes
     *     its series and the cell as published ("series = raw")
     * @return an input with a value read from an observation
     */
    public static Input quoting(String name, double value, String unit, Observation from) {
        return of(name, value, unit, from, from.series() + " = " + from.raw());
    }
}
