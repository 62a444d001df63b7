package lodestone.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

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
     * Requires a whole number of at least a minimum: a size limit, a count, a number of threads.
     *
     * @param value the value to check
     * @param min the smallest allowed value
     * @param name the variable name used in the message, e.g. "maxBytes"
     * @return the value
     * @throws IllegalArgumentException if the value is below the minimum: "maxBytes (0) must be at least 1."
     */
    public static long requireAtLeast(long value, long min, String name) {
        if (value < min) {
            throw new IllegalArgumentException(name + " (" + value + ") must be at least " + min + ".");
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

    /**
     * Requires a positive finite number: an amount, price or target as a source states it.
     *
     * @param value the value to check
     * @param name the variable name used in the message, e.g. "price"
     * @return the value
     * @throws IllegalArgumentException if the value is zero, negative, NaN or infinite
     */
    public static double requirePositive(double value, String name) {
        return requirePositive(value, name, "");
    }

    /**
     * Requires a positive finite number, naming its unit in the message: "volume (0.0 t/yr) must be ...".
     *
     * @param value the value to check
     * @param name the variable name used in the message
     * @param unit the unit's symbol shown after the value, or "" for none
     * @return the value
     * @throws IllegalArgumentException if the value is zero, negative, NaN or infinite
     */
    public static double requirePositive(double value, String name, String unit) {
        if (!(value > 0) || Double.isInfinite(value)) {
            String shown = unit.isEmpty() ? String.valueOf(value) : value + " " + unit;
            throw new IllegalArgumentException(name + " (" + shown + ") must be a positive finite number.");
        }
        return value;
    }

    /**
     * Requires an ISO 4217 currency code: three capital letters.
     *
     * @param currency the code to check, e.g. "USD"
     * @return the code
     * @throws IllegalArgumentException if it is blank or not three capital letters
     */
    public static String requireCurrency(String currency) {
        requireText(currency, "currency");
        if (!currency.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("currency (" + currency + ") must be an ISO 4217 code such as USD.");
        }
        return currency;
    }

    /**
     * Requires a figure to cite its source unless it is marked as reported by the press alone.
     *
     * @param source the figure's source, if found
     * @param pressOnly true if only the press reports the figure
     * @param figure the figure as the message names it, e.g. "a price of 12.5 USD"
     * @throws NullPointerException if the source is null
     * @throws IllegalArgumentException if there is no source and the figure is not marked press-only
     */
    public static void requireSourceOrPressOnly(Optional<?> source, boolean pressOnly, String figure) {
        Objects.requireNonNull(source, "source");
        if (source.isEmpty() && !pressOnly) {
            throw new IllegalArgumentException(figure + " without a source must be marked press-only.");
        }
    }
}
