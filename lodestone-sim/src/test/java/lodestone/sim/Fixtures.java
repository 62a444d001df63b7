package lodestone.sim;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Consumer;
import lodestone.model.mineral.Mineral;
import lodestone.model.mineral.MineralCatalogue;
import lodestone.model.mineral.MineralId;
import lodestone.sim.engine.MonteCarloEngine;
import lodestone.sim.engine.RunOptions;
import lodestone.sim.engine.ScenarioResult;
import lodestone.sim.engine.Series;
import lodestone.sim.scenario.Behaviour;
import lodestone.sim.scenario.Disruption;
import lodestone.sim.scenario.Distribution;
import lodestone.sim.scenario.HomeImports;
import lodestone.sim.scenario.Instrument;
import lodestone.sim.scenario.IssuerOutput;
import lodestone.sim.scenario.Licensing;
import lodestone.sim.scenario.Market;
import lodestone.sim.scenario.Phase;
import lodestone.sim.scenario.Presets;
import lodestone.sim.scenario.ScenarioReader;
import lodestone.sim.scenario.ScenarioSpec;
import lodestone.sim.scenario.StockRelease;
import lodestone.sim.scenario.Trade;

/** A small catalogue with the minerals the presets and episodes name, and a stand-in for the knowledge base's supply mix. */
public final class Fixtures {
    private static final List<String> IDS = List.of(
            "rare-earths",
            "dysprosium",
            "terbium",
            "samarium",
            "gadolinium",
            "lutetium",
            "scandium",
            "yttrium",
            "holmium",
            "erbium",
            "thulium",
            "europium",
            "ytterbium",
            "gallium",
            "germanium",
            "antimony",
            "graphite",
            "cobalt",
            "lithium",
            "tungsten",
            "tellurium",
            "bismuth",
            "molybdenum",
            "indium",
            "nickel",
            "bauxite",
            "tin",
            "magnesium",
            "aluminum",
            "manganese",
            "silicon",
            "copper",
            "platinum",
            "palladium",
            "uranium");

    private Fixtures() {}

    public static MineralCatalogue catalogue() {
        List<Mineral> minerals = new ArrayList<>();
        for (String id : IDS) {
            minerals.add(new Mineral(MineralId.of(id), id, Optional.empty(), Set.of(), List.of(), Set.of()));
        }
        return MineralCatalogue.of(minerals);
    }

    /**
     * @param id a preset id
     * @return the preset read from the classpath and parsed against {@link #catalogue()}
     */
    public static ScenarioSpec preset(String id) {
        return ScenarioReader.read(text(Presets.resource(id)), id, catalogue());
    }

    /**
     * @param resource a classpath resource
     * @return its text (UTF-8), as the report layer reads presets and episodes for the engine
     */
    public static String text(String resource) {
        try (java.io.InputStream in = Fixtures.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("resource " + resource + " is missing.");
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * The mix the knowledge base gives rare earths (USGS MCS 2025: NIR 0.8; import sources CN 70, MY 13, JP 6, EE 5,
     * other 6 %), so that presets run without a database.
     */
    public static ScenarioSpec resolved(ScenarioSpec spec) {
        Map<String, Double> mix = new java.util.LinkedHashMap<>();
        mix.put("US", 0.2);
        mix.put("CN", 0.8 * 0.70);
        mix.put("MY", 0.8 * 0.13);
        mix.put("JP", 0.8 * 0.06);
        mix.put("EE", 0.8 * 0.05);
        mix.put("OTHER", 0.8 * 0.06);
        return spec.mapMarkets(m -> {
            var filled = m.supplyFrom().isPresent() ? m.withSupply(mix) : m;
            return filled.projectPartners().isEmpty() ? filled : filled.withResolvedPartners(List.of());
        });
    }

    /** Everyone buys the mineral from China and holds two months of cover, released when short. */
    public static Market twoMonthsCover(MineralId mineral, Behaviour behaviour) {
        return Market.bare(mineral, Map.of("CN", 1.0))
                .withStocks(Distribution.fixed(2), StockRelease.WHEN_SHORT)
                .withBehaviour(behaviour);
    }

    /** @return the first market's median exports month by month, over the paths given (seed 1, one thread) */
    public static double[] medianExports(ScenarioSpec spec, int paths) {
        return medianExports(MonteCarloEngine.run(spec, RunOptions.of(paths, 1).withThreads(1)));
    }

    /** @return the first market's median exports month by month */
    public static double[] medianExports(ScenarioResult result) {
        return result.markets().get(0).months().stream()
                .mapToDouble(m -> m.band(Series.EXPORTS).p50())
                .toArray();
    }

    /**
     * A behaviour built field by field from {@link Behaviour#STATIC} (no response at all), so that a test switches on
     * exactly the mechanism it checks: {@code Fixtures.behaviour().precaution(1.5).restock(1).build()}.
     */
    public static BehaviourBuilder behaviour() {
        return new BehaviourBuilder();
    }

    /** Fluent builder of a behaviour for tests; every value fixed unless set to a distribution. */
    public static final class BehaviourBuilder {
        private Distribution precaution = Distribution.fixed(0);
        private double restock = 0;
        private Distribution maxOrder = Distribution.fixed(1);
        private Distribution flexibility = Distribution.fixed(0);
        private Distribution issuerFlexibility = Distribution.fixed(0);
        private Distribution absorption = Distribution.fixed(1);
        private Distribution volatility = Distribution.fixed(0);
        private Distribution level = Distribution.fixed(1);
        private int forward = 6;
        private double surplus = 6;
        private double contract = 6;
        private Distribution netting = Distribution.fixed(0);
        private Distribution lasting = Distribution.fixed(0);
        private Distribution stocking = Distribution.fixed(0);
        private Distribution landing = Distribution.fixed(0);

        public BehaviourBuilder precaution(double months) {
            precaution = Distribution.fixed(months);
            return this;
        }

        public BehaviourBuilder restock(double months) {
            restock = months;
            return this;
        }

        public BehaviourBuilder maxOrder(double months) {
            maxOrder = Distribution.fixed(months);
            return this;
        }

        public BehaviourBuilder flexibility(double beta) {
            flexibility = Distribution.fixed(beta);
            return this;
        }

        public BehaviourBuilder issuerFlexibility(double beta) {
            issuerFlexibility = Distribution.fixed(beta);
            return this;
        }

        public BehaviourBuilder absorption(double share) {
            absorption = Distribution.fixed(share);
            return this;
        }

        public BehaviourBuilder volatility(double sd) {
            volatility = Distribution.fixed(sd);
            return this;
        }

        public BehaviourBuilder stockLevel(Distribution multiplier) {
            level = multiplier;
            return this;
        }

        public BehaviourBuilder forward(int months) {
            forward = months;
            return this;
        }

        public BehaviourBuilder surplusMonths(double months) {
            surplus = months;
            return this;
        }

        public BehaviourBuilder contractMonths(double months) {
            contract = months;
            return this;
        }

        public BehaviourBuilder lasting(double share) {
            lasting = Distribution.fixed(share);
            return this;
        }

        public BehaviourBuilder stocking(double share) {
            stocking = Distribution.fixed(share);
            return this;
        }

        public BehaviourBuilder landing(double share) {
            landing = Distribution.fixed(share);
            return this;
        }

        public BehaviourBuilder netting(double share) {
            netting = Distribution.fixed(share);
            return this;
        }

        public Behaviour build() {
            return new Behaviour(
                    precaution,
                    restock,
                    maxOrder,
                    flexibility,
                    issuerFlexibility,
                    absorption,
                    volatility,
                    level,
                    forward,
                    surplus,
                    contract,
                    netting,
                    lasting,
                    stocking,
                    landing);
        }
    }

    /**
     * A market's trade with the fields a test sets changed from the values of {@link Trade#DEFAULT} (written out in
     * {@link TradeFields}, so that a change of the default does not move the tests), so that the test states only what
     * it varies: {@code Fixtures.trade(t -> t.issuerExportShare = 0.5)}.
     *
     * @throws IllegalArgumentException as {@link Trade}'s constructor, for a value out of its range
     */
    public static Trade trade(Consumer<TradeFields> change) {
        TradeFields fields = new TradeFields();
        change.accept(fields);
        return new Trade(
                Optional.empty(),
                fields.coveredShare,
                fields.outsideIssuerShare,
                fields.perspectiveShareOfExports,
                fields.issuerExportShare,
                fields.licencesPerMonth,
                fields.demandGrowth,
                Distribution.fixed(fields.enforcementMonths),
                fields.indirectShare,
                0,
                fields.directAtOutsidePrice,
                fields.issuerOutput,
                fields.homeImports);
    }

    /**
     * The fields of {@link Trade} a test varies, named as its components, set to {@link Trade#DEFAULT}'s values: the
     * perspective the issuer's whole export market, covered in full from the effective day (the enforcement months
     * fixed on every path), 30 % of output exported, 50 licences a month.
     */
    public static final class TradeFields {
        public double coveredShare = 1;
        public OptionalDouble outsideIssuerShare = OptionalDouble.empty();
        public double perspectiveShareOfExports = 1;
        public double issuerExportShare = 0.3;
        public double licencesPerMonth = 50;
        public double demandGrowth = 0;
        public double enforcementMonths = 0;
        public HomeImports homeImports = HomeImports.NONE;
        public double indirectShare = 0;
        public double directAtOutsidePrice = 0;
        public Optional<IssuerOutput> issuerOutput = Optional.empty();

        private TradeFields() {}
    }

    /**
     * A one-market scenario for the US from January 2026: China cuts every destination in one phase, with the given
     * announcement and licensing.
     */
    public static ScenarioSpec chinaCut(
            String id,
            Market market,
            Phase phase,
            Optional<LocalDate> announced,
            Optional<Licensing> licensing,
            int horizon) {
        return chinaCut(id, market, List.of(phase), announced, licensing, horizon);
    }

    /**
     * A one-market scenario for the US from January 2026: China cuts every destination in the given phases, one after
     * another, with the given announcement and licensing.
     */
    public static ScenarioSpec chinaCut(
            String id,
            Market market,
            List<Phase> phases,
            Optional<LocalDate> announced,
            Optional<Licensing> licensing,
            int horizon) {
        return chinaCut(id, market, List.of("ALL"), 0.5, phases, announced, licensing, horizon);
    }

    /**
     * A one-market scenario for the US from January 2026, the US taking the given share of demand: China cuts the
     * given targets in the given phases, one after another, with the given announcement and licensing.
     */
    public static ScenarioSpec chinaCut(
            String id,
            Market market,
            List<String> targets,
            double perspectiveShare,
            List<Phase> phases,
            Optional<LocalDate> announced,
            Optional<Licensing> licensing,
            int horizon) {
        return scenario(market, s -> {
            s.id = id;
            s.targets = targets;
            s.perspectiveShare = perspectiveShare;
            s.phases = phases;
            s.announced = announced;
            s.licensing = licensing;
            s.horizon = horizon;
        });
    }

    /**
     * A one-market scenario for the US with the fields a test sets changed from those of {@link ScenarioFields}, so
     * that the test states only what it varies: {@code Fixtures.scenario(market, s -> s.effective = Optional.of(day))}.
     */
    public static ScenarioSpec scenario(Market market, Consumer<ScenarioFields> change) {
        ScenarioFields s = new ScenarioFields();
        change.accept(s);
        Instrument instrument = s.instrument.orElse(s.licensing.isPresent() ? Instrument.LICENCE : Instrument.BAN);
        return new ScenarioSpec(
                s.id,
                s.id,
                "",
                s.start,
                s.horizon,
                "US",
                s.perspectiveShare,
                0.01,
                new Disruption(
                        s.issuer,
                        Optional.empty(),
                        s.targets,
                        List.of(),
                        s.phases,
                        s.announced,
                        s.licensing,
                        s.effective,
                        instrument,
                        s.quotaYearEnds),
                List.of(market),
                List.of(),
                List.of());
    }

    /**
     * The fields of a one-market scenario a test varies: from January 2026 for twelve months, the US taking half of
     * demand (recovery at 0.01); China bans every destination for 24 months, unannounced, effective on the first day of
     * the month, without licensing.
     */
    public static final class ScenarioFields {
        public String id = "fixture";
        public YearMonth start = YearMonth.of(2026, 1);
        public int horizon = 12;
        public double perspectiveShare = 0.5;
        public String issuer = "CN";
        public List<String> targets = List.of("ALL");
        public List<Phase> phases = List.of(new Phase(Distribution.fixed(24), Distribution.fixed(1)));
        public Optional<LocalDate> announced = Optional.empty();
        public Optional<Licensing> licensing = Optional.empty();
        public Optional<LocalDate> effective = Optional.empty();
        /** Empty: a licence where there is licensing, a ban where there is none. */
        public Optional<Instrument> instrument = Optional.empty();

        public Optional<YearMonth> quotaYearEnds = Optional.empty();

        private ScenarioFields() {}
    }
}
