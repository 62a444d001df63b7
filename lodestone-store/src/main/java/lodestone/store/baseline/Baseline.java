package lodestone.store.baseline;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
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
 * works offline. {@link #build} regenerates it; a test checks that re-importing reproduces the committed files exactly.
 */
public final class Baseline {
    /** The datasets of the baseline, in load order, with the folder under {@code shared/data} they come from. */
    public static final List<String> DATASETS = Datasets.ids();

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
            for (ImportedDataset dataset : datasets) {
                try (Writer out = Files.newBufferedWriter(target.resolve(fileOf(dataset.name())))) {
                    ObservationCsv.write(dataset.observations(), out);
                }
            }
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
        try (InputStream in = resource(dataset)) {
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
        try (InputStream in = resource(dataset)) {
            return ObservationCsv.read(new InputStreamReader(in, StandardCharsets.UTF_8), ROOT + fileOf(dataset));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return a SHA-256 of the bundled file, to tell whether a store holds the current baseline */
    public static String bundledHash(String dataset) {
        return sha256(bundledText(dataset));
    }

    /** @return the SHA-256 of a text, in hex */
    public static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    private static InputStream resource(String dataset) {
        InputStream in = Baseline.class.getClassLoader().getResourceAsStream(ROOT + fileOf(dataset));
        if (in == null) {
            throw new IllegalStateException("the bundled baseline " + ROOT + fileOf(dataset) + " is missing;"
                    + " rebuild it with `./lodestone baseline build ../shared/data`.");
        }
        return in;
    }
}
