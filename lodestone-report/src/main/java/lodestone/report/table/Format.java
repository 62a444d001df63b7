package lodestone.report.table;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Number formats shared by tables and pages. */
public final class Format {
    private Format() {}

    /** @return a fraction as a percentage with one decimal, e.g. "69.2 %"; "" for null */
    public static String percent(@Nullable Double fraction) {
        return fraction == null ? "" : String.format(Locale.ROOT, "%.1f %%", 100 * fraction);
    }

    /** @return a number with thousands separators, three significant digits below 100; "" for null */
    public static String number(@Nullable Double value) {
        if (value == null) {
            return "";
        }
        if (Math.abs(value) >= 100 || value == Math.rint(value)) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        return String.format(Locale.ROOT, "%,.3g", value);
    }

    /** @return a number with a fixed number of decimals, e.g. "33.6"; "" for null */
    public static String fixed(@Nullable Double value, int digits) {
        return value == null ? "" : String.format(Locale.ROOT, "%." + digits + "f", value);
    }

    /** @return a number with thousands separators and no decimals, e.g. "1,346"; "" for null */
    public static String grouped(Double value) {
        return value == null ? "" : String.format(Locale.ROOT, "%,.0f", value);
    }

    /** @return a number with a number of significant digits, e.g. "5.00e+09" for 3; "" for null */
    public static String significant(Double value, int digits) {
        return value == null ? "" : String.format(Locale.ROOT, "%." + digits + "g", value);
    }

    /** @return a count with thousands separators, e.g. "12,000" */
    public static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    /** @return a number rounded to a number of decimals, for CSV; null for null */
    public static @Nullable Double round(@Nullable Double value, int digits) {
        if (value == null) {
            return null;
        }
        double scale = Math.pow(10, digits);
        return Math.round(value * scale) / scale;
    }
}
