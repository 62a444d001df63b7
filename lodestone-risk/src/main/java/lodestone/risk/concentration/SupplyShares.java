package lodestone.risk.concentration;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import lodestone.model.chain.Stage;
import lodestone.model.geo.Area;
import lodestone.model.mineral.MineralId;
import lodestone.model.observation.Observation;
import lodestone.model.observation.Period;
import lodestone.model.provenance.SourceId;
import lodestone.model.quantity.Basis;

/**
 * The shares of named producers in one supply total: one mineral, stage, series and period, from one source.
 *
 * @param mineral the mineral
 * @param stage the stage
 * @param period the period
 * @param series the source's series label (e.g. "Mine production, rare-earth-oxide equivalent")
 * @param basis what the quantities count
 * @param total the world total the shares are of, when derived from quantities
 * @param totalComputed true if no world total was published as a number and the total is the sum of the listed lines
 * @param producers the named producers, largest first
 * @param remainder the share not attributed to a named producer (may be slightly negative through rounding)
 * @param treatment how the remainder is treated in the indices
 * @param notCounted lines that could not be counted as producers (withheld, included elsewhere, "Other countries")
 * @param totalBasis what the total rests on, in words: "published world total, rounded", "world total withheld (W);
 *     sum of the listed countries used", "shares as published"
 */
public record SupplyShares(
        MineralId mineral,
        Stage stage,
        Period period,
        String series,
        Basis basis,
        Optional<Observation> total,
        boolean totalComputed,
        List<ProducerShare> producers,
        double remainder,
        RemainderTreatment treatment,
        List<Observation> notCounted,
        String totalBasis) {

    public SupplyShares {
        producers = producers.stream()
                .sorted(Comparator.comparingDouble(ProducerShare::share)
                        .reversed()
                        .thenComparing(share -> share.area().code()))
                .toList();
        notCounted = List.copyOf(notCounted);
    }

    /** @return the share of one area, or empty if it is not a named producer */
    public Optional<ProducerShare> shareOf(Area area) {
        return producers.stream().filter(share -> share.area().equals(area)).findFirst();
    }

    /**
     * The named producers' shares, largest first, as the indices use them. Published shares that sum to more than
     * one through rounding (e.g. 100.3 %) are scaled to sum to one.
     *
     * @return the shares
     */
    public double[] shareArray() {
        double[] shares = producers.stream().mapToDouble(ProducerShare::share).toArray();
        double sum = java.util.Arrays.stream(shares).sum();
        if (sum > 1) {
            for (int i = 0; i < shares.length; i++) {
                shares[i] = shares[i] / sum;
            }
        }
        return shares;
    }

    /** @return every source the shares and the total rest on */
    public Set<SourceId> sources() {
        Set<SourceId> sources = new TreeSet<>();
        producers.forEach(share -> sources.add(share.observation().provenance().source()));
        total.ifPresent(observation -> sources.add(observation.provenance().source()));
        return sources;
    }

    /** @return the HHI of the named producers (0–10,000), a lower bound */
    public double hhi() {
        return HerfindahlHirschmanIndex.INSTANCE.compute(shareArray());
    }

    /** @return the HHI with the remainder counted as one producer, an upper bound */
    public double hhiUpperBound() {
        double[] shares = shareArray();
        double[] withRemainder = java.util.Arrays.copyOf(shares, shares.length + 1);
        withRemainder[shares.length] = Math.max(0, remainder);
        return HerfindahlHirschmanIndex.INSTANCE.compute(withRemainder);
    }

    /** @return the combined share of the three largest producers */
    public double top3() {
        return new TopNShare(3).compute(shareArray());
    }
}
