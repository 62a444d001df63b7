package lodestone.app.resource;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One parameter of a question: on the command line a positional argument or an option {@code --name}; in the API a
 * path segment {@code {name}} or a query parameter {@code ?name=}.
 *
 * @param name the name, the same in both faces
 * @param positional true for a positional argument and path segment, false for an option and query parameter
 * @param required true if it must be given
 * @param type its form
 * @param description what it means, its form and its default
 * @param allowed the values it may take, or empty for any
 */
public record Param(
        String name, boolean positional, boolean required, Type type, String description, List<String> allowed) {
    /** The form of a value. */
    public enum Type {
        /** An id, a name or a code. */
        TEXT,
        /** A whole number. */
        INTEGER,
        /** An ISO 8601 date, YYYY-MM-DD. */
        DATE,
        /** A number with decimals. */
        DECIMAL,
        /** A whole number too large for INTEGER (seeds, byte counts). */
        LONG,
        /** An option without a value: present or not. */
        FLAG,
        /** A text option that may be repeated ({@code --without a --without b}, {@code ?without=a&without=b}). */
        LIST;

        /** @return the placeholder shown in help texts */
        public String label() {
            return switch (this) {
                case TEXT, LIST -> "TEXT";
                case INTEGER, LONG -> "N";
                case DATE -> "DATE";
                case DECIMAL -> "X";
                case FLAG -> "";
            };
        }
    }

    public Param {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(description, "description");
        allowed = List.copyOf(allowed);
    }

    /**
     * @param name the name
     * @param description what it means
     * @return a required positional argument and path segment
     */
    public static Param argument(String name, String description) {
        return new Param(name, true, true, Type.TEXT, description, List.of());
    }

    /**
     * @param name the name
     * @param type its form
     * @param description what it means and its default
     * @return an option and query parameter
     */
    public static Param option(String name, Type type, String description) {
        return new Param(name, false, false, type, description, List.of());
    }

    /** @return this parameter, optional */
    public Param optional() {
        return new Param(name, positional, false, type, description, allowed);
    }

    /** @return this parameter restricted to these values */
    public Param allowing(List<String> values) {
        return new Param(name, positional, required, type, description, values);
    }

    /** @return the placeholder shown in help texts, e.g. MINERAL or DATE */
    public String label() {
        return positional ? name.toUpperCase(Locale.ROOT) : type.label();
    }
}
