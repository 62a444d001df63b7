package lodestone.report.mineral;

import java.util.List;
import lodestone.model.observation.Observation;
import lodestone.model.provenance.Edition;

/**
 * The labels {@link SeriesKey}'s rule cannot read alike although both editions' documentation says they measure the
 * same quantity. Each entry names one edition's label, the other edition's label of the same series and the reason,
 * from the two data releases' own words (the MCS 2025 metadata definitions, the MCS 2026 statistic details). An entry
 * never joins two units (the key keeps the stored unit) and never two products the documentation tells apart.
 */
final class SeriesCrosswalk {
    private SeriesCrosswalk() {}

    /**
     * One label read as another edition's label of the same series.
     *
     * @param mineral the mineral id
     * @param metric the metric id
     * @param edition the edition whose label is read so, e.g. {@code mcs-2025}
     * @param label that edition's label, as stored (spaces compared as one)
     * @param sameAs the other edition's label of the same series, whose product the key takes
     * @param reason why the two are one quantity, with the documents' words
     */
    record Entry(String mineral, String metric, String edition, String label, String sameAs, String reason) {

        boolean reads(SeriesKey key, Edition of, String series) {
            return key.mineral().equals(mineral)
                    && key.metric().equals(metric)
                    && of.id().equals(edition)
                    && words(series).equals(words(label));
        }

        /** @return the text with its runs of spaces (no-break spaces included, as MCS 2026 has them) as one space */
        private static String words(String text) {
            return text.replaceAll("[\\s\\u00a0]+", " ").strip();
        }
    }

    /** The entries. */
    static final List<Entry> ENTRIES = List.of(
            new Entry(
                    "titanium-mineral-concentrates",
                    "production",
                    "mcs-2025",
                    "Mine production, ilmentite, titanium dioxide (TiO2) content (world total of ilmenite and rutile)",
                    "Mine production: ilmenite and rutile",
                    "the MCS 2025 world table's own words: the world total of ilmenite and rutile (\"ilmentite\" is its"
                            + " typo), TiO2 content as in MCS 2026's chapter"),
            new Entry(
                    "titanium-mineral-concentrates",
                    "production",
                    "mcs-2025",
                    "Mine production, ilmentite, titanium dioxide (TiO2) content",
                    "Mine production: ilmenite",
                    "ilmenite (\"ilmentite\" is the MCS 2025 world table's typo), TiO2 content as in MCS 2026's"
                            + " chapter"),
            new Entry(
                    "titanium-mineral-concentrates",
                    "production",
                    "mcs-2025",
                    "Mine production, rutile, titanium dioxide (TiO2) content",
                    "Mine production: rutile",
                    "rutile, TiO2 content as in MCS 2026's chapter; MCS 2025 adds the basis to the label"),
            new Entry(
                    "alumina",
                    "price",
                    "mcs-2025",
                    "Alumina_Price_kt",
                    "Price, average unit value of imports, f.a.s., dollars per metric ton",
                    "MCS 2025 defines the column as \"Alumina: Price, average unit value of imports, free alongside ship"
                            + " (f.a.s.)\"; MCS 2026 abbreviates the same terms of sale"),
            new Entry(
                    "zirconium",
                    "price",
                    "mcs-2026",
                    "Zirconium And Hafnium: Price: Zircon, dollars per metric ton (gross weight): Imported",
                    "Price: Zircon, dollars per metric ton (gross weight): Imported",
                    "MCS 2026 names the chapter's commodity (\"Zirconium And Hafnium\") before the label MCS 2025's"
                            + " Price_Zircon_imported_t column is defined by, word for word"),
            new Entry(
                    "zirconium",
                    "price",
                    "mcs-2026",
                    "Zirconium And Hafnium: Price: Zircon, dollars per metric ton (gross weight): Premium grade, cost,"
                            + " insurance, and freight, China",
                    "Price: Zircon, dollars per metric ton (gross weight): Premium grade, cost, insurance, and freight,"
                            + " China",
                    "MCS 2026 names the chapter's commodity before the label MCS 2025's Price_Zircon_premium_CIF_CN_t"
                            + " column is defined by, word for word"),
            new Entry(
                    "yttrium",
                    "price",
                    "mcs-2026",
                    "Price, average, dollars per kilogram: Y2O3, minimum 99.999% purity",
                    "Price: Yttrium oxide, minimum 99.999% purity, average, dollars per kilogram",
                    "Y2O3 is yttrium oxide; both editions give the same purity, free on board China, from Argus Rare"
                            + " Earths"),
            new Entry(
                    "tantalum",
                    "price",
                    "mcs-2025",
                    "Price_Ta2O5_dkg",
                    "Price, tantalite, annual average, dollars per kilogram of tantalum oxide (Ta2O5) content",
                    "MCS 2025 defines the column as \"Tantalite, annual average, dollars per kilogram of Ta2O5"
                            + " content\"; MCS 2026 spells out Ta2O5 as tantalum oxide"),
            new Entry(
                    "silicon",
                    "price",
                    "mcs-2026",
                    "Price, average, cents per pound of silicon: Silicon metal",
                    "Price, average, cents per pound of silicon: Metallurgical-grade silicon metal",
                    "MCS 2026's note on the row: \"Metallurgical-grade silicon metal\", the product MCS 2025's"
                            + " Price_Si_ctslb column names"),
            new Entry(
                    "rhenium",
                    "price",
                    "mcs-2026",
                    "Price, average value, gross weight, dollars per kilogram: Metal, 99.99% pure",
                    "Price, average value, gross weight, dollars per kilogram: Metal pellets, 99.99% pure",
                    "MCS 2026's note on the row: \"Average price per kilogram of rhenium in pellets\", the product"
                            + " MCS 2025's Price_Metal_dkg column names"),
            new Entry(
                    "tantalum",
                    "net-import-reliance",
                    "mcs-2025",
                    "NIR_pct",
                    "Net import reliance as a percentage of apparent consumption",
                    "both editions define it as imports - exports ± adjustments for Government and industry stock"
                            + " changes (MCS 2025 writes the definition into the column's first sentence); 100 % in"
                            + " both for 2021-2024"),
            new Entry(
                    "selenium",
                    "net-import-reliance",
                    "mcs-2026",
                    "Net import reliance as a percentage of apparent consumption",
                    "Fig. 2: SELENIUM, metal",
                    "MCS 2026 defines it on imports excluding selenium dioxide, i.e. the metal MCS 2025's column and"
                            + " both editions' Fig. 2 name; \">50\" in both for 2021-2024"),
            new Entry(
                    "silicon",
                    "net-import-reliance",
                    "mcs-2026",
                    "Net import reliance as a percentage of apparent consumption: Silicon metal",
                    "Net import reliance as a percentage of apparent consumption: Silicon metal, metallurgical grade",
                    "the silicon metal of both editions' salient tables is metallurgical grade (MCS 2026's price row"
                            + " says so); \"<25\", \"<50\", \"<50\", \"<50\" in both for 2021-2024"),
            new Entry(
                    "silicon",
                    "net-import-reliance",
                    "mcs-2026",
                    "Net import reliance as a percentage of apparent consumption: Total",
                    "Total: silicon metal (metallurgical grade) and ferrosilicon (all grades)",
                    "MCS 2026's total of its two rows, silicon metal and ferrosilicon, all grades: MCS 2025's"
                            + " NIR_FeSi-Si_pct; \"<50\" in both for 2021-2024"),
            new Entry(
                    "diamond-industrial",
                    "net-import-reliance",
                    "mcs-2026",
                    "Diamond (Stones, natural and synthetic): Net import reliance as a percentage of apparent"
                            + " consumption",
                    "Fig. 2: DIAMOND (INDUSTRIAL), stones",
                    "MCS 2026's own Fig. 2 line \"DIAMOND (INDUSTRIAL), stones\" gives the same value for 2025; MCS"
                            + " 2025 gives only that Fig. 2 line"),
            new Entry(
                    "diamond-industrial",
                    "net-import-reliance",
                    "mcs-2026",
                    "Diamond (Bort, grit, and dust and powder; natural and synthetic): Net import reliance as a"
                            + " percentage of apparent consumption",
                    "Fig. 2: DIAMOND (INDUSTRIAL), bort, grit, and dust and powder",
                    "MCS 2026's own Fig. 2 line \"DIAMOND (INDUSTRIAL), bort, grit, and dust and powder\" gives the"
                            + " same value for 2025; MCS 2025 gives only that Fig. 2 line"),
            new Entry(
                    "cesium",
                    "net-import-reliance",
                    "mcs-2026",
                    "The United States was 100% net import reliant for its cesium needs",
                    "Fig. 2: CESIUM",
                    "the sentence is the whole commodity's reliance, which both editions' Fig. 2 give as 100 %"),
            new Entry(
                    "tin",
                    "net-import-reliance",
                    "mcs-2025",
                    "NIR_Refined_pct",
                    "Net import reliance as a percentage of apparent consumption, refined tin",
                    "MCS 2025 defines the column as reliance on refined imports and exports (\"refined imports –"
                            + " refined exports\"), the refined tin MCS 2026 names"));

    /**
     * @param o an observation with a quantity
     * @param edition its edition
     * @param severalSeries for production, whether its edition gives several series of its stage and basis that year
     * @return its key: {@link SeriesKey#of(Observation, boolean) the rule's}, with an entry's product where one reads its label
     */
    static SeriesKey key(Observation o, Edition edition, boolean severalSeries) {
        SeriesKey key = SeriesKey.of(o, severalSeries);
        return ENTRIES.stream()
                .filter(e -> e.reads(key, edition, o.series()))
                .findFirst()
                .map(e -> key.withProduct(
                        key.metric().equals("production")
                                ? SeriesKey.production(key.mineral(), e.sameAs())
                                : SeriesKey.product(key.mineral(), e.sameAs(), "")))
                .orElse(key);
    }
}
