package lodestone.store.importing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lodestone.model.observation.Observation;
import lodestone.model.provenance.Edition;
import lodestone.model.provenance.Source;
import lodestone.store.curated.CuratedObservations;
import lodestone.store.eucrm.EuCrmReader;
import lodestone.store.reference.ReferenceData;
import lodestone.store.usgs.McsRelease;
import lodestone.store.usgs.UsgsReleases;
import lodestone.store.wgi.WgiReader;

/** The datasets Lodestone imports, each read whole into memory and checked before anything is written. */
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

    private Datasets() {}

    /**
     * @param dataset a name given by a user: {@code usgs-mcs} (edition from the files), {@code usgs-mcs-2026} (that
     *     edition, refused if the files are another), {@code eu-crm} or {@code wgi}
     * @return true if Lodestone can import it
     */
    public static boolean isOfficial(String dataset) {
        return dataset.equals(USGS_MCS)
                || USGS_EDITION.matcher(dataset).matches()
                || dataset.equals(EU_CRM)
                || dataset.equals(WGI);
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
        Matcher edition = USGS_EDITION.matcher(dataset);
        if (dataset.equals(USGS_MCS)) {
            return usgsMcs(root, Optional.empty(), reference, progress);
        }
        if (edition.matches()) {
            return usgsMcs(
                    root,
                    Optional.of(Edition.of(McsRelease.SERIES, Integer.parseInt(edition.group(1)))),
                    reference,
                    progress);
        }
        return switch (dataset) {
            case EU_CRM -> euCrm(root, reference, progress);
            case WGI -> wgi(root, reference);
            default ->
                throw new IllegalArgumentException("dataset (" + dataset + ") must be usgs-mcs, usgs-mcs-<year> (e.g."
                        + " usgs-mcs-2026), eu-crm or wgi.");
        };
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
        ImportReport report = new ImportReport();
        List<Observation> observations = new ArrayList<>();
        requireFolder(root, report);
        if (!report.hasErrors()) {
            progress.total(1);
            guarded(report, () -> observations.addAll(new EuCrmReader(reference).read(root, report)));
            progress.step("EU CRM 2023 tables");
        }
        return new ImportedDataset(EU_CRM, List.of(reference.source(sourceOf(EU_CRM))), observations, report);
    }

    /**
     * Reads the World Bank Worldwide Governance Indicators (2024 update), the years the risk methods use.
     *
     * @param root the folder with {@code wgi.csv}
     * @param reference the reference data
     * @return the dataset; check its report for errors before writing it
     */
    public static ImportedDataset wgi(Path root, ReferenceData reference) {
        ImportReport report = new ImportReport();
        List<Observation> observations = new ArrayList<>();
        requireFolder(root, report);
        if (!report.hasErrors()) {
            guarded(report, () -> observations.addAll(new WgiReader(reference).read(root, report)));
        }
        return new ImportedDataset(WGI, List.of(reference.source(sourceOf(WGI))), observations, report);
    }

    /**
     * @param dataset an official dataset as the store names it ({@code usgs-mcs-<year>}, {@link #EU_CRM}, {@link
     *     #WGI})
     * @return the id of the source the whole dataset cites
     * @throws IllegalArgumentException if the name is not an official dataset
     */
    public static String sourceOf(String dataset) {
        Matcher edition = USGS_EDITION.matcher(dataset);
        if (edition.matches()) {
            return McsRelease.sourceOf(Edition.of(McsRelease.SERIES, Integer.parseInt(edition.group(1))))
                    .value();
        }
        return switch (dataset) {
            case EU_CRM -> "eu-crm-2023-study";
            case WGI -> "world-bank-wgi-2024";
            default ->
                throw new IllegalArgumentException("dataset (" + dataset + ") is not an official dataset as the store"
                        + " names it; those are usgs-mcs-<year>, " + EU_CRM + " and " + WGI + ".");
        };
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

    /**
     * Runs a read, turning a file that cannot be read at all into an error of the report.
     *
     * @param report the report
     * @param read the read
     */
    public static void guarded(ImportReport report, Runnable read) {
        try {
            read.run();
        } catch (DataFileException e) {
            report.error("", 0, "", "", e.getMessage());
        }
    }
}
