package lodestone.sim.scenario;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lodestone.model.agreement.Project;
import lodestone.model.geo.CountryCode;
import lodestone.model.knowledge.KnowledgeSnapshot;
import lodestone.model.mineral.MineralId;
import lodestone.model.supply.SupplyMix;

/**
 * Fills a scenario's markets from the knowledge base: a market with {@code supplyFrom} takes the perspective
 * country's supply mix of that mineral as the dependency query gives it ({@link SupplyMixes}, answered by
 * {@code lodestone-risk}'s {@code Dependency} in the report layer): its own supply {@code 1 − net import reliance}, each
 * import source {@code net import reliance × its import-source share}, the rest under {@code OTHER}. This treats the
 * import-source shares of the compound-and-metal stage as the shares of every stage: a stated simplification. A mix
 * whose import shares are assumed (world supply standing in) is refused: a scenario names its supply or rests on
 * published import shares. Project partners take their start, ramp-up and probability from the project records.
 */
public final class SnapshotSupply {
    private SnapshotSupply() {}

    /** The dependency query, as the engine needs it. */
    @FunctionalInterface
    public interface SupplyMixes {
        /**
         * @param mineral the mineral whose figures are asked for
         * @param perspective the importing country
         * @return its supply mix, or empty when the knowledge base has no net import reliance or shares for it
         */
        Optional<SupplyMix> mix(MineralId mineral, CountryCode perspective);
    }

    /**
     * @param mixes the dependency query
     * @param mineral the mineral whose observations are used
     * @param perspective the importing country (its code stands for domestic supply in the mix)
     * @return shares by source summing to at most 1, domestic first, then the largest import source first
     * @throws IllegalArgumentException if the knowledge base has no mix for it, or only an assumed one
     */
    public static Map<String, Double> mix(SupplyMixes mixes, MineralId mineral, String perspective) {
        Optional<SupplyMix> mix = mixes.mix(mineral, CountryCode.of(perspective));
        if (mix.isEmpty() || mix.get().assumed()) {
            throw new IllegalArgumentException("supplyFrom (" + mineral + ") needs a net import reliance for "
                    + perspective + " and import-source shares in the knowledge base; found "
                    + (mix.isEmpty() ? "no mix" : "only world supply shares standing in for imports") + "."
                    + "\nMaybe give the supply mix in the spec.");
        }
        return mix.get().shares();
    }

    /**
     * @param spec a scenario
     * @param snapshot the knowledge base (its project records)
     * @param mixes the dependency query for {@code supplyFrom}
     * @return the scenario with every {@code supplyFrom} market and project partner filled
     */
    public static ScenarioSpec resolve(ScenarioSpec spec, KnowledgeSnapshot snapshot, SupplyMixes mixes) {
        return spec.mapMarkets(market -> {
            Market filled = market.supplyFrom()
                    .map(from -> market.withSupply(mix(mixes, from, spec.perspective())))
                    .orElse(market);
            List<Partner> partners = new ArrayList<>();
            for (ProjectPartner link : market.projectPartners()) {
                partners.add(partner(spec, link, snapshot));
            }
            return filled.withResolvedPartners(partners);
        });
    }

    /**
     * Months from the scenario's start to 1 January of the project's expected start year (0 if earlier); ramp-up years
     * times 12; the project's probability of delivery.
     */
    static Partner partner(ScenarioSpec spec, ProjectPartner link, KnowledgeSnapshot snapshot) {
        Project project = snapshot.policy().projects().stream()
                .filter(p -> p.id().equals(link.project()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("project (" + link.project()
                        + ") is not in the knowledge base.\nMaybe run `lodestone outlook` to list the projects."));
        return fromProject(project, link.capacityFraction(), spec.start(), link.basis());
    }

    /**
     * Partner supply from a project record: it starts on 1 January of the project's expected start year (months after
     * {@code start}, 0 if earlier), ramps up over its ramp-up years and is delivered with its probability of delivery.
     *
     * @param project a project of the knowledge base
     * @param capacityFraction its full output available to the perspective country, a fraction of the perspective's
     *     monthly demand in [0, 1]
     * @param start the scenario's first month
     * @param basis why that fraction (source or assumption)
     * @return the partner
     * @throws IllegalArgumentException if the record has no expected start year or probability of delivery
     */
    public static Partner fromProject(Project project, double capacityFraction, YearMonth start, String basis) {
        if (project.startYear().isEmpty() || project.probability().isEmpty()) {
            throw new IllegalArgumentException(
                    "project (" + project.id() + ") has no expected start year or"
                            + " probability of delivery in the knowledge base.\nMaybe give the partner in full under partners.");
        }
        double months = Math.max(
                0,
                ChronoUnit.MONTHS.between(
                        start,
                        YearMonth.of((int) Math.round(project.startYear().get().value()), 1)));
        double ramp = project.rampUpYears().map(y -> 12 * y.value()).orElse(0.0);
        String described = "project " + project.id() + " in the knowledge base (start "
                + project.startYear().get().value()
                + ", ramp-up " + ramp / 12 + " years, probability "
                + project.probability().get().value() + "); "
                + basis;
        return new Partner(
                project.name(),
                capacityFraction,
                Distribution.fixed(months),
                ramp,
                project.probability().get().value(),
                described);
    }
}
