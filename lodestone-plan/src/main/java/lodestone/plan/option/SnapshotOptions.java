package lodestone.plan.option;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import lodestone.model.geo.Area;
import lodestone.model.geo.CountryCode;
import lodestone.model.knowledge.KnowledgeSnapshot;
import lodestone.model.mineral.MineralId;
import lodestone.model.observation.Metric;
import lodestone.model.observation.Observation;
import lodestone.risk.governance.Governance;
import lodestone.sim.scenario.Distribution;

/**
 * Candidate new sources derived from the knowledge base: one per country with reserves or production of a mineral
 * (latest year, excluding the issuer), each an all-or-nothing option with the catalogue's assumed size, lead time,
 * ramp-up and capital cost, and a probability of delivery scaled by the country's governance: {@code p = p₀ · (1 − r)}
 * where r is the Lodestone index's WGI governance risk in [0, 1] (latest WGI year in the knowledge base).
 */
public final class SnapshotOptions {
    private SnapshotOptions() {}

    /**
     * The catalogue's assumptions for new sources.
     *
     * @param countriesFrom the mineral whose reserves and production name the candidate countries (a group such as
     *     {@code rare-earths} where the element has no country figures)
     * @param exclude countries left out (the issuer)
     * @param capacity size of one new source, a fraction of the perspective's monthly demand
     * @param leadMonths months from funding to first output
     * @param rampMonths months from first output to full output
     * @param costPerFractionOfDemand capital cost of a source able to supply the whole monthly demand, US dollars
     *     (scaled by the capacity)
     * @param probability base probability p₀ of delivery before the governance scaling
     */
    public record Candidates(
            MineralId countriesFrom,
            List<String> exclude,
            Figure capacity,
            Figure leadMonths,
            Figure rampMonths,
            Figure costPerFractionOfDemand,
            Figure probability) {
        public Candidates {
            exclude = List.copyOf(exclude);
        }
    }

    /**
     * @param options the candidate options, largest reserves first
     * @param skipped countries left out, each with the reason
     */
    public record Generated(List<PlanOption> options, List<String> skipped) {
        public Generated {
            options = List.copyOf(options);
            skipped = List.copyOf(skipped);
        }
    }

    /**
     * @param snapshot the knowledge base
     * @param candidates the catalogue's assumptions
     * @param perspective the perspective country (kept as a candidate: its own deposits count)
     * @return one option per country with reserves or production, and the countries skipped
     */
    public static Generated newSources(KnowledgeSnapshot snapshot, Candidates candidates, String perspective) {
        Map<CountryCode, Observation> reserves = latest(snapshot, candidates.countriesFrom(), Metric.RESERVES);
        Map<CountryCode, Observation> production = latest(snapshot, candidates.countriesFrom(), Metric.PRODUCTION);
        Map<CountryCode, Observation> named = new LinkedHashMap<>();
        reserves.entrySet().stream()
                .sorted(Comparator.comparingDouble((Map.Entry<CountryCode, Observation> e) -> -amount(e.getValue()))
                        .thenComparing(Map.Entry::getKey))
                .forEach(e -> named.put(e.getKey(), e.getValue()));
        production.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> named.putIfAbsent(e.getKey(), e.getValue()));
        Governance governance = latestGovernance(snapshot);
        List<PlanOption> options = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (Map.Entry<CountryCode, Observation> entry : named.entrySet()) {
            CountryCode code = entry.getKey();
            if (candidates.exclude().contains(code.value())) {
                skipped.add(code.value() + ": excluded by the catalogue (the issuer)");
                continue;
            }
            OptionalDouble risk = governance.riskFraction(code);
            if (risk.isEmpty()) {
                skipped.add(code.value() + ": no WGI governance estimate in the knowledge base");
                continue;
            }
            options.add(candidate(snapshot, candidates, code, entry.getValue(), risk.getAsDouble(), governance));
        }
        return new Generated(options, skipped);
    }

    private static PlanOption candidate(
            KnowledgeSnapshot snapshot,
            Candidates c,
            CountryCode code,
            Observation evidence,
            double risk,
            Governance governance) {
        String name =
                snapshot.countries().get(code).map(country -> country.name()).orElse(code.value());
        String what = String.format(
                Locale.ROOT,
                "%s %s %,.0f %s (%s, %s)",
                name,
                evidence.metric().name().toLowerCase(Locale.ROOT),
                amount(evidence),
                evidence.quantity()
                        .map(q -> q.unit().name().toLowerCase(Locale.ROOT))
                        .orElse(""),
                evidence.period(),
                evidence.provenance().source());
        double p = c.probability().value() * (1 - risk);
        Figure probability = new Figure(
                p,
                Optional.empty(),
                true,
                String.format(
                        Locale.ROOT,
                        "%.2f (%s) × (1 − WGI governance risk %.2f of %s, %d)",
                        c.probability().value(),
                        c.probability().basis(),
                        risk,
                        code.value(),
                        governance.lastYear()));
        Supply supply = new Supply(
                c.capacity(),
                Distribution.fixed(c.leadMonths().value()),
                c.leadMonths().basis(),
                c.leadMonths().assumed(),
                c.rampMonths(),
                probability);
        Figure cost = c.costPerFractionOfDemand()
                .derived(
                        c.costPerFractionOfDemand().value() * c.capacity().value(),
                        String.format(
                                Locale.ROOT,
                                "× capacity %.3f of demand",
                                c.capacity().value()));
        List<String> sources = new ArrayList<>();
        sources.add(evidence.provenance().source().toString());
        governance.sources().forEach(s -> sources.add(s.toString()));
        return new PlanOption(
                "new-source-" + code.value().toLowerCase(Locale.ROOT),
                "New source in " + name,
                OptionKind.NEW_SOURCE,
                Optional.of(code.value()),
                cost,
                Optional.of(supply),
                Optional.empty(),
                0,
                1,
                true,
                sources,
                "Candidate because of " + what
                        + "; size, lead time, ramp-up and cost are the catalogue's assumptions.");
    }

    private static Map<CountryCode, Observation> latest(KnowledgeSnapshot snapshot, MineralId mineral, Metric metric) {
        Map<CountryCode, Observation> byCountry = new LinkedHashMap<>();
        for (Observation o : snapshot.observations(mineral, metric)) {
            if (!(o.area() instanceof Area.CountryArea country) || o.quantity().isEmpty() || amount(o) <= 0) {
                continue;
            }
            Observation previous = byCountry.get(country.country());
            if (previous == null || o.period().compareTo(previous.period()) > 0) {
                byCountry.put(country.country(), o);
            }
        }
        return byCountry;
    }

    private static double amount(Observation o) {
        return o.quantity().map(q -> q.value()).orElse(0.0);
    }

    private static Governance latestGovernance(KnowledgeSnapshot snapshot) {
        int latest = snapshot.observations(Governance.WGI_ENTRY).stream()
                .mapToInt(o -> o.period().endYear())
                .max()
                .orElse(0);
        return Governance.of(snapshot, latest, latest);
    }
}
