package lodestone.store.importing;

import java.util.List;
import lodestone.model.observation.Observation;
import lodestone.model.provenance.Source;

/**
 * What a reader produced from one dataset: its sources, its observations, and the report. Check
 * {@link ImportReport#hasErrors()} before using the observations: a dataset with errors must not be written.
 *
 * @param name the dataset name, e.g. "usgs-mcs" or "eu-crm"
 * @param sources the sources its observations cite
 * @param observations the observations
 * @param report the problems found
 */
public record ImportedDataset(String name, List<Source> sources, List<Observation> observations, ImportReport report) {
    public ImportedDataset {
        sources = List.copyOf(sources);
        observations = List.copyOf(observations);
    }
}
