package lodestone.report.table;

import java.util.Objects;

/**
 * The unit of a numeric column: the symbol the table header shows after the title ({@code SHARE (%)}) and what it
 * means. A dimensionless column has an empty symbol and says why it needs none (a rank, a code).
 *
 * @param symbol the short unit shown in table headers, empty for a dimensionless column
 * @param meaning what the numbers are, or why they have no unit
 */
public record Unit(String symbol, String meaning) {
    /** A share as a percentage in the table; the CSV holds the fraction 0-1. */
    public static final Unit PERCENT = new Unit("%", "percent in the table, a fraction 0-1 in CSV and JSON");
    /** Metric tonnes. */
    public static final Unit TONNES = new Unit("t", "metric tonnes");
    /** Months. */
    public static final Unit MONTHS = new Unit("months", "months");
    /** A calendar year. */
    public static final Unit YEAR = new Unit("year", "calendar year");
    /** A count of things. */
    public static final Unit COUNT = new Unit("count", "a count");
    /** United States dollars. */
    public static final Unit USD = new Unit("US$", "United States dollars, nominal");
    /**
     * An index between 0 and 1 under a one- or two-letter header (a score's components C, D, E, M, A; the USGS
     * method's SR, DP, TE, EV): declared here, kept out of the header so that the ranking fits 100 columns.
     */
    public static final Unit INDEX_0_1 = dimensionless("an index between 0 and 1, one factor of a risk score");
    /**
     * An index relative to the month before the shock, 1 meaning unchanged: the simulator's prices (inside and outside
     * the restricting country, realised) and export volumes.
     */
    public static final Unit PRE_SHOCK =
            new Unit("x pre-shock", "a multiple of its value before the shock, 1 unchanged");
    /** A Lodestone supply-risk score between 0 and 100. */
    public static final Unit SCORE_0_100 = new Unit("0-100", "Lodestone supply-risk score, 0 lowest risk, 100 highest");
    /** A fraction between 0 and 1 shown as it is. */
    public static final Unit FRACTION = new Unit("0-1", "a fraction between 0 and 1");
    /** A calendar year: the header already names it. */
    public static final Unit CALENDAR_YEAR = dimensionless("a calendar year");
    /** A quantity in the unit its row names (t, kg, t REO ...): the unit column next to it says which. */
    public static final Unit ROW_UNIT = dimensionless("the unit its row names in the unit column next to it");
    /** A Herfindahl-Hirschman index of shares in percent. */
    public static final Unit HHI = dimensionless("Herfindahl-Hirschman index of shares in percent, 0-10,000");
    /** A position in a ranking, 1 first. */
    public static final Unit RANK = dimensionless("a position in a ranking, 1 first");

    public Unit {
        Objects.requireNonNull(symbol, "symbol");
        if (meaning == null || meaning.isBlank()) {
            throw new IllegalArgumentException("a unit says what it means (or why it has none): " + symbol);
        }
    }

    /**
     * @param reason why the numbers need no unit
     * @return a dimensionless unit
     */
    public static Unit dimensionless(String reason) {
        return new Unit("", reason);
    }

    /** @return true if the unit has no symbol */
    public boolean isDimensionless() {
        return symbol.isEmpty();
    }

    /**
     * @param title a table header
     * @return it with the symbol in parentheses, unchanged for a dimensionless unit
     */
    public String label(String title) {
        return isDimensionless() ? title : title + " (" + symbol + ")";
    }
}
