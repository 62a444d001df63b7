package lodestone.model.provenance;

import java.util.Locale;

/** How much a source is trusted, best first. The resolution policy prefers a better tier. */
public enum SourceTier {
    /** National statistics offices and geological surveys (USGS). */
    OFFICIAL_STATISTICS,
    /** Governments' own texts: laws, announcements, fact sheets, official studies (EU CRM study). */
    GOVERNMENT,
    /** International agencies (IEA, World Bank). */
    INTERNATIONAL_AGENCY,
    /** Companies' filings and industry bodies. */
    INDUSTRY,
    /** News reports. */
    NEWS,
    /** Output of a model, including Lodestone's own. */
    MODEL_OUTPUT;

    /** @return the identifier used in files and output, e.g. "official-statistics" */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * @param id an identifier written by {@link #id()}
     * @return the tier
     * @throws IllegalArgumentException if the text names no tier
     */
    public static SourceTier parse(String id) {
        for (SourceTier tier : values()) {
            if (tier.id().equals(id)) {
                return tier;
            }
        }
        throw new IllegalArgumentException("tier (" + id + ") must be one of official-statistics, government,"
                + " international-agency, industry, news, model-output.");
    }
}
