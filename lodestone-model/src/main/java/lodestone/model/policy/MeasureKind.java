package lodestone.model.policy;

import lodestone.model.TextId;

/** What kind of restriction a measure is. */
public enum MeasureKind implements TextId {
    /** Exports need a licence (China's dual-use licensing). */
    LICENSING,
    /** Exports are prohibited (to everyone or to named destinations). */
    BAN,
    /** Exports are capped by volume. */
    QUOTA,
    /** Exports are taxed. */
    EXPORT_TAX,
    /** A rule reaching foreign goods by their content or by the technology used to make them (China's 0.1 % rule). */
    CONTENT_RULE,
    /** Controls on technology, know-how or equipment rather than material. */
    TECHNOLOGY_CONTROL;

    /**
     * @param id an identifier written by {@link #id()}
     * @return the kind
     * @throws IllegalArgumentException if the text names no kind
     */
    public static MeasureKind parse(String id) {
        return TextId.parse(MeasureKind.class, id, "measure kind");
    }
}
