package lodestone.sim.scenario;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lodestone.model.agreement.Project;
import lodestone.model.geo.Area;
import lodestone.model.knowledge.KnowledgeSnapshot;
import lodestone.model.mineral.MineralId;
import lodestone.model.observation.Metric;
import lodestone.model.observation.Observation;

/**
 * Fills a market's supply mix from the knowledge base: the perspective country's own supply is {@code 1 − net import
 * reliance}, and each import source supplies {@code net import reliance × its import-source share}. Both figures are
 * the latest the snapshot holds (USGS Mineral Commodity Summaries for the bundled baseline). This treats the
 * import-source shares of the compound-and-metal stage as the shares of every stage: a stated simplification, since
 * the snapshot has no stage-by-stage look-through for imports.
 */
public final class SnapshotSupply {
    private SnapshotSupply() {}

    /**
     * @param snapshot the knowledge base
     * @param mineral the mineral whose observations are used
     * @param perspective the importing country (its code stands for domestic supply in the mix)
     * @return shares by source summing to at most 1, in descending order
     * @throws IllegalArgumentException if the snapshot holds no import-source shares or no net import reliance for it
     */
    public static Map<String, Double> mix(KnowledgeSnapshot snapshot, MineralId mineral, String perspective) {
        Optional<Observation> reliance = latest(snapshot.observations(mineral, Metric.NET_IMPORT_RELIANCE).stream()
                .filter(o -> o.area().code().equals(perspective))
                .toList());
        List<Observation> sources = snapshot.observations(mineral, Metric.IMPORT_SOURCE_SHARE).stream()
                .filter(o -> o.quantity().isPresent())
                .toList();
        if (reliance.isEmpty() || sources.isEmpty()) {
            throw new IllegalArgumentException("supplyFrom (" + mineral + ") needs a net import reliance for "
                    + perspective + " and import-source shares in the knowledge base; found "
                    + (reliance.isEmpty() ? "no reliance" : "reliance") + " and " + sources.size() + " shares."
                    + "\nMaybe give the supply mix in the spec.");
        }
        int lastYear =
                sources.stream().mapToInt(o -> o.period().endYear()).max().orElseThrow();
        double nir = reliance.get().valueOrNaN();
        Map<String, Double> mix = new LinkedHashMap<>();
        if (nir < 1) {
            mix.put(perspective, 1 - nir);
        }
        sources.stream()
                .filter(o -> o.period().endYear() == lastYear)
                .sorted(Comparator.comparingDouble(Observation::valueOrNaN).reversed())
                .forEach(o -> mix.merge(code(o.area()), nir * o.valueOrNaN(), Double::sum));
        return mix;
    }

    private static String code(Area area) {
        return area.code();
    }

    private static Optional<Observation> latest(List<Observation> observations) {
        return observations.stream()
                .filter(o -> o.quantity().isPresent())
                .max(Comparator.comparing(Observation::period));
    }

    /**
     * @param spec a scenario
     * @param snapshot the knowledge base
     * @return the scenario with every {@code supplyFrom} market filled
     */
    public static ScenarioSpec resolve(ScenarioSpec spec, KnowledgeSnapshot snapshot) {
        return spec.mapMarkets(market -> {
            Market filled = market.supplyFrom()
                    .map(from -> market.withSupply(mix(snapshot, from, spec.perspective())))
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
        if (project.startYear().isEmpty() || project.probability().isEmpty()) {
            throw new IllegalArgumentException(
                    "project (" + link.project() + ") has no expected start year or"
                            + " probability of delivery in the knowledge base.\nMaybe give the partner in full under partners.");
        }
        double start = Math.max(
                0,
                ChronoUnit.MONTHS.between(
                        spec.start(),
                        YearMonth.of((int) Math.round(project.startYear().get().value()), 1)));
        double ramp = project.rampUpYears().map(y -> 12 * y.value()).orElse(0.0);
        String basis = "project " + project.id() + " in the knowledge base (start "
                + project.startYear().get().value()
                + ", ramp-up " + ramp / 12 + " years, probability "
                + project.probability().get().value() + "); "
                + link.basis();
        return new Partner(
                project.name(),
                link.capacityFraction(),
                Distribution.fixed(start),
                ramp,
                project.probability().get().value(),
                basis);
    }
}
