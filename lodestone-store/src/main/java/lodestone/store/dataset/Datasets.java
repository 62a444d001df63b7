package lodestone.store.dataset;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import lodestone.model.observation.Observation;
import lodestone.model.provenance.Edition;
import lodestone.model.provenance.Source;
import lodestone.store.curated.CuratedObservations;
import lodestone.store.eucrm.EuCrmReader;
import lodestone.store.importing.ImportProgress;
import lodestone.store.importing.ImportReport;
import lodestone.store.importing.ImportedDataset;
import lodestone.store.reference.ReferenceData;
import lodestone.store.usgs.McsRelease;
import lodestone.store.usgs.UsgsReleases;
import lodestone.store.wgi.WgiReader;

/**
 * The registry of the datasets Lodestone imports: one {@link Dataset} declaration each (id, description, folder under
 * {@code shared/data}, source, reader), used by {@code lodestone import}, the import endpoint, the OpenAPI document,
 * the baseline and the docs. Every dataset is read whole into memory and checked before anything is written.
 */
public final class Datasets {
    /**
     * The USGS Mineral Commodity Summaries data release, edition read from its files; the store keeps each edition as
     * its own dataset, {@code usgs-mcs-<year>} (see {@link McsRelease#datasetOf}).
     */
    public static final String USGS_MCS = "usgs-mcs";
    /** Dataset name of the EU CRM 2023 tables. */
    public static final String EU_CRM = "eu-crm";
    /** Dataset name of the World Bank Worldwide Governance Indicators (2024 update). */
    public static final String WGI = "wgi";
    /** Dataset name of the curated observations bundled with Lodestone. */
    public static final String CURATED = "curated";

    private static final Pattern USGS_EDITION = Pattern.compile("usgs-mcs-(\\d{4})");

    /**
     * The official datasets as the store keeps them, in load order: each one's id, what it is, where it lies under
     * {@code shared/data} and how it is read. Both USGS editions are kept side by side.
     */
    public static final List<Dataset> OFFICIAL = List.of(
            usgsEdition(2025, "the release folder, with world_data/, salient_commodity/ and industry_trends/"),
            usgsEdition(2026, "the release folder, with MCS2026_Commodities_Data.csv and its figure and table files"),
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

    /**
     * The USGS data release of whichever edition a folder holds, read from its files and kept under that edition's id
     * ({@code usgs-mcs-<year>}).
     */
    public static final Dataset USGS_ANY_EDITION = new Dataset(
            USGS_MCS,
            "USGS Mineral Commodity Summaries data release of the edition its files hold (2025 or 2026 layout),"
                    + " kept as usgs-mcs-<year>",
            "usgs-mcs-2026",
            "usgs-mcs-2026-data",
            (root, reference, progress) -> usgsMcs(root, Optional.empty(), reference, progress));

    private Datasets() {}

    /**
     * @param id a dataset id a user gives: {@code usgs-mcs} (edition from the files), {@code usgs-mcs-<year>} (that
     *     edition, refused if the files hold another), {@code eu-crm} or {@code wgi}
     * @return the dataset with this id, if Lodestone can import it
     */
    public static Optional<Dataset> find(String id) {
        if (id.equals(USGS_MCS)) {
            return Optional.of(USGS_ANY_EDITION);
        }
        Optional<Dataset> official =
                OFFICIAL.stream().filter(dataset -> dataset.id().equals(id)).findFirst();
        Matcher edition = USGS_EDITION.matcher(id);
        if (official.isEmpty() && edition.matches()) {
            int year = Integer.parseInt(edition.group(1));
            return Optional.of(usgsEdition(year, "the release folder of that edition"));
        }
        return official;
    }

    /**
     * @param id a dataset id
     * @return the dataset with this id
     * @throws IllegalArgumentException naming the id and the known ones if there is none
     */
    public static Dataset require(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException(
                "dataset (" + id + ") must be one of " + String.join(", ", ids()) + " (or usgs-mcs-<year>)."));
    }

    /** @return the ids users may type, in load order: usgs-mcs (any edition) then the official datasets */
    public static List<String> ids() {
        return Stream.concat(Stream.of(USGS_MCS), OFFICIAL.stream().map(Dataset::id))
                .toList();
    }

    /** @return the ids of the official datasets as the store keeps them, in load order (the baseline's datasets) */
    public static List<String> officialIds() {
        return OFFICIAL.stream().map(Dataset::id).toList();
    }

    /**
     * @param dataset a name given by a user
     * @return true if Lodestone can import it
     */
    public static boolean isOfficial(String dataset) {
        return find(dataset).isPresent();
    }

    /**
     * Reads an official dataset by the name a user gives.
     *
     * @param dataset {@code usgs-mcs}, {@code usgs-mcs-<year>}, {@code eu-crm} or {@code wgi}
     * @param root the dataset's folder
     * @param reference the reference data
     * @param progress receives progress steps
     * @return the dataset; check its report for errors before writing it
     * @throws IllegalArgumentException if the name is not an official dataset
     */
    public static ImportedDataset read(String dataset, Path root, ReferenceData reference, ImportProgress progress) {
        return require(dataset).read(root, reference, progress);
    }

    private static Dataset usgsEdition(int year, String folder) {
        Edition edition = Edition.of(McsRelease.SERIES, year);
        return new Dataset(
                McsRelease.datasetOf(edition),
                "USGS Mineral Commodity Summaries " + year + " data release: " + folder,
                McsRelease.datasetOf(edition),
                McsRelease.sourceOf(edition).value(),
                (root, reference, progress) -> usgsMcs(root, Optional.of(edition), reference, progress));
    }

    /**
     * Reads the USGS Mineral Commodity Summaries data release in a folder, edition read from its files.
     *
     * @param root the release folder
     * @param reference the reference data
     * @return the dataset; check its report for errors before writing it
     */
    public static ImportedDataset usgsMcs(Path root, ReferenceData reference) {
        return usgsMcs(root, Optional.empty(), reference, ImportProgress.NONE);
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
        return usgsMcs(root, Optional.empty(), reference, progress);
    }

    /**
     * Reads one edition of the USGS Mineral Commodity Summaries data release, in either layout (MCS 2025: folders
     * {@code world_data/}, {@code salient_commodity/}, {@code industry_trends/}; MCS 2026: one long table and its
     * figure and table files). The edition comes from the files; a folder that mixes editions, or holds another edition
     * than the one declared, is refused with the files at fault, and every row is checked against it (source column,
     * data years).
     *
     * @param root the release folder
     * @param declared the edition the caller expects, if any
     * @param reference the reference data
     * @param progress receives one step per file read
     * @return the dataset, named {@code usgs-mcs-<year>}; check its report for errors before writing it
     */
    public static ImportedDataset usgsMcs(
            Path root, Optional<Edition> declared, ReferenceData reference, ImportProgress progress) {
        ImportReport report = new ImportReport();
        List<Observation> observations = new ArrayList<>();
        requireFolder(root, report);
        String name = declared.map(McsRelease::datasetOf).orElse(USGS_MCS);
        List<Source> sources = List.of();
        if (!report.hasErrors()) {
            Optional<McsRelease.Detected> detected = McsRelease.detect(root, declared, report);
            if (detected.isPresent()) {
                McsRelease.Detected release = detected.get();
                name = release.dataset();
                Optional<Source> source = reference.sources().stream()
                        .filter(s -> s.id().equals(release.source()))
                        .findFirst();
                if (source.isEmpty()) {
                    report.error(
                            root.toString(),
                            0,
                            "",
                            release.edition().id(),
                            "no source " + release.source() + " for edition " + release.edition()
                                    + " in sources.yaml.\nMaybe add the edition's data release (publisher, DOI, date)"
                                    + " to sources.yaml; Lodestone labels data with its own edition only.");
                } else {
                    sources = List.of(source.get());
                    observations.addAll(UsgsReleases.read(root, release, reference, report, progress));
                }
            }
        }
        return new ImportedDataset(name, sources, observations, report);
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
            report.guarded(() -> observations.addAll(new EuCrmReader(reference).read(root, report)));
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
                        report.guarded(() -> observations.addAll(new WgiReader(reference).read(root, report))));
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
     * @param dataset an official dataset as the store names it ({@code usgs-mcs-<year>}, {@link #EU_CRM}, {@link
     *     #WGI})
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
}
