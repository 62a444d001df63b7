package lodestone.model.observation;

import lodestone.model.TextId;

/** What an observation measures. */
public enum Metric implements TextId {
    PRODUCTION,
    CAPACITY,
    RESERVES,
    /** A share of world (or of a region's) supply, as a fraction, published as a share. */
    SUPPLY_SHARE,
    /**
     * A country's share in one region's sourcing (e.g. the EU's sourcing of a material), as a fraction: a share of
     * what that region obtains, not of world supply.
     */
    SOURCING_SHARE,
    /** Net import reliance as a fraction of apparent consumption. */
    NET_IMPORT_RELIANCE,
    /** Rank of a country among the major import sources (1 = largest). */
    IMPORT_SOURCE_RANK,
    /**
     * Share of a country in one importer's imports of a mineral, as a fraction: the headline series (USGS: the major
     * import sources of Fig. 3, or a chapter's total). One series per mineral, importer and period.
     */
    IMPORT_SOURCE_SHARE,
    /**
     * Share of a country in one importer's imports of one product form of a mineral (ore, oxide, metal, scrap), as a
     * fraction; the series names the form. Kept apart from {@link #IMPORT_SOURCE_SHARE} so that the forms are never
     * added to the headline.
     */
    IMPORT_SOURCE_FORM_SHARE,
    IMPORTS,
    EXPORTS,
    CONSUMPTION,
    PRICE,
    STOCKS,
    SHIPMENTS,
    EMPLOYMENT,
    /** The EU CRM method's trade-related variable t. */
    TRADE_VARIABLE,
    /** Published supply risk (EU CRM method). */
    SUPPLY_RISK,
    /** Published economic importance (EU CRM method). */
    ECONOMIC_IMPORTANCE,
    /** Share of an end use in consumption, as a fraction. */
    END_USE_SHARE,
    /** The main applications a source lists for a mineral, as text (the raw cell); no value. */
    END_USE,
    /**
     * A country's governance estimate (World Bank WGI, standard-normal units, higher is better); the series is the
     * indicator code (VA, PV, GE, RQ, RL, CC). Not a property of a mineral: such observations carry the catalogue's
     * {@code country-governance} entry.
     */
    GOVERNANCE,
    /** Anything else a source reports; the series label says what. */
    OTHER;

    /**
     * @param id an identifier written by {@link #id()}
     * @return the metric
     * @throws IllegalArgumentException if the text names no metric
     */
    public static Metric parse(String id) {
        return TextId.parse(Metric.class, id, "metric");
    }
}
