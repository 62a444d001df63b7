package lodestone.report.country;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import lodestone.model.geo.Area;
import lodestone.model.geo.Country;
import lodestone.model.knowledge.KnowledgeSnapshot;
import lodestone.model.observation.Metric;
import lodestone.model.observation.Observation;
import lodestone.report.Query;
import lodestone.report.ReportContext;
import lodestone.report.table.Cell;
import lodestone.report.table.Listing;

/** The countries with production or supply shares on record, with how many minerals each. */
public record CountriesQuery() implements Query<Listing<CountriesQuery.Row>> {
    /**
     * @param country ISO alpha-2
     * @param name name
     * @param minerals how many minerals it has production or supply shares of
     */
    public record Row(
            String country,
            String name,
            @Cell(unit = "count") int minerals) {}

    @Override
    public Listing<Row> answer(ReportContext context) {
        KnowledgeSnapshot snapshot = context.snapshot();
        Map<String, Set<String>> minerals = new TreeMap<>();
        for (Observation observation : snapshot.observations()) {
            if ((observation.metric() == Metric.PRODUCTION || observation.metric() == Metric.SUPPLY_SHARE)
                    && observation.area() instanceof Area.CountryArea country
                    && observation.quantity().isPresent()) {
                minerals.computeIfAbsent(country.code(), c -> new TreeSet<>())
                        .add(observation.mineral().value());
            }
        }
        return Listing.of(
                minerals.entrySet().stream()
                        .map(e -> new Row(
                                e.getKey(),
                                snapshot.countries()
                                        .resolve(e.getKey())
                                        .map(Country::name)
                                        .orElse(e.getKey()),
                                e.getValue().size()))
                        .toList(),
                Row.class);
    }
}
