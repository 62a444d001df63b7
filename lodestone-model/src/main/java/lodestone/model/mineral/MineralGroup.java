package lodestone.model.mineral;

/** Groups of elements that sources report together or that analysts compare as a set. */
public enum MineralGroup {
    /** All rare-earth elements (the lanthanides and yttrium; scandium is reported separately by USGS). */
    REE,
    /** Light rare-earth elements as grouped in the EU CRM 2023 assessment. */
    LREE,
    /** Heavy rare-earth elements as grouped in the EU CRM 2023 assessment. */
    HREE,
    /** Platinum-group metals. */
    PGM;

    /** @return the lower-case identifier used in files and output */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
