package lodestone.model.provenance;

import lodestone.model.TextId;

/** How a number came to be. */
public enum Method implements TextId {
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

    /**
     * @param id an identifier written by {@link #id()}
     * @return the method
     * @throws IllegalArgumentException if the text names none
     */
    public static Method parse(String id) {
        return TextId.parse(Method.class, id, "method");
    }
}
