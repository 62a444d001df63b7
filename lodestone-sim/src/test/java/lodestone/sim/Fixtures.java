package lodestone.sim;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import lodestone.model.mineral.Mineral;
import lodestone.model.mineral.MineralCatalogue;
import lodestone.model.mineral.MineralId;
import lodestone.sim.scenario.Behaviour;
import lodestone.sim.scenario.Disruption;
import lodestone.sim.scenario.Distribution;
import lodestone.sim.scenario.IssuerOutput;
import lodestone.sim.scenario.Licensing;
import lodestone.sim.scenario.Market;
import lodestone.sim.scenario.Phase;
import lodestone.sim.scenario.Presets;
import lodestone.sim.scenario.ScenarioReader;
import lodestone.sim.scenario.ScenarioSpec;
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
            "tin");

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
     * Trade built field by field from the values of {@link Trade#DEFAULT} (written out here, so that a change of the
     * default does not move the tests), so that a test states only what it varies:
     * {@code Fixtures.trade().issuerExportShare(0.5).indirectShare(0.6).build()}. Each setter is named after the
     * record's component it sets.
     */
    public static TradeBuilder trade() {
        return new TradeBuilder();
    }

    /** Fluent builder of a market's trade for tests: the whole export market, covered in full from the first day. */
    public static final class TradeBuilder {
        private double coveredShare = 1;
        private OptionalDouble outsideIssuerShare = OptionalDouble.empty();
        private double perspectiveShareOfExports = 1;
        private double issuerExportShare = 0.3;
        private double licencesPerMonth = 50;
        private double demandGrowth = 0;
        private double enforcementMonths = 0;
        private double indirectShare = 0;
        private double directAtOutsidePrice = 0;
        private Optional<IssuerOutput> issuerOutput = Optional.empty();

        public TradeBuilder coveredShare(double share) {
            coveredShare = share;
            return this;
        }

        public TradeBuilder outsideIssuerShare(double share) {
            outsideIssuerShare = OptionalDouble.of(share);
            return this;
        }

        public TradeBuilder perspectiveShareOfExports(double share) {
            perspectiveShareOfExports = share;
            return this;
        }

        public TradeBuilder issuerExportShare(double share) {
            issuerExportShare = share;
            return this;
        }

        public TradeBuilder licencesPerMonth(double licences) {
            licencesPerMonth = licences;
            return this;
        }

        public TradeBuilder demandGrowth(double perYear) {
            demandGrowth = perYear;
            return this;
        }

        /** Customs hold every covered shipment this many months after the effective day (fixed on every path). */
        public TradeBuilder enforcementMonths(double months) {
            enforcementMonths = months;
            return this;
        }

        public TradeBuilder indirectShare(double share) {
            indirectShare = share;
            return this;
        }

        public TradeBuilder directAtOutsidePrice(double share) {
            directAtOutsidePrice = share;
            return this;
        }

        public TradeBuilder issuerOutput(Optional<IssuerOutput> output) {
            issuerOutput = output;
            return this;
        }

        /** @throws IllegalArgumentException as {@link Trade}'s constructor, for a value out of its range */
        public Trade build() {
            return new Trade(
                    Optional.empty(),
                    coveredShare,
                    outsideIssuerShare,
                    perspectiveShareOfExports,
                    issuerExportShare,
                    licencesPerMonth,
                    demandGrowth,
                    Distribution.fixed(enforcementMonths),
                    indirectShare,
                    0,
                    directAtOutsidePrice,
                    issuerOutput);
        }
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
        return new ScenarioSpec(
                id,
                id,
                "",
                YearMonth.of(2026, 1),
                horizon,
                "US",
                perspectiveShare,
                0.01,
                new Disruption(
                        "CN", Optional.empty(), targets, List.of(), phases, announced, licensing, Optional.empty()),
                List.of(market),
                List.of(),
                List.of());
    }
}
