package lodestone.risk.index;

import java.util.Objects;
import java.util.Optional;

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
    public Input {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(locator, "locator");
        Objects.requireNonNull(note, "note");
    }

    /** @return an input with a value */
    public static Input of(String name, double value, String unit, String source, String locator, String note) {
        return new Input(name, Optional.of(value), unit, source, locator, note);
    }
}
