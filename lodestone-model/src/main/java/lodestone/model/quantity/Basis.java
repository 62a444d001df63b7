package lodestone.model.quantity;

/** What a mass counts: the gross material, the contained element, or an oxide or compound equivalent. */
public enum Basis {
    /** Gross weight of the material as produced or traded (ore, concentrate, compound). */
    GROSS_WEIGHT("gross-weight"),
    /** Contained element or metal content. */
    CONTAINED("contained"),
    /** Rare-earth-oxide (REO) or other oxide equivalent. */
    OXIDE_EQUIVALENT("oxide-equivalent"),
    /** Equivalent of another named compound (K2O, TiO2, ZrO2, arsenic trioxide, ...). */
    COMPOUND_EQUIVALENT("compound-equivalent"),
    /** Not a mass, or the source does not say. */
    UNSPECIFIED("unspecified");

    private final String id;

    Basis(String id) {
        this.id = id;
    }

    /** @return the identifier used in files and output */
    public String id() {
        return id;
    }

    /**
     * @param id an identifier written by {@link #id()}
     * @return the basis
     * @throws IllegalArgumentException if the text names no basis
     */
    public static Basis parse(String id) {
        for (Basis basis : values()) {
            if (basis.id.equals(id)) {
                return basis;
            }
        }
        throw new IllegalArgumentException("basis (" + id + ") must be one of gross-weight, contained,"
                + " oxide-equivalent, compound-equivalent, unspecified.");
    }
}
