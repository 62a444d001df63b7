package lodestone.app.resource;

import java.util.List;
import java.util.Locale;

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
 * @param formats the output formats whose answer it changes (table, json, csv), or empty for every format; given with
 *     another format it is refused rather than ignored
 * @param elsewhere why the other formats do not show it, with a "Maybe" hint; empty when {@code formats} is
 */
public record Param(
        String name,
        boolean positional,
        boolean required,
        Type type,
        String description,
        List<String> allowed,
        List<String> formats,
        String elsewhere) {
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
        allowed = List.copyOf(allowed);
        formats = List.copyOf(formats);
    }

    /**
     * @param name the name
     * @param description what it means
     * @return a required positional argument and path segment
     */
    public static Param argument(String name, String description) {
        return new Param(name, true, true, Type.TEXT, description, List.of(), List.of(), "");
    }

    /**
     * @param name the name
     * @param type its form
     * @param description what it means and its default
     * @return an option and query parameter
     */
    public static Param option(String name, Type type, String description) {
        return new Param(name, false, false, type, description, List.of(), List.of(), "");
    }

    /** @return this parameter, optional */
    public Param optional() {
        return new Param(name, positional, false, type, description, allowed, formats, elsewhere);
    }

    /** @return this parameter restricted to these values */
    public Param allowing(List<String> values) {
        return new Param(name, positional, required, type, description, values, formats, elsewhere);
    }

    /**
     * @param shownIn the output formats whose answer this parameter changes, e.g. table and json
     * @param why why the others do not show it, with a "Maybe" hint
     * @return this parameter, refused with the other formats
     */
    public Param onlyIn(List<String> shownIn, String why) {
        return new Param(name, positional, required, type, description, allowed, shownIn, why);
    }

    /**
     * @param format an output format: table, json or csv
     * @return true if this parameter changes the answer in that format
     */
    public boolean shownIn(String format) {
        return formats.isEmpty() || formats.contains(format);
    }

    /**
     * @param format an output format in which this parameter changes nothing
     * @return the one-line message refusing it: the parameter, the format, why, and a hint
     */
    public String unusedIn(String format) {
        return name + " changes nothing in format " + format + ": " + elsewhere;
    }

    /** @return the placeholder shown in help texts, e.g. MINERAL or DATE */
    public String label() {
        return positional ? name.toUpperCase(Locale.ROOT) : type.label();
    }
}
