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
import lodestone.model.chain.Stage;
import lodestone.model.geo.Area;
import lodestone.model.geo.CountryCode;
import lodestone.model.knowledge.KnowledgeSnapshot;
import lodestone.model.mineral.MineralId;
import lodestone.model.observation.Metric;
import lodestone.model.observation.Observation;
import lodestone.risk.concentration.ResolutionPolicy;
import lodestone.risk.concentration.ShareSets;
import lodestone.risk.concentration.SupplyShares;
import lodestone.risk.dependency.Dependency;
import lodestone.risk.eu.TradeVariable;
import org.jspecify.annotations.Nullable;

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
 * look-through equals the direct share. Each stage is computed as a {@link Dependency} with reliance {@code S} and
 * import shares {@code s_X / S} (the one look-through formula, {@link Dependency#exposures}); the chosen stage's is the
 * answer's {@link PerspectiveDependency#detail() detail}, which the breakdown shows. The largest exposure over the stages the study gives sourcing shares for is the
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
                        .filter(set -> set.stage() == Stage.MINING)
                        .toList());
        @Nullable StageSourcing best = null;
        for (Map.Entry<Stage, List<Observation>> entry : byStage.entrySet()) {
            Optional<SupplyShares> upstream = entry.getKey() == Stage.MINING ? Optional.empty() : mining;
            StageSourcing candidate = StageSourcing.of(mineral, entry.getKey(), entry.getValue(), upstream);
            if (best == null || candidate.lookThrough() > best.lookThrough()) {
                best = candidate;
            }
        }
        return Objects.requireNonNull(best, "best").dependency(); // byStage is not empty
    }

    /**
     * The EU's sourcing at one stage as a {@link Dependency}: its reliance on supply from outside the EU, {@code S =
     * Σ s_X} over non-member countries, and the import shares {@code s_X / S}, so that the one look-through formula
     * ({@link Dependency#exposures}) gives {@code direct_X = s_X} and {@code look-through_X = s_X + (S − s_X) · u_X}.
     */
    private record StageSourcing(Stage stage, double insideShare, Dependency detail) {

        static StageSourcing of(
                MineralId mineral, Stage stage, List<Observation> lines, Optional<SupplyShares> upstream) {
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
            List<Dependency.ImportSource> imports = new ArrayList<>();
            for (Observation o : outside) {
                imports.add(new Dependency.ImportSource(
                        o.area(), OptionalDouble.of(o.valueOrNaN() / total), OptionalDouble.empty(), o));
            }
            CountryCode eu = CountryCode.of(PERSPECTIVE);
            List<Dependency.Exposure> exposures = total > 0
                    ? Dependency.exposures(total, imports, upstream, c -> c.equals(eu) || member(c))
                    : List.of();
            String note = "EU sourcing shares (EU CRM 2023, " + stage.id() + " stage), member states' own supply"
                    + " excluded; "
                    + (upstream.isPresent()
                            ? "look-through: sources other than X assumed to draw feed pro rata to world mining"
                                    + " supply (" + upstream.get().period() + ")"
                            : stage == Stage.MINING
                                    ? "a mining stage has no upstream: look-through equals direct exposure"
                                    : "no upstream share set: look-through equals direct exposure");
            Dependency detail = new Dependency(
                    eu,
                    mineral,
                    mineral,
                    OptionalDouble.of(total),
                    Optional.empty(),
                    List.of(),
                    imports,
                    upstream,
                    exposures,
                    false,
                    Optional.empty(),
                    note,
                    upstream);
            return new StageSourcing(stage, inside, detail);
        }

        double lookThrough() {
            return detail.largest().map(Dependency.Exposure::lookThrough).orElse(-1.0);
        }

        PerspectiveDependency dependency() {
            MineralId mineral = detail.mineral();
            double outsideShare = detail.netImportReliance().getAsDouble();
            Optional<Dependency.Exposure> largest = detail.largest();
            List<Input> inputs = new ArrayList<>();
            for (Dependency.ImportSource line :
                    detail.imports().subList(0, Math.min(3, detail.imports().size()))) {
                Observation o = line.observation();
                inputs.add(Input.of(
                        "EU sourcing share " + o.area().code() + " " + stage.id() + " " + o.period(),
                        o.valueOrNaN(),
                        "fraction",
                        o,
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
            Optional<SupplyShares> upstream = detail.upstream();
            largest.ifPresent(e -> e.upstreamShare()
                    .ifPresent(u -> inputs.add(Input.of(
                            "upstream share " + e.country() + " mining "
                                    + upstream.get().period(),
                            u,
                            "fraction",
                            String.join(
                                    ";",
                                    upstream.get().sources().stream()
                                            .map(Object::toString)
                                            .toList()),
                            "world mining share set (" + upstream.get().series() + ")",
                            ""))));
            inputs.add(Input.of(
                    "look-through exposure to "
                            + largest.map(e -> e.country().value()).orElse("none"),
                    largest.map(Dependency.Exposure::lookThrough).orElse(0.0),
                    "fraction",
                    "computed",
                    "",
                    String.format(
                            Locale.ROOT,
                            "direct %.4f",
                            largest.map(e -> e.direct().orElse(0)).orElse(0.0))));
            if (largest.isEmpty()) {
                return new PerspectiveDependency(
                        PERSPECTIVE,
                        mineral,
                        OptionalDouble.of(0),
                        DependencyBasis.MEASURED,
                        Optional.empty(),
                        inputs,
                        "EU sourcing shares (EU CRM 2023): every listed source at the " + stage.id()
                                + " stage is an EU member state",
                        Optional.of(detail));
            }
            return new PerspectiveDependency(
                    PERSPECTIVE,
                    mineral,
                    OptionalDouble.of(Math.max(0, Math.min(1, largest.get().lookThrough()))),
                    DependencyBasis.MEASURED,
                    Optional.of(largest.get().country()),
                    inputs,
                    detail.note(),
                    Optional.of(detail));
        }
    }
}
