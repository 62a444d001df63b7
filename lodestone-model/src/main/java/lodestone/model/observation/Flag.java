package lodestone.model.observation;

import java.util.Locale;

/** Qualifiers a source attaches to a number. */
public enum Flag {
    /** The source marks the value as estimated. */
    ESTIMATED,
    /** Withheld to avoid disclosing company proprietary data (USGS "W"); no value. */
    WITHHELD,
    /** The value is a production quota, not measured output. */
    QUOTA,
    /** The true value is greater than the value given (">95"). */
    GREATER_THAN,
    /** The true value is less than the value given ("<25", "<0.1%"). */
    LESS_THAN,
    /** The source gives a range, kept in the raw text; no single value. */
    RANGE,
    /** The country is a net exporter (USGS "E"); no value. */
    NET_EXPORTER,
    /** The quantity is included in another line (the world total or "Other countries"). */
    INCLUDED_ELSEWHERE,
    /** The source gives only a word ("Large", "Moderate"); no value. */
    QUALITATIVE,
    /** The source states that it rounded the value (USGS world totals: "World total (rounded)", ": rounded"). */
    ROUNDED;

    /** @return the identifier used in files and output, e.g. "greater-than" */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * @param id an identifier written by {@link #id()}
     * @return the flag
     */
    public static Flag parse(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
