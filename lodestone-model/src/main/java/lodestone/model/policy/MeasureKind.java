package lodestone.model.policy;

import java.util.Locale;

/** What kind of restriction a measure is. */
public enum MeasureKind {
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

    /** @return the identifier used in files and output, e.g. "export-tax" */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * @param id an identifier written by {@link #id()}
     * @return the kind
     * @throws IllegalArgumentException if the text names no kind
     */
    public static MeasureKind parse(String id) {
        for (MeasureKind kind : values()) {
            if (kind.id().equals(id)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("measure kind (" + id + ") must be one of licensing, ban, quota,"
                + " export-tax, content-rule, technology-control.");
    }
}
