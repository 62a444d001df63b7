package lodestone.store.dataset;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import lodestone.model.observation.Observation;
import lodestone.model.provenance.Source;
import lodestone.store.curated.CuratedObservations;
import lodestone.store.eucrm.EuCrmReader;
import lodestone.store.importing.DataFileException;
import lodestone.store.importing.ImportProgress;
import lodestone.store.importing.ImportReport;
import lodestone.store.importing.ImportedDataset;
import lodestone.store.reference.ReferenceData;
import lodestone.store.usgs.McsIndustryTrendsReader;
import lodestone.store.usgs.McsSalientReader;
import lodestone.store.usgs.McsWorldDataReader;
import lodestone.store.wgi.WgiReader;

/**
 * The registry of the datasets Lodestone imports: one {@link Dataset} declaration each (id, description, folder under
 * {@code shared/data}, source, reader), used by {@code lodestone import}, the import endpoint, the OpenAPI document,
 * the baseline and the docs. Every dataset is read whole into memory and checked before anything is written.
 */
public final class Datasets {
    /** Dataset name of the USGS MCS 2025 data release. */
    public static final String USGS_MCS = "usgs-mcs";
    /** Dataset name of the EU CRM 2023 tables. */
    public static final String EU_CRM = "eu-crm";
    /** Dataset name of the World Bank Worldwide Governance Indicators (2024 update). */
    public static final String WGI = "wgi";
    /** Dataset name of the curated observations bundled with Lodestone. */
    public static final String CURATED = "curated";

    /** The official datasets, in load order: each one's id, what it is, where it lies and how it is read. */
    public static final List<Dataset> OFFICIAL = List.of(
            new Dataset(
                    USGS_MCS,
                    "USGS Mineral Commodity Summaries 2025 data release: the release folder, with world_data/,"
                            + " salient_commodity/ and industry_trends/",
                    "usgs-mcs-2025",
                    "usgs-mcs-2025-data",
                    Datasets::usgsMcs),
            new Dataset(
                    EU_CRM,
                    "EU critical raw materials 2023 assessment: the folder of its CSV tables",
                    "eu-crm-2023",
                    "eu-crm-2023-study",
                    Datasets::euCrm),
            new Dataset(
                    WGI,
                    "World Bank Worldwide Governance Indicators, 2024 update: the folder with wgi.csv",
                    "wgi",
                    "world-bank-wgi-2024",
                    (root, reference, progress) -> wgi(root, reference)));

    private Datasets() {}

    /**
     * @param id a dataset id, e.g. {@code usgs-mcs}
     * @return the official dataset with this id, if there is one
     */
    public static Optional<Dataset> find(String id) {
        return OFFICIAL.stream().filter(dataset -> dataset.id().equals(id)).findFirst();
    }

    /**
     * @param id a dataset id
     * @return the official dataset with this id
     * @throws IllegalArgumentException naming the id and the known ones if there is none
     */
    public static Dataset require(String id) {
        return find(id).orElseThrow(() ->
                new IllegalArgumentException("dataset (" + id + ") must be one of " + String.join(", ", ids()) + "."));
    }

    /** @return the ids of the official datasets, in load order */
    public static List<String> ids() {
        return OFFICIAL.stream().map(Dataset::id).toList();
    }

    /**
     * Reads the USGS Mineral Commodity Summaries data release: world data, salient statistics, industry trends.
     *
     * @param root the release folder (with {@code world_data/}, {@code salient_commodity/}, {@code industry_trends/})
     * @param reference the reference data
     * @return the dataset; check its report for errors before writing it
     */
    public static ImportedDataset usgsMcs(Path root, ReferenceData reference) {
        return usgsMcs(root, reference, ImportProgress.NONE);
    }

    /**
     * Reads the USGS Mineral Commodity Summaries data release, reporting progress file by file.
     *
     * @param root the release folder
     * @param reference the reference data
     * @param progress receives one step per file read
     * @return the dataset; check its report for errors before writing it
     */
    public static ImportedDataset usgsMcs(Path root, ReferenceData reference, ImportProgress progress) {
        return read(USGS_MCS, root, reference, (report, observations) -> {
            McsSalientReader salient = new McsSalientReader(reference);
            progress.total(2 + salient.files(root).size());
            guarded(report, () -> observations.addAll(new McsWorldDataReader(reference).read(root, report)));
            progress.step("world data");
            guarded(report, () -> observations.addAll(salient.read(root, report, progress)));
            guarded(report, () -> observations.addAll(new McsIndustryTrendsReader(reference).read(root, report)));
            progress.step("industry trends");
        });
    }

    /**
     * Reads the EU CRM 2023 assessment tables.
     *
     * @param root the folder with the CSV tables
     * @param reference the reference data
     * @return the dataset; check its report for errors before writing it
     */
    public static ImportedDataset euCrm(Path root, ReferenceData reference) {
        return euCrm(root, reference, ImportProgress.NONE);
    }

    /**
     * Reads the EU CRM 2023 assessment tables, reporting progress.
     *
     * @param root the folder with the CSV tables
     * @param reference the reference data
     * @param progress receives one step for the tables
     * @return the dataset; check its report for errors before writing it
     */
    public static ImportedDataset euCrm(Path root, ReferenceData reference, ImportProgress progress) {
        return read(EU_CRM, root, reference, (report, observations) -> {
            progress.total(1);
            guarded(report, () -> observations.addAll(new EuCrmReader(reference).read(root, report)));
            progress.step("EU CRM 2023 tables");
        });
    }

    /**
     * Reads the World Bank Worldwide Governance Indicators (2024 update), the years the risk methods use.
     *
     * @param root the folder with {@code wgi.csv}
     * @param reference the reference data
     * @return the dataset; check its report for errors before writing it
     */
    public static ImportedDataset wgi(Path root, ReferenceData reference) {
        return read(
                WGI,
                root,
                reference,
                (report, observations) ->
                        guarded(report, () -> observations.addAll(new WgiReader(reference).read(root, report))));
    }

    /**
     * Reads one dataset: its folder must exist; then its readers run, each adding observations and problems.
     *
     * @param id the dataset id
     * @param root its folder
     * @param reference the reference data
     * @param readers the readers, given the report and the observations to add to
     * @return the dataset with its report
     */
    private static ImportedDataset read(
            String id, Path root, ReferenceData reference, BiConsumer<ImportReport, List<Observation>> readers) {
        ImportReport report = new ImportReport();
        List<Observation> observations = new ArrayList<>();
        requireFolder(root, report);
        if (!report.hasErrors()) {
            readers.accept(report, observations);
        }
        return new ImportedDataset(id, List.of(reference.source(sourceOf(id))), observations, report);
    }

    /**
     * @param dataset an official dataset's id
     * @return the id of the source the whole dataset cites
     * @throws IllegalArgumentException if the name is not an official dataset
     */
    public static String sourceOf(String dataset) {
        return require(dataset).source();
    }

    /**
     * The curated observations bundled with Lodestone.
     *
     * @param reference the reference data
     * @return the dataset
     */
    public static ImportedDataset curated(ReferenceData reference) {
        List<Observation> observations = CuratedObservations.load(reference);
        List<Source> sources = observations.stream()
                .map(observation ->
                        reference.source(observation.provenance().source().value()))
                .distinct()
                .toList();
        return new ImportedDataset(CURATED, sources, observations, new ImportReport());
    }

    private static void requireFolder(Path root, ImportReport report) {
        if (!Files.isDirectory(root)) {
            report.error(root.toString(), 0, "", "", "not a folder");
        }
    }

    private static void guarded(ImportReport report, Runnable read) {
        try {
            read.run();
        } catch (DataFileException e) {
            report.error("", 0, "", "", e.getMessage());
        }
    }
}
