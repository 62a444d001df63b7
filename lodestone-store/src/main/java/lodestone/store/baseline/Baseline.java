package lodestone.store.baseline;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import lodestone.model.Sha256;
import lodestone.model.observation.Observation;
import lodestone.store.dataset.Dataset;
import lodestone.store.dataset.Datasets;
import lodestone.store.importing.ImportProgress;
import lodestone.store.importing.ImportReport;
import lodestone.store.importing.ImportedDataset;
import lodestone.store.reference.ReferenceData;

/**
 * The bundled baseline: what Lodestone's own importers produce from the official datasets in {@code shared/data},
 * committed under {@code lodestone/baseline/} in the normalised form of {@link ObservationCsv}, so that a fresh clone
 * works offline. {@link #build} regenerates it, with a manifest of each file's SHA-256 that lets a store tell whether
 * it holds the current baseline without hashing megabytes on every start; a test checks that re-importing reproduces
 * the committed files exactly and that the manifest matches them.
 */
public final class Baseline {
    /** The USGS MCS 2025 data release (data years 2020–2024). */
    public static final String USGS_MCS_2025 = "usgs-mcs-2025";
    /** The USGS MCS 2026 data release (data years 2021–2025). */
    public static final String USGS_MCS_2026 = "usgs-mcs-2026";
    /** The datasets of the baseline, in load order: the official datasets, both USGS editions side by side. */
    public static final List<String> DATASETS = Datasets.officialIds();
    /** The manifest file: one {@code <file>=<sha256>} line per dataset. */
    public static final String MANIFEST = "manifest.properties";

    private static final String ROOT = "lodestone/baseline/";

    private Baseline() {}

    /** @return the folder under {@code shared/data} that a baseline dataset is imported from */
    public static String folderOf(String dataset) {
        return Datasets.require(dataset).sharedFolder();
    }

    /**
     * @param dataset a name from {@link #DATASETS}
     * @return the id of the source the dataset cites
     */
    public static String sourceOf(String dataset) {
        return Datasets.require(dataset).source();
    }

    /** @return the file name of a dataset's baseline, e.g. {@code usgs-mcs.csv} */
    public static String fileOf(String dataset) {
        return dataset + ".csv";
    }

    /**
     * Imports one baseline dataset from {@code shared/data}.
     *
     * @param sharedData the {@code shared/data} folder
     * @param dataset a name from {@link #DATASETS}
     * @param reference the reference data
     * @return the imported dataset (check its report)
     */
    public static ImportedDataset importFrom(Path sharedData, String dataset, ReferenceData reference) {
        Dataset declared = Datasets.require(dataset);
        return declared.read(sharedData.resolve(declared.sharedFolder()), reference, ImportProgress.NONE);
    }

    /**
     * Regenerates the baseline files from {@code shared/data}.
     *
     * @param sharedData the {@code shared/data} folder
     * @param target the folder to write {@code <dataset>.csv} files into
     * @param reference the reference data
     * @return the combined report; nothing is written if it has errors
     */
    public static ImportReport build(Path sharedData, Path target, ReferenceData reference) {
        ImportReport combined = new ImportReport();
        List<ImportedDataset> datasets = DATASETS.stream()
                .map(name -> importFrom(sharedData, name, reference))
                .toList();
        datasets.forEach(dataset -> combined.addAll(dataset.report()));
        if (combined.hasErrors()) {
            return combined;
        }
        try {
            Files.createDirectories(target);
            StringBuilder manifest = new StringBuilder(
                    "# SHA-256 of each bundled baseline file, written by Baseline.build; a store reloads a dataset"
                            + " whose hash changed.\n");
            for (ImportedDataset dataset : datasets) {
                String text = render(dataset.observations());
                Files.writeString(target.resolve(fileOf(dataset.name())), text, StandardCharsets.UTF_8);
                manifest.append(fileOf(dataset.name()))
                        .append('=')
                        .append(Sha256.hex(text))
                        .append('\n');
            }
            Files.writeString(target.resolve(MANIFEST), manifest.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("unable to write the baseline to " + target, e);
        }
        return combined;
    }

    /**
     * @param observations observations of one dataset
     * @return their normalised CSV text, as the baseline file holds it
     */
    public static String render(List<Observation> observations) {
        StringWriter out = new StringWriter();
        ObservationCsv.write(observations, out);
        return out.toString();
    }

    /**
     * @param dataset a name from {@link #DATASETS}
     * @return the bundled baseline text of that dataset
     */
    public static String bundledText(String dataset) {
        return text(ROOT + fileOf(dataset));
    }

    private static String text(String resource) {
        try (InputStream in = resource(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param dataset a name from {@link #DATASETS}
     * @return the bundled observations of that dataset
     */
    public static List<Observation> bundled(String dataset) {
        try (InputStream in = resource(ROOT + fileOf(dataset))) {
            return ObservationCsv.read(new InputStreamReader(in, StandardCharsets.UTF_8), ROOT + fileOf(dataset));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param dataset a name from {@link #DATASETS}
     * @return the SHA-256 of the bundled file as the manifest records it, to tell whether a store holds the current
     *     baseline (reading the manifest instead of hashing the files keeps a store's start fast)
     * @throws IllegalStateException if the manifest lacks the file
     */
    public static String bundledHash(String dataset) {
        String key = fileOf(dataset);
        for (String line : text(ROOT + MANIFEST).split("\n", -1)) {
            if (line.startsWith(key + "=")) {
                return line.substring(key.length() + 1).trim();
            }
        }
        throw new IllegalStateException("the baseline manifest " + ROOT + MANIFEST + " lists no " + key
                + "; rebuild it with `./lodestone baseline build ../shared/data`.");
    }

    private static InputStream resource(String resource) {
        InputStream in = Baseline.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("the bundled baseline " + resource + " is missing;"
                    + " rebuild it with `./lodestone baseline build ../shared/data`.");
        }
        return in;
    }
}
