package lodestone.report.scenario;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import lodestone.model.geo.CountryCode;
import lodestone.model.knowledge.KnowledgeSnapshot;
import lodestone.model.list.CriticalMineralList;
import lodestone.model.mineral.MineralId;
import lodestone.model.supply.SupplyMix;
import lodestone.report.Defaults;
import lodestone.report.Lookup;
import lodestone.report.Query;
import lodestone.report.QueryException;
import lodestone.report.ReportContext;
import lodestone.risk.dependency.Dependency;
import lodestone.sim.engine.MonteCarloEngine;
import lodestone.sim.engine.Progress;
import lodestone.sim.sweep.PartnerSupply;
import lodestone.sim.sweep.Ranking;
import lodestone.sim.sweep.Sweep;
import lodestone.sim.sweep.SweepCell;
import lodestone.sim.sweep.SweepRow;
import lodestone.sim.sweep.SweepSettings;
import org.jspecify.annotations.Nullable;

/**
 * The screen of one-year disruptions for a perspective: every mineral of a critical-mineral list × its
 * largest foreign suppliers (from the dependency query's supply mix) × severities, each a licensed measure of
 * uncertain length, lag and severity, ranked by the probability that buyers stop, the 95th percentile of the
 * cumulative shortfall or its mean. The partner projects the presets credit to the perspective's buyers (the same
 * supply {@code simulate} gives them, {@link ScenarioLibrary#partnerSupply}) relieve the cells of their mineral whose
 * supplier is another country, each delivered on a path with its probability of delivery and starting as its record
 * says relative to the month of the context's date (the sweep's year starts then).
 *
 * @param list the list whose minerals are screened, or null for {@link ScenarioDefaults#SWEEP_LIST}
 * @param perspective the importing country whose supply is disrupted (code or name), or null for
 *     {@link Defaults#PERSPECTIVE}
 * @param suppliers the largest suppliers per mineral, or null for {@link ScenarioDefaults#SWEEP_SUPPLIERS}
 * @param severities the severities, fractions, or null for {@link ScenarioDefaults#SWEEP_SEVERITIES}
 * @param paths paths per scenario, or null for {@link ScenarioDefaults#SWEEP_PATHS}
 * @param seed the seed every scenario shares, or null for {@link ScenarioDefaults#SEED}
 * @param threads worker threads, or null for every core
 * @param rankBy stop, p95 or mean, or null for {@link ScenarioDefaults#SWEEP_RANK_BY}
 */
public record SweepQuery(
        @Nullable String list,
        @Nullable String perspective,
        @Nullable Integer suppliers,
        @Nullable List<Double> severities,
        @Nullable Integer paths,
        @Nullable Long seed,
        @Nullable Integer threads,
        @Nullable String rankBy)
        implements Query<SweepResult> {

    /**
     * The grid, ready to run.
     *
     * @param list the list screened
     * @param perspective the importing country whose supply is disrupted, ISO 3166-1 alpha-2
     * @param cells the scenarios
     * @param minerals how many minerals have a supply mix
     * @param leftOut minerals without one
     * @param paths paths per scenario
     * @param seed the seed
     * @param threads worker threads
     * @param ranking what the rows are ranked by
     * @param partners partner supply by mineral (see {@link ScenarioLibrary#partnerSupply})
     */
    public record Prepared(
            String list,
            String perspective,
            List<SweepCell> cells,
            int minerals,
            List<String> leftOut,
            int paths,
            long seed,
            int threads,
            Ranking ranking,
            Map<MineralId, List<PartnerSupply>> partners) {
        public Prepared {
            cells = List.copyOf(cells);
            leftOut = List.copyOf(leftOut);
            partners = Map.copyOf(partners);
        }

        /** @return the same grid with no partner supply: what the sweep gave before it credited partners */
        public Prepared withoutPartners() {
            return new Prepared(list, perspective, cells, minerals, leftOut, paths, seed, threads, ranking, Map.of());
        }

        /**
         * @param progress told once per finished scenario
         * @return the ranked result
         */
        public SweepResult run(Progress progress) {
            List<SweepRow> rows;
            try (MonteCarloEngine engine = new MonteCarloEngine(threads)) {
                rows = Sweep.run(
                        engine, cells, SweepSettings.DEFAULT, perspective, partners, paths, seed, ranking, progress);
            }
            return SweepResult.of(this, rows);
        }
    }

    /**
     * @param context the knowledge
     * @return the grid with its options
     * @throws QueryException if the list is unknown or an option is out of range
     */
    public Prepared prepare(ReportContext context) {
        List<Double> tried = severities == null ? defaultSeverities() : severities;
        for (double severity : tried) {
            if (!(severity >= 0 && severity <= 1)) {
                throw QueryException.badParameter(
                        "severities",
                        "severities value (" + severity + ") must be within [0, 1].\nMaybe write fractions, e.g. 0.5"
                                + " for 50 %.");
            }
        }
        int top = Lookup.within(
                suppliers, ScenarioDefaults.SWEEP_SUPPLIERS, "suppliers", 1, ScenarioDefaults.SWEEP_MAX_SUPPLIERS);
        int n = Lookup.within(paths, ScenarioDefaults.SWEEP_PATHS, "paths", 1, ScenarioDefaults.MAX_PATHS);
        String by = rankBy == null ? ScenarioDefaults.SWEEP_RANK_BY : rankBy;
        Ranking ranking;
        try {
            ranking = Ranking.parse(by);
        } catch (IllegalArgumentException e) {
            throw QueryException.badParameter("rank-by", "rank-by (" + by + ") must be one of stop, p95, mean.");
        }
        Lookup.within(threads, "threads", 1, ScenarioDefaults.MAX_THREADS);
        KnowledgeSnapshot snapshot = context.snapshot();
        CriticalMineralList chosen = Lookup.list(snapshot, list == null ? ScenarioDefaults.SWEEP_LIST : list, "list");
        TreeSet<MineralId> minerals = new TreeSet<>();
        chosen.entries().forEach(entry -> minerals.addAll(entry.minerals()));
        Map<MineralId, Map<String, Double>> supply = new LinkedHashMap<>();
        Map<MineralId, String> basis = new LinkedHashMap<>();
        List<String> leftOut = new ArrayList<>();
        CountryCode importer = Lookup.country(
                        snapshot, perspective == null ? Defaults.PERSPECTIVE : perspective, "perspective")
                .code();
        for (MineralId mineral : minerals) {
            Optional<SupplyMix> mix = Dependency.of(snapshot, mineral, importer).supplyMix();
            if (mix.isPresent()) {
                supply.put(mineral, mix.get().imports());
                basis.put(mineral, mix.get().basis());
            } else {
                leftOut.add(mineral.value());
            }
        }
        double[] grid = tried.stream().mapToDouble(Double::doubleValue).toArray();
        return new Prepared(
                chosen.id(),
                importer.value(),
                Sweep.grid(supply, top, grid, basis),
                supply.size(),
                leftOut,
                n,
                seed == null ? ScenarioDefaults.SEED : seed,
                threads == null ? Runtime.getRuntime().availableProcessors() : threads,
                ranking,
                ScenarioLibrary.partnerSupply(snapshot, importer.value(), YearMonth.from(context.today())));
    }

    @Override
    public SweepResult answer(ReportContext context) {
        return prepare(context).run(Progress.NONE);
    }

    /** @return {@link ScenarioDefaults#SWEEP_SEVERITIES} as numbers */
    public static List<Double> defaultSeverities() {
        List<Double> out = new ArrayList<>();
        for (String value : ScenarioDefaults.SWEEP_SEVERITIES.split(",", -1)) {
            out.add(Double.parseDouble(value));
        }
        return out;
    }
}
