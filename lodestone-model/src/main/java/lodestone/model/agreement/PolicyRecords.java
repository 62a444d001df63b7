package lodestone.model.agreement;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import lodestone.model.buffer.PriceFloor;
import lodestone.model.buffer.Stockpile;
import lodestone.model.policy.TradeMeasure;
import lodestone.model.provenance.Source;

/**
 * The curated policy records held in memory: trade measures, agreements, projects, stockpiles and price floors, the
 * sources they cite, and the drafts a reviewer promoted from news (kept apart, see {@link Drafts}). Immutable.
 *
 * @param measures trade measures
 * @param agreements agreements
 * @param projects projects
 * @param sources the sources the records (drafts included) cite
 * @param stockpiles stockpiles and strategic reserves
 * @param priceFloors price floors and offtake guarantees
 * @param drafts unverified drafts promoted from news; never part of the lists above
 */
public record PolicyRecords(
        List<TradeMeasure> measures,
        List<Agreement> agreements,
        List<Project> projects,
        List<Source> sources,
        List<Stockpile> stockpiles,
        List<PriceFloor> priceFloors,
        Drafts drafts) {
    public PolicyRecords {
        measures = List.copyOf(measures);
        agreements = List.copyOf(agreements);
        projects = List.copyOf(projects);
        sources = List.copyOf(sources);
        stockpiles = List.copyOf(stockpiles);
        priceFloors = List.copyOf(priceFloors);
        java.util.Objects.requireNonNull(drafts, "drafts");
    }

    /**
     * Records without stockpiles, price floors or drafts.
     *
     * @param measures trade measures
     * @param agreements agreements
     * @param projects projects
     * @param sources the sources the records cite
     */
    public PolicyRecords(
            List<TradeMeasure> measures, List<Agreement> agreements, List<Project> projects, List<Source> sources) {
        this(measures, agreements, projects, sources, List.of(), List.of(), Drafts.NONE);
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

    /** @return the stockpile with this id */
    public Optional<Stockpile> stockpile(String id) {
        return stockpiles.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** @return the price floor with this id */
    public Optional<PriceFloor> priceFloor(String id) {
        return priceFloors.stream().filter(f -> f.id().equals(id)).findFirst();
    }

    /** @return the projects by id */
    public Map<String, Project> projectsById() {
        return projects.stream().collect(Collectors.toUnmodifiableMap(Project::id, Function.identity()));
    }

    /**
     * @param drafts the drafts
     * @return a copy with these drafts
     */
    public PolicyRecords withDrafts(Drafts drafts) {
        return new PolicyRecords(measures, agreements, projects, sources, stockpiles, priceFloors, drafts);
    }
}
