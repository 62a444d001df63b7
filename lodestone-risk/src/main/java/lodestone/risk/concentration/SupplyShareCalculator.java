package lodestone.risk.concentration;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import lodestone.model.chain.Stage;
import lodestone.model.geo.Area;
import lodestone.model.knowledge.KnowledgeSnapshot;
import lodestone.model.mineral.MineralId;
import lodestone.model.observation.Flag;
import lodestone.model.observation.Metric;
import lodestone.model.observation.Observation;
import lodestone.model.observation.Period;
import lodestone.model.quantity.Quantity;

/**
 * Builds {@link SupplyShares} from a snapshot, in two ways:
 *
 * <ul>
 *   <li>from production quantities (USGS world data): each country's quantity divided by the world total of the same
 *       series, year and source <b>as published</b>. USGS rounds its world totals (flagged {@code rounded}); the named
 *       lines may then add up to more than the total, the remainder is negative, and the indices rescale the shares to
 *       sum to one, but each share stays the one USGS implies (China's 2024 antimony: 60,000 t of a published 100,000 t
 *       is 60 %, as USGS's own table says, although the listed countries add up to 103,960 t). Only where no world
 *       total is given as a number (no world line, or a world line that is withheld, a range or a word) is the total
 *       the sum of the listed lines ("Other countries" included), and the set says so. A series needs a world line or
 *       at least two named producers to form a set: a U.S.-only series is not a world market. Lines without a value
 *       (withheld, included elsewhere) and the "Other countries" line are listed as not counted.
 *   <li>from published shares (EU CRM supply shares): taken as published; "&lt;0.1%" counts as 0.1%.
 * </ul>
 */
public final class SupplyShareCalculator {
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
     * @return the shares, or empty if no named producer has a value, or the series has neither a world line nor two
     *     distinct named producers (two U.S. rows are still one producer)
     */
    public static Optional<SupplyShares> fromProduction(List<Observation> lines) {
        List<Observation> named = new ArrayList<>();
        List<Observation> notCounted = new ArrayList<>();
        Optional<Observation> published = Optional.empty();
        Optional<Observation> unpublished = Optional.empty();
        double namedSum = 0;
        double otherSum = 0;
        for (Observation line : lines) {
            Area area = line.area();
            if (area instanceof Area.World) {
                if (line.quantity().isPresent()) {
                    published = published.isEmpty() ? Optional.of(line) : published;
                } else {
                    unpublished = Optional.of(line);
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
        boolean worldLine = published.isPresent() || unpublished.isPresent();
        long distinctProducers =
                named.stream().map(Observation::area).distinct().count();
        if (named.isEmpty() || (!worldLine && distinctProducers < 2)) {
            return Optional.empty();
        }
        Observation first = named.get(0);
        double total;
        TotalBasis basis;
        if (published.isPresent() && published.get().valueOrNaN() > 0) {
            total = published.get().valueOrNaN();
            basis = TotalBasis.published(published.get(), namedSum);
        } else {
            total = namedSum + otherSum;
            basis = TotalBasis.sumOfLines(unpublished.isPresent() ? unpublished : published);
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
                basis.computed() ? Optional.empty() : published,
                basis.computed(),
                producers,
                1 - sum,
                RemainderTreatment.EXCLUDED_FROM_INDICES,
                notCounted,
                basis.description()));
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
                List.of(),
                "shares as published"));
    }

    /** What a set's total rests on, for the set's description. */
    private record TotalBasis(boolean computed, String description) {
        static TotalBasis published(Observation world, double namedSum) {
            boolean rounded = world.has(Flag.ROUNDED);
            String text = "published world total" + (rounded ? ", rounded" : "");
            if (namedSum > world.valueOrNaN()) {
                text += "; the listed countries add up to "
                        + String.format(Locale.ROOT, "%.1f", 100 * (namedSum / world.valueOrNaN() - 1))
                        + " % more";
            }
            return new TotalBasis(false, text);
        }

        static TotalBasis sumOfLines(Optional<Observation> world) {
            String why = world.map(line -> line.has(Flag.WITHHELD)
                            ? "world total withheld (" + line.raw() + ")"
                            : line.has(Flag.RANGE)
                                    ? "world total given only as a range (" + line.raw() + ")"
                                    : "world total given without a number (" + line.raw() + ")")
                    .orElse("world total not published");
            return new TotalBasis(true, why + "; sum of the listed countries used");
        }
    }
}
