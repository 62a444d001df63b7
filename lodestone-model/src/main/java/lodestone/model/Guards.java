package lodestone.model;

import java.util.List;
import java.util.Objects;

/** Argument guards that return their argument, so they can be used inline in constructors. */
public final class Guards {
    private Guards() {}

    /**
     * Requires a non-blank string.
     *
     * @param value the value to check
     * @param name the variable name used in the message
     * @return the value
     * @throws IllegalArgumentException if the value is blank
     */
    public static String requireText(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank.");
        }
        return value;
    }

    /**
     * Requires a finite number within a closed range.
     *
     * @return the value
     * @throws IllegalArgumentException if the value is NaN, infinite or out of range
     */
    public static double requireWithin(double value, double min, double max, String name) {
        if (!Double.isFinite(value) || value < min || value > max) {
            throw new IllegalArgumentException(name + " (" + value + ") must be within [" + min + ", " + max + "].");
        }
        return value;
    }

    /**
     * Requires a finite number.
     *
     * @return the value
     * @throws IllegalArgumentException if the value is NaN or infinite
     */
    public static double requireFinite(double value, String name) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " (" + value + ") must be a finite number.");
        }
        return value;
    }

    /**
     * Requires a list with at least one element, and copies it.
     *
     * @param values the list to check
     * @param message the message if it is empty, naming the record, e.g. "stockpile X must cite at least one source."
     * @param <T> the elements' type
     * @return an unmodifiable copy of the list
     * @throws NullPointerException if the list or an element is null
     * @throws IllegalArgumentException with the message if the list is empty
     */
    public static <T> List<T> requireNonEmpty(List<? extends T> values, String message) {
        List<T> copy = List.copyOf(values);
        if (copy.isEmpty()) {
            throw new IllegalArgumentException(message);
        }
        return copy;
    }
}
