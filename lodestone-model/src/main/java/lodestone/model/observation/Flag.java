package lodestone.model.observation;

import lodestone.model.TextId;

/** Qualifiers a source attaches to a number. */
public enum Flag implements TextId {
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

    /**
     * @param id an identifier written by {@link #id()}
     * @return the flag
     * @throws IllegalArgumentException if the text names none
     */
    public static Flag parse(String id) {
        return TextId.parse(Flag.class, id, "flag");
    }
}
