package lodestone.model.agreement;

import java.util.List;
import java.util.Optional;
import lodestone.model.Guards;
import lodestone.model.chain.Stage;
import lodestone.model.geo.CountryCode;
import lodestone.model.mineral.MineralId;
import lodestone.model.provenance.SourceId;

/**
 * A mine, plant or factory that an agreement supports.
 *
 * @param id stable identifier, e.g. {@code arafura-nolans}
 * @param name name
 * @param country where it is
 * @param operator who runs it
 * @param minerals the minerals it produces
 * @param stage its supply-chain stage
 * @param capacity planned capacity, if sourced
 * @param startYear first year of output (sourced or assumed), if known
 * @param rampUpYears years from first output to full capacity (sourced or assumed), if known
 * @param probability probability that it delivers at all, in [0, 1] (sourced or assumed), if known
 * @param status its status as last reported, with the date in the text
 * @param conflicts figures on which sources disagree
 * @param sources every source cited
 * @param note caveats
 */
public record Project(
        String id,
        String name,
        CountryCode country,
        String operator,
        List<MineralId> minerals,
        Stage stage,
        Optional<Capacity> capacity,
        Optional<Estimate> startYear,
        Optional<Estimate> rampUpYears,
        Optional<Estimate> probability,
        String status,
        List<ConflictingFigure> conflicts,
        List<SourceId> sources,
        String note) {
    public Project {
        Guards.requireText(id, "project id");
        Guards.requireText(name, "name of project " + id);
        minerals = List.copyOf(minerals);
        startYear.ifPresent(year -> Guards.requireWithin(year.value(), 2000, 2100, "start year of " + id));
        rampUpYears.ifPresent(years -> Guards.requireWithin(years.value(), 0, 20, "ramp-up years of " + id));
        probability.ifPresent(p -> Guards.requireWithin(p.value(), 0, 1, "probability of " + id));
        conflicts = List.copyOf(conflicts);
        sources = Guards.requireNonEmpty(sources, "project " + id + " must cite at least one source.");
    }
}
