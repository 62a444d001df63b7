package lodestone.model.provenance;

import java.util.Locale;

/** How a number came to be. */
public enum Method {
    /** As the source reports it. */
    REPORTED,
    /** The source marks it as an estimate. */
    ESTIMATED,
    /** Computed by Lodestone from other observations, which it references. */
    DERIVED,
    /** Entered by hand from a cited publication. */
    CURATED,
    /** Extracted from text by a program. */
    EXTRACTED;

    /** @return the identifier used in files and output */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * @param id an identifier written by {@link #id()}
     * @return the method
     */
    public static Method parse(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }
}
