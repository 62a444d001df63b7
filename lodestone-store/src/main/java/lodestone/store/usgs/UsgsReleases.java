package lodestone.store.usgs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import lodestone.model.observation.Observation;
import lodestone.store.importing.ImportProgress;
import lodestone.store.importing.ImportReport;
import lodestone.store.reference.ReferenceData;

/** Reads one detected edition of the USGS Mineral Commodity Summaries data release with the readers of its layout. */
public final class UsgsReleases {
    private UsgsReleases() {}

    /**
     * @param root the release folder
     * @param release its detected layout and edition
     * @param reference the reference data
     * @param report receives every problem
     * @param progress receives one step per file read
     * @return the observations of the edition (check the report for errors before using them)
     */
    public static List<Observation> read(
            Path root,
            McsRelease.Detected release,
            ReferenceData reference,
            ImportReport report,
            ImportProgress progress) {
        List<Observation> observations = new ArrayList<>();
        switch (release.layout()) {
            case FOLDERS -> {
                McsSalientReader salient = new McsSalientReader(reference, release);
                progress.total(2 + salient.files(root).size());
                report.guarded(
                        () -> observations.addAll(new McsWorldDataReader(reference, release).read(root, report)));
                progress.step("world data");
                report.guarded(() -> observations.addAll(salient.read(root, report, progress)));
                report.guarded(() -> observations.addAll(new McsTablesReader(reference, release).read(root, report)));
                progress.step("industry trends");
            }
            case LONG_TABLE -> {
                progress.total(2);
                report.guarded(
                        () -> observations.addAll(new McsCommoditiesReader(reference, release).read(root, report)));
                progress.step(release.prefix() + "_Commodities_Data.csv");
                report.guarded(() -> observations.addAll(new McsTablesReader(reference, release).read(root, report)));
                progress.step("figures and tables");
            }
        }
        List<String> warnings = new ArrayList<>();
        List<Observation> out =
                ImportSourceHeadlines.apply(observations, release.prefix() + "_Commodities_Data.csv", warnings);
        warnings.forEach(
                warning -> report.warning(release.prefix() + "_Fig3_Major_Import_Sources.csv", 0, "", "", warning));
        return out;
    }
}
