package lodestone.news.classify;

import java.util.Locale;

/**
 * What a sentence of a news article reports, as the classifier sees it: one of the event types of the extraction schema,
 * or {@link #NONE} (no in-scope event: background, analysis, expectations, or an action outside critical minerals such as
 * chip controls or a fentanyl tariff).
 */
public enum SentenceLabel {
    NONE,
    AGREEMENT,
    INVESTMENT,
    OFFTAKE,
    JOINT_VENTURE,
    EXPORT_CONTROL,
    EXPORT_CONTROL_SUSPENSION,
    LIST_UPDATE,
    TARIFF,
    OTHER;

    /** @return the schema id, e.g. {@code joint_venture} or {@code none} */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * @param id a schema id such as {@code export_control}
     * @return the label
     * @throws IllegalArgumentException naming the id and the allowed ones
     */
    public static SentenceLabel of(String id) {
        for (SentenceLabel label : values()) {
            if (label.id().equals(id.strip())) {
                return label;
            }
        }
        throw new IllegalArgumentException("sentence label (" + id + ") must be one of "
                + java.util.Arrays.stream(values()).map(SentenceLabel::id).toList() + ".");
    }
}
