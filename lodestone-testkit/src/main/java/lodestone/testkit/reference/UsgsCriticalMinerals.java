package lodestone.testkit.reference;

import java.util.List;

/**
 * The published record of the U.S. critical-mineral reviews that Lodestone's {@code usgs-2021} method reproduces or
 * is measured against. Every value cites where it was read; the per-commodity supply-risk scores of the 2021 review
 * (OFR 2021-1045, its appendix, and the Federal Register notice 2021-24488) could not be retrieved, so none is here.
 */
public final class UsgsCriticalMinerals {
    private UsgsCriticalMinerals() {}

    /**
     * The 2021 review: Nassar, N.T., and Fortier, S.M., 2021, Methodology and technical input for the 2021 review and
     * revision of the U.S. Critical Minerals List: U.S. Geological Survey Open-File Report 2021-1045,
     * doi:10.3133/ofr20211045. The numbers below are from the USGS caption of its Figure 3 as shown in the Senate ENR
     * testimony of 31 March 2022: "36 commodities with a recency-weighted mean supply risk greater than or equal to
     * 0.40 were recommended ... for years 2007–2018 ... 2015–2018 recency-weighted mean",
     * https://www.usgs.gov/media/images/fortier-testimony-3-31-22-senr-cmte-hrgpage5image0001jpg .
     */
    public static final class Review2021 {
        private Review2021() {}

        /** Commodities evaluated quantitatively. */
        public static final int EVALUATED = 54;
        /** Commodities whose recency-weighted mean supply risk reached the threshold. */
        public static final int AT_OR_ABOVE_THRESHOLD = 36;
        /** The supply-risk threshold for recommendation on quantitative grounds. */
        public static final double THRESHOLD = 0.40;
        /** First and last year evaluated. */
        public static final int FIRST_YEAR = 2007;

        public static final int LAST_YEAR = 2018;
        /** The years of the recency-weighted mean that ranks the commodities. */
        public static final int WINDOW_FIRST_YEAR = 2015;

        public static final int WINDOW_LAST_YEAR = 2018;
    }

    /**
     * The 2022 final List of Critical Minerals, 50 entries: Federal Register 87 FR 10381 (24 February 2022),
     * FR Doc. 2022-04027, copy at https://regulations.justia.com/regulations/fedreg/2022/02/24/2022-04027.html ;
     * lowercase names as published.
     */
    public static final List<String> LIST_2022 = List.of(
            "aluminum",
            "antimony",
            "arsenic",
            "barite",
            "beryllium",
            "bismuth",
            "cerium",
            "cesium",
            "chromium",
            "cobalt",
            "dysprosium",
            "erbium",
            "europium",
            "fluorspar",
            "gadolinium",
            "gallium",
            "germanium",
            "graphite",
            "hafnium",
            "holmium",
            "indium",
            "iridium",
            "lanthanum",
            "lithium",
            "lutetium",
            "magnesium",
            "manganese",
            "neodymium",
            "nickel",
            "niobium",
            "palladium",
            "platinum",
            "praseodymium",
            "rhodium",
            "rubidium",
            "ruthenium",
            "samarium",
            "scandium",
            "tantalum",
            "tellurium",
            "terbium",
            "thulium",
            "tin",
            "titanium",
            "tungsten",
            "vanadium",
            "ytterbium",
            "yttrium",
            "zinc",
            "zirconium");

    /**
     * The ten commodities with the largest probability-weighted GDP impact in the draft 2025 assessment (OFR
     * 2025-1047), in order, as reported by secondary sources (metals-wire.net names the first five;
     * eadaily.mirtesen.ru the ten). Not confirmed from the OFR text: for diagnostics only.
     */
    public static final List<String> DRAFT_2025_TOP_TEN = List.of(
            "samarium",
            "rhodium",
            "lutetium",
            "terbium",
            "dysprosium",
            "gallium",
            "germanium",
            "gadolinium",
            "tungsten",
            "niobium");
}
