package lodestone.risk.usgs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.TreeMap;
import lodestone.model.geo.Area;
import lodestone.model.knowledge.KnowledgeSnapshot;
import lodestone.model.mineral.Mineral;
import lodestone.model.mineral.MineralId;
import lodestone.model.observation.Flag;
import lodestone.model.observation.Metric;
import lodestone.model.observation.Observation;
import lodestone.model.provenance.SourceId;
import lodestone.risk.concentration.ProducerShare;
import lodestone.risk.concentration.StageSets;
import lodestone.risk.concentration.SupplyShares;
import lodestone.risk.economic.MarketExposure;
import lodestone.risk.economic.MarketSeries;
import lodestone.risk.economic.MarketValue;
import lodestone.risk.economic.MarketValues;
import lodestone.risk.governance.Governance;
import lodestone.risk.index.Input;

/**
 * Reads the inputs of the USGS 2021 supply risk from a snapshot: for every year with a U.S. net import reliance (the
 * largest of the mineral's series that year, 0 for a net exporter; a group's when the mineral has none), the preferred
 * share set of each stage no later than the year ({@link StageSets}), each producer's mean WGI from the governance
 * given, and the U.S. apparent consumption and price of the latest year no later than it ({@link MarketValues}).
 */
public final class UsgsSnapshotInputs {
    private static final Area UNITED_STATES = Area.parse(MarketValues.UNITED_STATES);

    private UsgsSnapshotInputs() {}

    /**
     * @param snapshot the snapshot
     * @param mineral the mineral
     * @param governance the producers' governance (WGI)
     * @param marketSeries the salient-statistics series that value the U.S. market ({@link MarketSeries#parse})
     * @return the inputs, one entry per year with a net import reliance
     */
    public static UsgsInputs of(
            KnowledgeSnapshot snapshot, MineralId mineral, Governance governance, List<MarketSeries> marketSeries) {
        snapshot.minerals().require(mineral);
        MineralId nirFrom = mineral;
        if (relianceByYear(snapshot, mineral).isEmpty()) {
            for (Mineral group : snapshot.minerals().all()) {
                if (group.members().contains(mineral)
                        && !relianceByYear(snapshot, group.id()).isEmpty()) {
                    nirFrom = group.id();
                    break;
                }
            }
        }
        Map<Integer, Observation> reliance = relianceByYear(snapshot, nirFrom);
        List<UsgsInputs.Year> years = new ArrayList<>();
        for (Map.Entry<Integer, Observation> entry : reliance.entrySet()) {
            int year = entry.getKey();
            Observation nir = entry.getValue();
            List<UsgsInputs.ShareSet> sets = new ArrayList<>();
            for (SupplyShares set : StageSets.preferred(snapshot, mineral, OptionalInt.of(year))) {
                if (!set.producers().isEmpty()) {
                    sets.add(shareSet(set, governance));
                }
            }
            MarketExposure market =
                    MarketValues.of(snapshot, marketSeries, mineral, MarketValues.UNITED_STATES, OptionalInt.of(year));
            Optional<MarketValue> value = market.value();
            years.add(new UsgsInputs.Year(
                    year,
                    sets,
                    Optional.of(Input.of(
                            "net import reliance US " + nir.period(),
                            nir.quantity().isPresent() ? nir.valueOrNaN() : 0,
                            "fraction",
                            nir,
                            nir.series() + " = " + nir.raw()
                                    + (nir.has(Flag.NET_EXPORTER) ? " (net exporter: 0)" : "")
                                    + (nir.has(Flag.GREATER_THAN) ? " (a lower bound)" : "")
                                    + (nir.has(Flag.LESS_THAN) ? " (an upper bound)" : "")
                                    + (nirFrom.equals(mineral) ? "" : "; of the group " + nirFrom))),
                    value.map(v ->
                            Input.quoting("apparent consumption US " + v.year(), v.tonnes(), "t", v.consumption())),
                    value.map(v -> Input.quoting("price " + v.year(), v.usdPerKilogram(), "USD/kg", v.price())),
                    market.note()));
        }
        String note = (nirFrom.equals(mineral) ? "" : "net import reliance of the group " + nirFrom + "; ")
                + "share sets carried forward to later years; governance WGI " + governance.firstYear() + "–"
                + governance.lastYear();
        return new UsgsInputs(mineral, years, note);
    }

    private static UsgsInputs.ShareSet shareSet(SupplyShares set, Governance governance) {
        List<UsgsInputs.Producer> producers = new ArrayList<>();
        // the shares as the concentration indices use them: rescaled to sum to 1 where rounding lifts them above
        double[] shares = set.shareArray();
        for (int i = 0; i < shares.length; i++) {
            ProducerShare p = set.producers().get(i);
            OptionalDouble wgi =
                    Governance.countryOf(p.area()).map(governance::mean).orElse(OptionalDouble.empty());
            producers.add(new UsgsInputs.Producer(p.area().code(), shares[i], wgi));
        }
        return new UsgsInputs.ShareSet(
                set.mineral() + " " + set.stage().id() + " " + set.period() + " (" + set.series() + ")",
                producers,
                String.join(";", set.sources().stream().map(SourceId::value).toList()));
    }

    private static Map<Integer, Observation> relianceByYear(KnowledgeSnapshot snapshot, MineralId mineral) {
        Map<Integer, Observation> out = new TreeMap<>();
        for (Observation o : snapshot.observations(mineral, Metric.NET_IMPORT_RELIANCE)) {
            if (!o.area().equals(UNITED_STATES)
                    || !o.period().isYear()
                    || (o.quantity().isEmpty() && !o.has(Flag.NET_EXPORTER))) {
                continue;
            }
            out.merge(o.period().endYear(), o, (a, b) -> value(b) > value(a) ? b : a);
        }
        return out;
    }

    private static double value(Observation o) {
        return o.quantity().isPresent() ? o.valueOrNaN() : 0;
    }
}
