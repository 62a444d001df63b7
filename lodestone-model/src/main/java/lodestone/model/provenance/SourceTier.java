package lodestone.model.provenance;

import lodestone.model.TextId;

/** How much a source is trusted, best first. The resolution policy prefers a better tier. */
public enum SourceTier implements TextId {
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

    /**
     * @param id an identifier written by {@link #id()}
     * @return the tier
     * @throws IllegalArgumentException if the text names no tier
     */
    public static SourceTier parse(String id) {
        return TextId.parse(SourceTier.class, id, "tier");
    }
}
