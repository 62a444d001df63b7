package lodestone.risk.economic;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import lodestone.model.geo.Area;
import lodestone.model.knowledge.KnowledgeSnapshot;
import lodestone.model.mineral.MineralId;
import lodestone.model.observation.Metric;
import lodestone.model.observation.Observation;
import lodestone.model.quantity.Unit;

/**
 * Reads a mineral's market value from a snapshot: the consumption and price series chosen in {@link MarketSeries},
 * for the United States (the only perspective the USGS salient statistics cover), in the latest year, no later than
 * the one asked for, in which both have a number. A series is matched by any of its labels (one per edition); each
 * data year of the snapshot comes from one edition ({@code EditionChoice}), so a year never mixes two. A withheld cell ("W") is missing, never zero.
 */
public final class MarketValues {
    /** The perspective the USGS salient statistics describe. */
    public static final String UNITED_STATES = "US";

    private MarketValues() {}

    /**
     * @param snapshot the snapshot
     * @param selection the chosen series ({@link MarketSeries#parse})
     * @param mineral the mineral
     * @param perspective the consuming country (ISO alpha-2) or bloc
     * @param latestYear the latest data year to use, or none for the latest available
     * @return the exposure, with its value or the reason it is unknown
     */
    public static MarketExposure of(
            KnowledgeSnapshot snapshot,
            List<MarketSeries> selection,
            MineralId mineral,
            String perspective,
            OptionalInt latestYear) {
        Objects.requireNonNull(snapshot, "snapshot");
        Objects.requireNonNull(perspective, "perspective");
        Objects.requireNonNull(latestYear, "latestYear");
        if (!perspective.equals(UNITED_STATES)) {
            return MarketExposure.unknown(
                    perspective,
                    mineral,
                    "no apparent consumption or price for " + perspective
                            + " in the store (the USGS salient statistics cover the United States)");
        }
        Optional<MarketSeries> chosen = MarketSeries.of(selection, mineral);
        if (chosen.isEmpty()) {
            return MarketExposure.unknown(
                    perspective,
                    mineral,
                    "no consumption and price series chosen for " + mineral + " (" + MarketSeries.RESOURCE
                            + "): consumption withheld, missing or in another unit");
        }
        MarketSeries series = chosen.get();
        Map<Integer, Observation> consumption =
                byYear(snapshot, mineral, Metric.CONSUMPTION, series.consumptionLabels(), Unit.TONNE, latestYear);
        Map<Integer, Observation> price =
                byYear(snapshot, mineral, Metric.PRICE, series.priceLabels(), Unit.USD_PER_KILOGRAM, latestYear);
        Optional<Integer> year =
                consumption.keySet().stream().filter(price::containsKey).max(Integer::compare);
        if (year.isEmpty()) {
            return MarketExposure.unknown(
                    perspective,
                    mineral,
                    "no year with both " + series.consumptionSeries() + " (" + consumption.size()
                            + " years with a number) and " + series.priceSeries() + " (" + price.size()
                            + " years with a number)"
                            + latestYear.stream()
                                    .mapToObj(y -> " up to " + y)
                                    .findFirst()
                                    .orElse(""));
        }
        int y = year.get();
        return new MarketExposure(
                perspective,
                mineral,
                Optional.of(new MarketValue(
                        mineral,
                        y,
                        Objects.requireNonNull(consumption.get(y)),
                        Objects.requireNonNull(price.get(y)),
                        series.note())),
                series.note());
    }

    private static Map<Integer, Observation> byYear(
            KnowledgeSnapshot snapshot,
            MineralId mineral,
            Metric metric,
            List<String> labels,
            Unit unit,
            OptionalInt latestYear) {
        Map<Integer, Observation> out = new TreeMap<>();
        if (snapshot.minerals().get(mineral).isEmpty()) {
            return out;
        }
        Area us = Area.parse(UNITED_STATES);
        for (Observation o : snapshot.observations(mineral, metric)) {
            if (labels.contains(o.series())
                    && o.area().equals(us)
                    && o.period().isYear()
                    && o.quantity().isPresent()
                    && o.quantity().get().unit() == unit
                    && (latestYear.isEmpty() || o.period().endYear() <= latestYear.getAsInt())) {
                out.put(o.period().endYear(), o);
            }
        }
        return out;
    }
}
