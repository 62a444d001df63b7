package lodestone.risk.concentration;

/** How the part of the total not attributed to a named producer was treated in concentration indices. */
public enum RemainderTreatment {
    /**
     * The remainder ("Other countries", rounding of the world total, withheld producers) is left out of the indices:
     * the HHI is then a lower bound, the index of named producers only.
     */
    EXCLUDED_FROM_INDICES;

    /** @return the sentence shown to users */
    public String description() {
        return "the remainder (\"Other countries\", withheld producers and rounding of the world total) is not one"
                + " producer: it is left out of the HHI, which is therefore the named producers' HHI (a lower bound);"
                + " the upper bound treats the remainder as a single producer";
    }
}
