package lodestone.app.view;

import java.util.Locale;

/** Number formats shared by tables and pages. */
public final class Format {
    private Format() {}

    /** @return a fraction as a percentage with one decimal, e.g. "69.2 %"; "" for null */
    public static String percent(Double fraction) {
        return fraction == null ? "" : String.format(Locale.ROOT, "%.1f %%", 100 * fraction);
    }

    /** @return a number with thousands separators, three significant digits below 100; "" for null */
    public static String number(Double value) {
        if (value == null) {
            return "";
        }
        if (Math.abs(value) >= 100 || value == Math.rint(value)) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        return String.format(Locale.ROOT, "%,.3g", value);
    }
}
