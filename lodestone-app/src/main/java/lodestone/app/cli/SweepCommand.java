package lodestone.app.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import lodestone.model.knowledge.KnowledgeSnapshot;
import lodestone.model.list.CriticalMineralList;
import lodestone.model.mineral.MineralId;
import lodestone.model.observation.Metric;
import lodestone.model.observation.Observation;
import lodestone.risk.concentration.ProducerShare;
import lodestone.risk.concentration.ResolutionPolicy;
import lodestone.risk.concentration.SupplyShareCalculator;
import lodestone.risk.concentration.SupplyShares;
import lodestone.sim.engine.MonteCarloEngine;
import lodestone.sim.engine.RunOptions;
import lodestone.sim.scenario.SnapshotSupply;
import lodestone.sim.sweep.Ranking;
import lodestone.sim.sweep.Sweep;
import lodestone.sim.sweep.SweepCell;
import lodestone.sim.sweep.SweepRow;
import lodestone.sim.sweep.SweepSettings;
import lodestone.store.db.LodestoneStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code lodestone sweep}: the USGS-style screen of one-year disruptions, ranked by expected shortfall. */
@Command(
        name = "sweep",
        mixinStandardHelpOptions = true,
        description = {
            "Screen trade disruptions for the United States over a year: every mineral of a critical-mineral list x its"
                    + " largest supplier countries x severities, each a licensed measure of uncertain length, lag and"
                    + " severity. Ranked by the probability that buyers stop (default), the 95th percentile of the"
                    + " cumulative shortfall (months of demand) or its mean (--rank-by); each row also shows its rank"
                    + " by the mean. The default grid is the USGS 2025 list x 5 suppliers x 5 severities.",
            "A supplier's share of US supply is net import reliance x its import-source share where the knowledge base"
                    + " has import sources, else net import reliance x its share of world production (an assumption:"
                    + " imports mirror world production). Minerals without a net import reliance are left out; an"
                    + " element without figures of its own takes its group's (rare-earths for dysprosium). Shared"
                    + " assumptions: the measure lasts a median 6 months (one in ten above 18), licences take 1-4"
                    + " months, severity +/-0.1, stock cover a median 2 months across buyers, leakage 0-30 %%, the"
                    + " calibrated behaviour (docs/methods/simulation.md)."
        })
final class SweepCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Option(
            names = "--paths",
            paramLabel = "N",
            defaultValue = "2000",
            description = "Paths per scenario (default: ${DEFAULT-VALUE}; every scenario uses the same seed, so the"
                    + " ranking is not sampling noise).")
    int paths;

    @Option(
            names = "--seed",
            paramLabel = "S",
            defaultValue = "0",
            description = "Seed, shared by every scenario (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--threads", paramLabel = "T", description = "Worker threads (default: every core).")
    Integer threads;

    @Option(
            names = "--list",
            paramLabel = "ID",
            defaultValue = "usgs-2025",
            description = "Critical-mineral list whose minerals are screened (default: ${DEFAULT-VALUE}).")
    String list;

    @Option(
            names = "--suppliers",
            paramLabel = "N",
            defaultValue = "5",
            description = "Largest suppliers per mineral (default: ${DEFAULT-VALUE}).")
    int suppliers;

    @Option(
            names = "--severities",
            paramLabel = "S",
            split = ",",
            defaultValue = "0.2,0.4,0.6,0.8,1",
            description = "Severities, fractions (default: ${DEFAULT-VALUE}).")
    double[] severities;

    @Option(
            names = "--rank-by",
            paramLabel = "METRIC",
            defaultValue = "stop",
            description = "stop (probability that buyers stop), p95 (95th percentile of the cumulative shortfall) or"
                    + " mean (default: ${DEFAULT-VALUE}).")
    String rankBy;

    @Option(
            names = "--top",
            paramLabel = "N",
            defaultValue = "25",
            description = "Rows shown in the table (default: ${DEFAULT-VALUE}); JSON and CSV give all.")
    int top;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        for (double severity : severities) {
            if (!(severity >= 0 && severity <= 1)) {
                throw new UserException("--severities value (" + severity + ") must be within [0, 1].\nMaybe write"
                        + " fractions, e.g. 0.5 for 50 %.");
            }
        }
        if (suppliers < 1 || suppliers > 50) {
            throw new UserException("--suppliers (" + suppliers + ") must be within [1, 50].");
        }
        RunOptions options = SimulateCommand.options(paths, seed, null, threads);
        Ranking ranking;
        try {
            ranking = Ranking.parse(rankBy);
        } catch (IllegalArgumentException e) {
            throw new UserException("--rank-by (" + rankBy + ") must be one of stop, p95, mean.");
        }
        KnowledgeSnapshot snapshot;
        try (LodestoneStore opened = store.open()) {
            snapshot = opened.snapshot();
        }
        CriticalMineralList chosen = snapshot.list(list)
                .orElseThrow(() -> new UserException("list (" + list + ") is not known; lists: "
                        + String.join(
                                ", ",
                                snapshot.lists().stream()
                                        .map(CriticalMineralList::id)
                                        .toList()) + "."));
        Map<MineralId, Map<String, Double>> supply = new LinkedHashMap<>();
        Map<MineralId, String> basis = new LinkedHashMap<>();
        List<String> skipped = new ArrayList<>();
        TreeSet<MineralId> minerals = new TreeSet<>();
        chosen.entries().forEach(entry -> minerals.addAll(entry.minerals()));
        for (MineralId mineral : minerals) {
            Optional<Map<String, Double>> shares = sharesOrGroup(snapshot, mineral, basis);
            if (shares.isPresent()) {
                supply.put(mineral, shares.get());
            } else {
                skipped.add(mineral.value());
            }
        }
        List<SweepCell> cells = Sweep.grid(supply, suppliers, severities, basis);
        List<SweepRow> rows;
        long started = System.nanoTime();
        try (MonteCarloEngine engine = new MonteCarloEngine(options.threads());
                SimulateCommand.Bar bar =
                        new SimulateCommand.Bar("sweep", cells.size(), store.format == OutputFormat.TABLE)) {
            rows = Sweep.run(engine, cells, SweepSettings.DEFAULT, paths, seed, ranking, bar);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        PrintWriter out = spec.commandLine().getOut();
        switch (store.format) {
            case JSON ->
                Output.json(
                        out,
                        new Result(
                                chosen.id(),
                                cells.size(),
                                paths,
                                seed,
                                ranking.name().toLowerCase(Locale.ROOT),
                                Sweep.kendallTauWithMean(rows),
                                skipped,
                                "expectedShortfall and cumulativeP95: months of US demand over 12 months; peakMedianShortfall:"
                                        + " fraction of demand; peakMedianPrice: outside spot price index, 1 before the"
                                        + " disruption; probabilityOfStop: share of paths on which some buyers stop;"
                                        + " kendallTauWithMean: rank correlation of this ranking with the ranking by the mean",
                                rows.stream().map(RowView::of).toList()));
            case CSV ->
                Output.csv(
                        out,
                        List.of(
                                "rank",
                                "mineral",
                                "supplier",
                                "supplier_share",
                                "severity",
                                "expected_shortfall_months",
                                "cumulative_p95_months",
                                "peak_median_shortfall",
                                "probability_above_threshold",
                                "peak_median_price",
                                "probability_of_stop",
                                "rank_by_mean",
                                "share_basis"),
                        rows.stream().map(RowView::of).map(RowView::cells).toList());
            case TABLE -> {
                out.println(String.format(
                        Locale.ROOT,
                        "%,d one-year disruption scenarios (%d minerals of %s x up to %d suppliers x %d severities),"
                                + " %,d paths each, seed %d, in %.1f s. Top %d by %s (Kendall's tau with the ranking by"
                                + " the mean: %.2f):",
                        cells.size(),
                        supply.size(),
                        chosen.id(),
                        suppliers,
                        severities.length,
                        paths,
                        seed,
                        seconds,
                        Math.min(top, rows.size()),
                        switch (ranking) {
                            case STOP -> "the probability that buyers stop";
                            case P95 -> "the 95th percentile of the cumulative shortfall";
                            case MEAN -> "expected shortfall";
                        },
                        Sweep.kendallTauWithMean(rows)));
                Output.table(
                        out,
                        List.of(
                                "RANK",
                                "BY MEAN",
                                "MINERAL",
                                "SUPPLIER",
                                "SHARE OF US SUPPLY",
                                "SEVERITY",
                                "EXPECTED SHORTFALL (MONTHS)",
                                "P95 (MONTHS)",
                                "PEAK P50 SHORT",
                                "P(>20 %)",
                                "P(STOP)",
                                "PEAK P50 PRICE"),
                        rows.stream()
                                .limit(top)
                                .map(r -> List.of(
                                        String.valueOf(r.rank()),
                                        String.valueOf(r.rankByMean()),
                                        r.cell().mineral().value(),
                                        r.cell().supplier(),
                                        Output.percent(r.cell().supplierShare()),
                                        Output.percent(r.cell().severity()),
                                        String.format(Locale.ROOT, "%.2f", r.expectedShortfall()),
                                        String.format(Locale.ROOT, "%.2f", r.cumulativeP95()),
                                        Output.percent(r.peakMedianShortfall()),
                                        Output.percent(r.probabilityAboveThreshold()),
                                        Output.percent(r.probabilityOfStop()),
                                        String.format(Locale.ROOT, "%.2f", r.peakMedianPrice())))
                                .toList(),
                        30);
                if (!skipped.isEmpty()) {
                    out.println("Left out (no US net import reliance or no supplier shares in the knowledge base): "
                            + String.join(", ", skipped) + ".");
                }
            }
        }
        return 0;
    }

    /**
     * The US supply mix of a mineral from the knowledge base, or empty when it lacks a net import reliance or shares.
     */
    static Optional<Map<String, Double>> shares(
            KnowledgeSnapshot snapshot, MineralId mineral, Map<MineralId, String> basis) {
        try {
            Map<String, Double> mix = SnapshotSupply.mix(snapshot, mineral, "US");
            basis.put(mineral, "net import reliance x import-source shares (knowledge base)");
            return Optional.of(mix);
        } catch (IllegalArgumentException noImportSources) {
            // fall through to world production shares
        }
        Optional<Observation> reliance = snapshot.observations(mineral, Metric.NET_IMPORT_RELIANCE).stream()
                .filter(o -> o.area().code().equals("US") && o.quantity().isPresent())
                .max(Comparator.comparing(Observation::period));
        Optional<SupplyShares> world =
                ResolutionPolicy.preferred(snapshot, SupplyShareCalculator.all(snapshot, mineral));
        if (reliance.isEmpty() || world.isEmpty() || reliance.get().valueOrNaN() <= 0) {
            return Optional.empty();
        }
        double nir = reliance.get().valueOrNaN();
        Map<String, Double> mix = new LinkedHashMap<>();
        for (ProducerShare producer : world.get().producers()) {
            if (producer.area().isCountry() && !producer.area().code().equals("US") && producer.share() > 0) {
                mix.merge(producer.area().code(), nir * Math.min(1, producer.share()), Double::sum);
            }
        }
        double sum = mix.values().stream().mapToDouble(Double::doubleValue).sum();
        if (mix.isEmpty()) {
            return Optional.empty();
        }
        if (sum > nir) {
            // named lines may exceed a rounded world total by up to 2 %; rescale as the concentration indices do
            mix.replaceAll((country, share) -> share * nir / sum);
        }
        basis.put(
                mineral,
                String.format(
                        Locale.ROOT,
                        "net import reliance %.2f (%s) x world %s share %s (%s); ASSUMPTION: imports mirror world production",
                        nir,
                        reliance.get().period(),
                        world.get().stage().id(),
                        world.get().period(),
                        world.get().series()));
        return Optional.of(mix);
    }

    /**
     * The mix of a mineral, or of the group it belongs to (rare-earths for dysprosium) when the knowledge base has no
     * figures for the element itself.
     */
    static Optional<Map<String, Double>> sharesOrGroup(
            KnowledgeSnapshot snapshot, MineralId mineral, Map<MineralId, String> basis) {
        Optional<Map<String, Double>> own = shares(snapshot, mineral, basis);
        if (own.isPresent()) {
            return own;
        }
        for (lodestone.model.mineral.Mineral group : snapshot.minerals().all()) {
            if (group.members().contains(mineral)) {
                Map<MineralId, String> groupBasis = new LinkedHashMap<>();
                Optional<Map<String, Double>> mix = shares(snapshot, group.id(), groupBasis);
                if (mix.isPresent()) {
                    basis.put(
                            mineral,
                            "ASSUMPTION: the group " + group.id() + " stands for the element; "
                                    + groupBasis.get(group.id()));
                    return mix;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The JSON form.
     *
     * @param list the list screened
     * @param scenarios number of scenarios
     * @param paths paths per scenario
     * @param seed seed
     * @param rankedBy what the rows are ranked by
     * @param kendallTauWithMean rank correlation of that ranking with the ranking by the mean
     * @param leftOut minerals without data
     * @param units what the numbers mean
     * @param rows ranked rows
     */
    record Result(
            String list,
            int scenarios,
            int paths,
            long seed,
            String rankedBy,
            double kendallTauWithMean,
            List<String> leftOut,
            String units,
            List<RowView> rows) {}

    /** One ranked scenario in the JSON form. */
    record RowView(
            int rank,
            String mineral,
            String supplier,
            double supplierShare,
            double severity,
            double expectedShortfall,
            double cumulativeP95,
            double peakMedianShortfall,
            double probabilityAboveThreshold,
            double peakMedianPrice,
            double probabilityOfStop,
            int rankByMean,
            String shareBasis) {
        static RowView of(SweepRow r) {
            return new RowView(
                    r.rank(),
                    r.cell().mineral().value(),
                    r.cell().supplier(),
                    r.cell().supplierShare(),
                    r.cell().severity(),
                    r.expectedShortfall(),
                    r.cumulativeP95(),
                    r.peakMedianShortfall(),
                    r.probabilityAboveThreshold(),
                    r.peakMedianPrice(),
                    r.probabilityOfStop(),
                    r.rankByMean(),
                    r.cell().basis());
        }

        /** @return the values in the order of the CSV columns */
        List<Object> cells() {
            return List.of(
                    rank,
                    mineral,
                    supplier,
                    supplierShare,
                    severity,
                    expectedShortfall,
                    cumulativeP95,
                    peakMedianShortfall,
                    probabilityAboveThreshold,
                    peakMedianPrice,
                    probabilityOfStop,
                    rankByMean,
                    shareBasis);
        }
    }
}
