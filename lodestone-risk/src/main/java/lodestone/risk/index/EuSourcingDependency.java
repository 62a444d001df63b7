package lodestone.risk.index;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.TreeSet;
import lodestone.model.chain.Stage;
import lodestone.model.geo.Area;
import lodestone.model.geo.CountryCode;
import lodestone.model.knowledge.KnowledgeSnapshot;
import lodestone.model.mineral.MineralId;
import lodestone.model.observation.Metric;
import lodestone.model.observation.Observation;
import lodestone.risk.concentration.ProducerShare;
import lodestone.risk.concentration.ResolutionPolicy;
import lodestone.risk.concentration.ShareSets;
import lodestone.risk.concentration.SupplyShares;
import lodestone.risk.eu.TradeVariable;

/**
 * The European Union's dependency on its largest single supplier of a mineral, from the EU CRM 2023 study's sourcing
 * shares (Appendix 7, "EU sourcing": the share of each country in the EU's supply of the material, EU member states'
 * own production included; 2016–2020 averages): the {@link DependencyQuery} of the perspective {@value #PERSPECTIVE}.
 *
 * <pre>
 * direct_X       = s_X
 * look-through_X = s_X + (S − s_X) · u_X
 * </pre>
 *
 * where s_X is the sourcing share of a country X outside the EU, S the sum of the sourcing shares of all countries
 * outside the EU (the EU's import reliance as the sourcing table implies it), and u_X the share of X in world mining
 * ({@link ResolutionPolicy preferred} mining share set) for a processing stage; a mining stage has no upstream, so its
 * look-through equals the direct share. The largest exposure over the stages the study gives sourcing shares for is the
 * dependency. The EU's own supply (member states) is never an exposure, as the perspective's own production is not in
 * {@link lodestone.risk.dependency.Dependency}; the shares below 1 % that the study does not list are left out.
 *
 * <p>Basis: {@link DependencyBasis#MEASURED} where the study gives sourcing shares for the mineral, else {@link
 * DependencyBasis#UNKNOWN} (the index then assumes 0.5 and says so). The study's import reliance is not multiplied in:
 * sourcing shares are already shares of the EU's supply, domestic sources included.
 */
public final class EuSourcingDependency implements DependencyQuery {
    /** The perspective's code: the European Union, a bloc, not an ISO 3166-1 country. */
    public static final String PERSPECTIVE = "EU";

    private final ShareSets shareSets;

    /** @param shareSets the share sets of the snapshot (world mining shares for the look-through) */
    public EuSourcingDependency(ShareSets shareSets) {
        this.shareSets = Objects.requireNonNull(shareSets, "shareSets");
    }

    /**
     * @param country a country
     * @return true if it is an EU-27 member state
     */
    public static boolean member(CountryCode country) {
        return TradeVariable.EU_MEMBERS.contains(country.value());
    }

    @Override
    public PerspectiveDependency dependency(MineralId mineral) {
        KnowledgeSnapshot snapshot = shareSets.snapshot();
        Map<Stage, List<Observation>> byStage = new TreeMap<>();
        for (Observation o : snapshot.observations(mineral, Metric.SOURCING_SHARE)) {
            if (o.importer().map(Area.EuropeanUnion.INSTANCE::equals).orElse(false)
                    && o.quantity().isPresent()
                    && o.stage().isPresent()
                    && o.area() instanceof Area.CountryArea) {
                byStage.computeIfAbsent(o.stage().get(), s -> new ArrayList<>()).add(o);
            }
        }
        if (byStage.isEmpty()) {
            return PerspectiveDependency.unknown(
                    PERSPECTIVE,
                    mineral,
                    "no EU sourcing shares for " + mineral + " in the store (the EU CRM 2023 study gives them for the"
                            + " materials it assessed)");
        }
        Optional<SupplyShares> mining = ResolutionPolicy.preferred(
                snapshot,
                shareSets.all(mineral).stream()
                        .filter(s -> s.stage() == Stage.MINING)
                        .toList());
        StageExposure best = null;
        for (Map.Entry<Stage, List<Observation>> entry : byStage.entrySet()) {
            Optional<SupplyShares> upstream = entry.getKey() == Stage.MINING ? Optional.empty() : mining;
            StageExposure candidate = StageExposure.of(entry.getKey(), entry.getValue(), upstream);
            if (best == null || candidate.lookThrough() > best.lookThrough()) {
                best = candidate;
            }
        }
        return best.dependency(mineral);
    }

    /** The largest exposure at one stage of EU sourcing. */
    private record StageExposure(
            Stage stage,
            List<Observation> outside,
            double insideShare,
            double outsideShare,
            Optional<SupplyShares> upstream,
            Optional<CountryCode> country,
            double direct,
            double lookThrough,
            OptionalDouble upstreamShare) {

        static StageExposure of(Stage stage, List<Observation> lines, Optional<SupplyShares> upstream) {
            List<Observation> outside = new ArrayList<>();
            double inside = 0;
            double total = 0;
            for (Observation o : lines) {
                CountryCode c = ((Area.CountryArea) o.area()).country();
                if (member(c)) {
                    inside += o.valueOrNaN();
                } else {
                    outside.add(o);
                    total += o.valueOrNaN();
                }
            }
            outside.sort(Comparator.comparingDouble(Observation::valueOrNaN)
                    .reversed()
                    .thenComparing(o -> o.area().code()));
            TreeSet<CountryCode> countries = new TreeSet<>();
            outside.forEach(o -> countries.add(((Area.CountryArea) o.area()).country()));
            upstream.ifPresent(u -> u.producers().stream()
                    .map(ProducerShare::area)
                    .filter(a -> a instanceof Area.CountryArea c && !member(c.country()))
                    .forEach(a -> countries.add(((Area.CountryArea) a).country())));
            Optional<CountryCode> bestCountry = Optional.empty();
            double bestDirect = 0;
            double bestThrough = -1;
            OptionalDouble bestUpstream = OptionalDouble.empty();
            for (CountryCode country : countries) {
                double s = outside.stream()
                        .filter(o -> o.area().equals(Area.country(country)))
                        .mapToDouble(Observation::valueOrNaN)
                        .sum();
                OptionalDouble u = upstream.isEmpty()
                        ? OptionalDouble.empty()
                        : OptionalDouble.of(upstream.get()
                                .shareOf(Area.country(country))
                                .map(ProducerShare::share)
                                .orElse(0.0));
                double through = Math.min(1, s + (Math.max(total, s) - s) * u.orElse(0));
                if (through > bestThrough) {
                    bestThrough = through;
                    bestDirect = s;
                    bestCountry = Optional.of(country);
                    bestUpstream = u;
                }
            }
            return new StageExposure(
                    stage,
                    outside,
                    inside,
                    total,
                    upstream,
                    bestCountry,
                    bestDirect,
                    Math.max(0, bestThrough),
                    bestUpstream);
        }

        PerspectiveDependency dependency(MineralId mineral) {
            List<Input> inputs = new ArrayList<>();
            for (Observation o : outside.subList(0, Math.min(3, outside.size()))) {
                inputs.add(Input.of(
                        "EU sourcing share " + o.area().code() + " " + stage.id() + " " + o.period(),
                        o.valueOrNaN(),
                        "fraction",
                        o.provenance().source().value(),
                        o.provenance().locator(),
                        o.raw()));
            }
            inputs.add(Input.of(
                    "EU sourcing from outside the EU " + stage.id(),
                    outsideShare,
                    "fraction",
                    "computed",
                    "",
                    "sum of the listed sourcing shares of non-member countries; member states "
                            + String.format(Locale.ROOT, "%.3f", insideShare)));
            upstreamShare.ifPresent(u -> inputs.add(Input.of(
                    "upstream share " + country.map(CountryCode::value).orElse("") + " mining "
                            + upstream.get().period(),
                    u,
                    "fraction",
                    String.join(
                            ";",
                            upstream.get().sources().stream()
                                    .map(Object::toString)
                                    .toList()),
                    "world mining share set (" + upstream.get().series() + ")",
                    "")));
            inputs.add(Input.of(
                    "look-through exposure to "
                            + country.map(CountryCode::value).orElse("none"),
                    lookThrough,
                    "fraction",
                    "computed",
                    "",
                    String.format(Locale.ROOT, "direct %.4f", direct)));
            if (country.isEmpty()) {
                return new PerspectiveDependency(
                        PERSPECTIVE,
                        mineral,
                        OptionalDouble.of(0),
                        DependencyBasis.MEASURED,
                        Optional.empty(),
                        inputs,
                        "EU sourcing shares (EU CRM 2023): every listed source at the " + stage.id()
                                + " stage is an EU member state");
            }
            return new PerspectiveDependency(
                    PERSPECTIVE,
                    mineral,
                    OptionalDouble.of(lookThrough),
                    DependencyBasis.MEASURED,
                    country,
                    inputs,
                    "EU sourcing shares (EU CRM 2023, " + stage.id() + " stage), member states' own supply excluded; "
                            + (upstream.isPresent()
                                    ? "look-through: sources other than X assumed to draw feed pro rata to world"
                                            + " mining supply ("
                                            + upstream.get().period() + ")"
                                    : stage == Stage.MINING
                                            ? "a mining stage has no upstream: look-through equals direct exposure"
                                            : "no upstream share set: look-through equals direct exposure"));
        }
    }
}
