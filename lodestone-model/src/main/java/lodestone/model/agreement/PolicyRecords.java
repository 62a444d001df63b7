package lodestone.model.agreement;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import lodestone.model.policy.TradeMeasure;
import lodestone.model.provenance.Source;

/**
 * The curated policy records held in memory: trade measures, agreements and projects, and the sources they cite.
 * Immutable.
 *
 * @param measures trade measures
 * @param agreements agreements
 * @param projects projects
 * @param sources the sources the records cite
 */
public record PolicyRecords(
        List<TradeMeasure> measures, List<Agreement> agreements, List<Project> projects, List<Source> sources) {
    public PolicyRecords {
        measures = List.copyOf(measures);
        agreements = List.copyOf(agreements);
        projects = List.copyOf(projects);
        sources = List.copyOf(sources);
    }

    /** No records. */
    public static final PolicyRecords EMPTY = new PolicyRecords(List.of(), List.of(), List.of(), List.of());

    /** @return the measure with this id */
    public Optional<TradeMeasure> measure(String id) {
        return measures.stream().filter(m -> m.id().equals(id)).findFirst();
    }

    /** @return the agreement with this id */
    public Optional<Agreement> agreement(String id) {
        return agreements.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    /** @return the projects by id */
    public Map<String, Project> projectsById() {
        return projects.stream().collect(Collectors.toUnmodifiableMap(Project::id, Function.identity()));
    }
}
