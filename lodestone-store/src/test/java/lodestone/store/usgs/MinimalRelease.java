package lodestone.store.usgs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A small data release in the MCS 2025 layout, for tests: one world-data file and one row per table. */
final class MinimalRelease {
    static final String HEADER = "SOURCE,COMMODITY,COUNTRY,TYPE,UNIT_MEAS,PROD_2023,PROD_EST_ 2024,PROD_NOTES,"
            + "CAP_2023,CAP_EST_ 2024,CAP_NOTES,RESERVES_2024,RESERVE_NOTES\n";
    static final String GALLIUM = HEADER
            + "MCS2025,Gallium ,China,Primary production,kilograms,621000,750000,,,,,,\n"
            + "MCS2025,Gallium ,World total (rounded),Primary production,kilograms,633000,760000,,,,,,\n";

    private MinimalRelease() {}

    /**
     * Writes the release of MCS 2025 into a folder.
     *
     * @param dir the folder
     * @param worldData the world data file's text (with its header)
     * @return the folder
     */
    static Path mcs2025(Path dir, String worldData) throws IOException {
        Files.createDirectories(dir.resolve("world_data"));
        Files.createDirectories(dir.resolve("salient_commodity"));
        Files.createDirectories(dir.resolve("industry_trends"));
        Files.writeString(dir.resolve("world_data/MCS2025_World_Data.csv"), "\ufeff" + worldData);
        Files.writeString(
                dir.resolve("salient_commodity/mcs2025-galli_salient.csv"),
                "DataSource,Commodity,Year,NIR_pct\nMCS2025,Gallium,2024,100\n");
        Files.writeString(
                dir.resolve("industry_trends/MCS2025_Fig2_Net_Import_Reliance.csv"),
                "Source,Import_Share_Order,Commodity,Net_Import_Reliance_pct_2024,Major_Import_Sources_2020_2023,Notes\n"
                        + "MCS2025,1,\"GALLIUM, metal\",100,\"Japan, China\",Descending order of import share.\n");
        Files.writeString(
                dir.resolve("industry_trends/MCS2025_T5_Critical_Minerals_Salient.csv"),
                "Source,Year,Critical_mineral,Net_Import_Reliance,Primary_import_source,Import_source_notes,"
                        + "Leading_source_country,Leading_country_prod,Leading_source_precent_world,World_total_prod,"
                        + "World_prod_notes\nMCS2025,2024_estimated,Gallium,100,Japan,,China,750,99,760,\n");
        Files.writeString(
                dir.resolve("industry_trends/MCS2025_T4_Critical_Minerals_End_Use.csv"),
                "Source,Critical Mineral,Primary Applications,Category_Note\nMCS2025,Gallium,Semiconductors.,\n");
        return dir;
    }
}
