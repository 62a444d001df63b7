package lodestone.risk.governance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;
import lodestone.model.geo.Area;
import lodestone.model.geo.CountryCode;
import lodestone.model.knowledge.KnowledgeSnapshot;
import lodestone.model.mineral.MineralId;
import lodestone.model.observation.Metric;
import lodestone.model.observation.Observation;
import lodestone.model.provenance.SourceId;

/**
 * Governance per country: the arithmetic mean of the six WGI estimates (VA, PV, GE, RQ, RL, CC) in each year of a
 * window, averaged over the years that have all six. The EU method rescales it to {@code 5 − 2·mean} (0 best, 10
 * worst; {@link #euScaled}); the Lodestone index uses the same value divided by 10 ({@link #riskFraction}, clipped to
 * [0, 1] because a few estimates lie beyond ±2.5).
 *
 * <p>A country with no complete year in the window has no value: callers decide what to assume and say so.
 *
 * @param firstYear the first year of the window
 * @param lastYear the last year of the window
 * @param meanByCountry the mean of the six estimates over the window, by country (standard-normal units, higher is
 *     better); only the countries with at least one complete year
 * @param sources the WGI sources the values rest on
 */
public record Governance(int firstYear, int lastYear, Map<CountryCode, Double> meanByCountry, Set<SourceId> sources) {
    /** The catalogue entry that WGI observations carry (they are not about a mineral). */
    public static final MineralId WGI_ENTRY = MineralId.of("country-governance");
    /** The six WGI indicator codes. */
    public static final Set<String> INDICATORS = Set.of("VA", "PV", "GE", "RQ", "RL", "CC");

    /** @throws IllegalArgumentException if the window is reversed */
    public Governance {
        if (lastYear < firstYear) {
            throw new IllegalArgumentException(
                    "WGI window (" + firstYear + "–" + lastYear + ") must not end before it starts.");
        }
        meanByCountry = Map.copyOf(meanByCountry);
        sources = Set.copyOf(sources);
    }

    /**
     * @param snapshot the snapshot holding WGI observations
     * @param firstYear first year of the window
     * @param lastYear last year of the window
     * @return the governance of every country with at least one complete year in the window
     * @throws IllegalArgumentException if the window is reversed
     */
    public static Governance of(KnowledgeSnapshot snapshot, int firstYear, int lastYear) {
        Map<CountryCode, Map<Integer, List<Double>>> values = new HashMap<>();
        Set<SourceId> sources = new TreeSet<>();
        if (snapshot.minerals().get(WGI_ENTRY).isPresent()) {
            for (Observation observation : snapshot.observations(WGI_ENTRY, Metric.GOVERNANCE)) {
                int year = observation.period().endYear();
                if (!(observation.area() instanceof Area.CountryArea country)
                        || year < firstYear
                        || year > lastYear
                        || observation.quantity().isEmpty()
                        || !INDICATORS.contains(observation.series())) {
                    continue;
                }
                values.computeIfAbsent(country.country(), c -> new HashMap<>())
                        .computeIfAbsent(year, y -> new ArrayList<>())
                        .add(observation.valueOrNaN());
                sources.add(observation.provenance().source());
            }
        }
        Map<CountryCode, Double> means = new HashMap<>();
        values.forEach((country, byYear) -> {
            OptionalDouble mean = byYear.values().stream()
                    .filter(list -> list.size() == INDICATORS.size())
                    .mapToDouble(list -> list.stream()
                            .mapToDouble(Double::doubleValue)
                            .average()
                            .orElseThrow())
                    .average();
            mean.ifPresent(value -> means.put(country, value));
        });
        return new Governance(firstYear, lastYear, means, sources);
    }

    /**
     * @param snapshot the snapshot holding WGI observations
     * @return the governance of the latest WGI year in the snapshot (a window of one year); empty if it has none
     */
    public static Governance latest(KnowledgeSnapshot snapshot) {
        int latest = snapshot.minerals().get(WGI_ENTRY).isEmpty()
                ? 0
                : snapshot.observations(WGI_ENTRY).stream()
                        .mapToInt(o -> o.period().endYear())
                        .max()
                        .orElse(0);
        return of(snapshot, latest, latest);
    }

    /** @return true if no WGI observation was found in the window */
    public boolean isEmpty() {
        return meanByCountry.isEmpty();
    }

    /**
     * @param country the country
     * @return the mean of the six estimates over the window (standard-normal units, higher is better)
     */
    public OptionalDouble mean(CountryCode country) {
        Double value = meanByCountry.get(Objects.requireNonNull(country, "country"));
        return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
    }

    /**
     * The EU method's scale: {@code 5 − 2·mean}, 0 (best) to 10 (worst); not clipped.
     *
     * @param country the country
     * @return the scaled value, if the country has one
     */
    public OptionalDouble euScaled(CountryCode country) {
        OptionalDouble mean = mean(country);
        return mean.isPresent() ? OptionalDouble.of(5 - 2 * mean.getAsDouble()) : OptionalDouble.empty();
    }

    /**
     * The Lodestone index's governance risk: {@code (5 − 2·mean) / 10}, clipped to [0, 1] (0 best, 1 worst).
     *
     * @param country the country
     * @return the fraction, if the country has a value
     */
    public OptionalDouble riskFraction(CountryCode country) {
        OptionalDouble mean = mean(country);
        return mean.isPresent() ? OptionalDouble.of(riskFractionOf(mean.getAsDouble())) : OptionalDouble.empty();
    }

    /**
     * The governance risk of a mean WGI estimate: {@code (5 − 2·mean) / 10}, clipped to [0, 1] (0 best, 1 worst).
     *
     * @param mean the mean of the six WGI estimates (standard-normal units, higher is better)
     * @return the fraction
     */
    public static double riskFractionOf(double mean) {
        return Math.max(0, Math.min(1, (5 - 2 * mean) / 10));
    }

    /**
     * @param area an area
     * @return the country of a single-country area
     */
    public static Optional<CountryCode> countryOf(Area area) {
        return area instanceof Area.CountryArea country ? Optional.of(country.country()) : Optional.empty();
    }
}
