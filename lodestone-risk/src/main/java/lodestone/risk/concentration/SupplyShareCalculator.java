package lodestone.risk.concentration;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lodestone.model.chain.Stage;
import lodestone.model.geo.Area;
import lodestone.model.knowledge.KnowledgeSnapshot;
import lodestone.model.mineral.MineralId;
import lodestone.model.observation.Metric;
import lodestone.model.observation.Observation;
import lodestone.model.observation.Period;
import lodestone.model.quantity.Quantity;

/**
 * Builds {@link SupplyShares} from a snapshot, in two ways:
 *
 * <ul>
 *   <li>from production quantities (USGS world data): each country's quantity divided by the published world total
 *       of the same series and year. Only series with a published world total form share sets (a U.S.-only series
 *       is not a world market). World totals are rounded, so the named lines may exceed them by up to 2 %; the
 *       remainder is then slightly negative and the indices rescale the shares to sum to one. Where a series
 *       publishes several world totals (USGS titanium: "ilmenite" and "ilmenite and rutile"), the smallest total that
 *       the named lines do not exceed by more than 2 % is used. Where the named lines exceed every published total by
 *       more (a total that excludes a producer), the total becomes the sum of the lines and is marked as computed.
 *       Lines without a value (withheld, included elsewhere) and the "Other countries" line are listed as not
 *       counted.
 *   <li>from published shares (EU CRM supply shares): taken as published; "&lt;0.1%" counts as 0.1%.
 * </ul>
 */
public final class SupplyShareCalculator {
    /**
     * How far the named lines may exceed a published world total before the total is taken to exclude a producer:
     * world totals are rounded (USGS: 390,000 t of rare earths against 392,850 t of country lines).
     */
    static final double ROUNDING = 0.02;

    private SupplyShareCalculator() {}

    /**
     * Every share set the snapshot supports for a mineral: production-derived per stage, series and year, and
     * published shares per stage, series and period.
     *
     * @param snapshot the snapshot
     * @param mineral the mineral
     * @return the share sets, by stage, then newest period first
     */
    public static List<SupplyShares> all(KnowledgeSnapshot snapshot, MineralId mineral) {
        List<SupplyShares> out = new ArrayList<>();
        group(snapshot.observations(mineral, Metric.PRODUCTION))
                .forEach((key, lines) -> fromProduction(lines).ifPresent(out::add));
        group(snapshot.observations(mineral, Metric.SUPPLY_SHARE).stream()
                        .filter(observation -> observation.area().isCountry())
                        .toList())
                .forEach((key, lines) -> fromPublishedShares(lines).ifPresent(out::add));
        out.sort(Comparator.comparing(SupplyShares::stage)
                .thenComparing(SupplyShares::period, Comparator.reverseOrder())
                .thenComparing(SupplyShares::series));
        return out;
    }

    private static Map<String, List<Observation>> group(List<Observation> observations) {
        Map<String, List<Observation>> groups = new LinkedHashMap<>();
        for (Observation observation : observations) {
            if (observation.stage().isEmpty()) {
                continue;
            }
            String key = observation.stage().get() + "|" + observation.series() + "|" + observation.period() + "|"
                    + observation.provenance().source();
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(observation);
        }
        return groups;
    }

    /**
     * Shares from production quantities of one series and period.
     *
     * @param lines the production observations of one series, stage and period (countries, groups, other, world)
     * @return the shares, or empty if no named producer has a value
     */
    public static Optional<SupplyShares> fromProduction(List<Observation> lines) {
        List<Observation> named = new ArrayList<>();
        List<Observation> notCounted = new ArrayList<>();
        List<Observation> worlds = new ArrayList<>();
        double namedSum = 0;
        double otherSum = 0;
        for (Observation line : lines) {
            Area area = line.area();
            if (area instanceof Area.World) {
                if (line.quantity().isPresent()) {
                    worlds.add(line);
                }
            } else if (area instanceof Area.OtherCountries) {
                notCounted.add(line);
                otherSum += line.quantity().map(Quantity::value).orElse(0.0);
            } else if (line.quantity().isPresent() && line.valueOrNaN() > 0) {
                named.add(line);
                namedSum += line.valueOrNaN();
            } else {
                notCounted.add(line);
            }
        }
        if (named.isEmpty() || worlds.isEmpty()) {
            return Optional.empty();
        }
        Observation first = named.get(0);
        double threshold = namedSum * (1 - ROUNDING);
        Optional<Observation> world = worlds.stream()
                .sorted(Comparator.comparingDouble(Observation::valueOrNaN))
                .filter(line -> line.valueOrNaN() >= threshold)
                .findFirst();
        double total;
        boolean computed;
        if (world.isPresent()) {
            total = world.get().valueOrNaN();
            computed = false;
        } else {
            total = namedSum + otherSum;
            computed = true;
        }
        List<ProducerShare> producers = new ArrayList<>();
        double sum = 0;
        for (Observation line : named) {
            double share = Math.min(1, line.valueOrNaN() / total);
            producers.add(new ProducerShare(line.area(), line.quantity(), share, line));
            sum += share;
        }
        return Optional.of(new SupplyShares(
                first.mineral(),
                first.stage().orElseThrow(),
                first.period(),
                first.series(),
                first.basis(),
                computed ? Optional.empty() : world,
                computed,
                producers,
                1 - sum,
                RemainderTreatment.EXCLUDED_FROM_INDICES,
                notCounted));
    }

    /**
     * Shares as a source publishes them.
     *
     * @param lines share observations of one series, stage and period, one per country
     * @return the shares, or empty if there are none with a value
     */
    public static Optional<SupplyShares> fromPublishedShares(List<Observation> lines) {
        List<ProducerShare> producers = new ArrayList<>();
        double sum = 0;
        for (Observation line : lines) {
            if (line.quantity().isEmpty()) {
                continue;
            }
            producers.add(new ProducerShare(line.area(), Optional.empty(), line.valueOrNaN(), line));
            sum += line.valueOrNaN();
        }
        if (producers.isEmpty()) {
            return Optional.empty();
        }
        Observation first = producers.get(0).observation();
        Stage stage = first.stage().orElseThrow();
        Period period = first.period();
        return Optional.of(new SupplyShares(
                first.mineral(),
                stage,
                period,
                first.series(),
                first.basis(),
                Optional.empty(),
                false,
                producers,
                1 - sum,
                RemainderTreatment.EXCLUDED_FROM_INDICES,
                List.of()));
    }
}
