package lodestone.risk.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import lodestone.model.geo.CountryCode;
import lodestone.model.mineral.MineralId;
import lodestone.model.observation.Observation;
import lodestone.risk.concentration.SupplyShares;
import lodestone.risk.dependency.Dependency;

/**
 * A perspective's dependency on its largest single supplier of a mineral: the input the Lodestone index takes as D.
 *
 * @param perspective who imports: an ISO 3166-1 alpha-2 code, or a bloc such as {@code EU}
 * @param mineral the mineral
 * @param value the share of the perspective's apparent consumption that rests on its largest supplier, directly or
 *     through the feed its other suppliers process (a fraction in [0, 1]); empty when unknown
 * @param basis what the value rests on
 * @param largestSupplier the supplier country behind the value, if any
 * @param inputs the figures the value rests on, each with its source (import reliance, import shares, upstream
 *     shares)
 * @param note how the value was formed, or why it is unknown
 * @param detail the computation behind the value (reliance, import sources, the exposure to every supplier, direct
 *     and looked through), when the query has one: the mineral page and the risk breakdown show it, so that they read
 *     the very dependency the ranking scores
 */
public record PerspectiveDependency(
        String perspective,
        MineralId mineral,
        OptionalDouble value,
        DependencyBasis basis,
        Optional<CountryCode> largestSupplier,
        List<Input> inputs,
        String note,
        Optional<Dependency> detail) {
    public PerspectiveDependency {
        inputs = List.copyOf(inputs);
        if (value.isPresent() && !(value.getAsDouble() >= 0 && value.getAsDouble() <= 1)) {
            throw new IllegalArgumentException("dependency (" + value.getAsDouble() + ") of " + perspective + " on "
                    + mineral + " must be within [0, 1].");
        }
        if (basis == DependencyBasis.UNKNOWN && value.isPresent()) {
            throw new IllegalArgumentException("dependency of " + perspective + " on " + mineral
                    + " has a value (" + value.getAsDouble() + ") but an unknown basis.\nMaybe it is measured or"
                    + " proxied by world supply.");
        }
    }

    /**
     * What one part of the dependency rests on.
     *
     * @param part "net import reliance", "import shares", "look-through" or "through non-producers"
     * @param basis measured, proxied by world supply, or unknown
     * @param sources the ids of the sources it rests on (may be empty when unknown)
     * @param note what the part is, or why it is unknown
     */
    public record PartBasis(String part, DependencyBasis basis, List<String> sources, String note) {
        public PartBasis {
            sources = List.copyOf(sources);
        }
    }

    /**
     * The basis of each part of the dependency, with its sources: the net import reliance (measured, or unknown), the
     * import shares (measured, proxied by world supply, or unknown) and the look-through to the upstream stage
     * (always a proxy by world supply: suppliers are assumed to draw their feed pro rata to world output).
     *
     * @return the parts, in that order; only the overall basis when there is no detail
     */
    public List<PartBasis> parts() {
        if (detail.isEmpty()) {
            return List.of(new PartBasis("dependency", basis, List.of(), note));
        }
        Dependency d = detail.get();
        List<PartBasis> parts = new ArrayList<>();
        java.util.Set<String> importSources = new java.util.TreeSet<>();
        d.imports()
                .forEach(i ->
                        importSources.add(i.observation().provenance().source().value()));
        if (d.netImportReliance().isEmpty()) {
            parts.add(new PartBasis("net import reliance", DependencyBasis.UNKNOWN, List.of(), d.note()));
        } else if (d.nirObservation().isPresent()) {
            Observation o = d.nirObservation().get();
            parts.add(new PartBasis(
                    "net import reliance",
                    DependencyBasis.MEASURED,
                    List.of(o.provenance().source().value()),
                    o.period() + ", " + o.series() + " = " + o.raw()
                            + (d.dataFrom().equals(d.mineral()) ? "" : "; of the group " + d.dataFrom())));
        } else {
            parts.add(new PartBasis(
                    "net import reliance",
                    DependencyBasis.MEASURED,
                    List.copyOf(importSources),
                    "implied by the import-source shares: the share of supply from outside " + d.perspective()));
        }
        if (d.hasImportShares()) {
            parts.add(new PartBasis(
                    "import shares",
                    DependencyBasis.MEASURED,
                    List.copyOf(importSources),
                    d.imports().get(0).observation().period() + ", "
                            + d.imports().get(0).observation().series()));
        } else if (d.assumedFrom().isPresent()) {
            SupplyShares world = d.assumedFrom().get();
            parts.add(new PartBasis(
                    "import shares",
                    DependencyBasis.PROXIED_BY_WORLD_SUPPLY,
                    world.sources().stream().map(Object::toString).toList(),
                    "world " + world.stage().id() + " shares " + world.period() + " (" + world.series()
                            + ") stand in for the import shares"));
        } else {
            parts.add(new PartBasis("import shares", DependencyBasis.UNKNOWN, List.of(), "no import shares on record"));
        }
        if (d.upstream().isPresent()) {
            SupplyShares upstream = d.upstream().get();
            parts.add(new PartBasis(
                    "look-through",
                    DependencyBasis.PROXIED_BY_WORLD_SUPPLY,
                    upstream.sources().stream().map(Object::toString).toList(),
                    "suppliers other than X assumed to draw feed pro rata to world "
                            + upstream.stage().id() + " supply " + upstream.period() + " (" + upstream.series() + ")"));
        } else if (d.netImportReliance().isPresent()) {
            parts.add(new PartBasis(
                    "look-through",
                    DependencyBasis.UNKNOWN,
                    List.of(),
                    "no upstream share set: look-through equals direct exposure"));
        }
        d.producerStage()
                .ifPresent(stage -> parts.add(new PartBasis(
                        "through non-producers",
                        DependencyBasis.PROXIED_BY_WORLD_SUPPLY,
                        stage.sources().stream().map(Object::toString).toList(),
                        "import sources with no " + stage.stage().id() + " production in world supply "
                                + stage.period() + " (" + stage.series() + "), and the unattributed remainder,"
                                + " looked through pro rata to its producers; producing sources direct (not used in"
                                + " D)")));
        return List.copyOf(parts);
    }

    /** @return a dependency that is unknown, for this reason */
    public static PerspectiveDependency unknown(String perspective, MineralId mineral, String reason) {
        return new PerspectiveDependency(
                perspective,
                mineral,
                OptionalDouble.empty(),
                DependencyBasis.UNKNOWN,
                Optional.empty(),
                List.of(),
                reason,
                Optional.empty());
    }

    /**
     * The index's summary of the one dependency computation ({@link Dependency}): measured where import shares exist,
     * proxied by world supply where only ranks or another importer's statistics exist, unknown where the net import
     * reliance is unknown.
     *
     * @param dependency the dependency
     * @return its summary: the look-through exposure to the largest supplier, with the figures it rests on
     */
    public static PerspectiveDependency of(Dependency dependency) {
        CountryCode perspective = dependency.perspective();
        MineralId mineral = dependency.mineral();
        List<Input> inputs = inputs(dependency);
        if (dependency.netImportReliance().isEmpty() || dependency.exposures().isEmpty()) {
            return new PerspectiveDependency(
                    perspective.value(),
                    mineral,
                    OptionalDouble.empty(),
                    DependencyBasis.UNKNOWN,
                    Optional.empty(),
                    inputs,
                    dependency.note(),
                    Optional.of(dependency));
        }
        Dependency.Exposure largest = dependency.largest().orElseThrow();
        return new PerspectiveDependency(
                perspective.value(),
                mineral,
                OptionalDouble.of(Math.max(0, Math.min(1, largest.lookThrough()))),
                dependency.sharesAssumed() ? DependencyBasis.PROXIED_BY_WORLD_SUPPLY : DependencyBasis.MEASURED,
                Optional.of(largest.country()),
                inputs,
                dependency.note(),
                Optional.of(dependency));
    }

    private static List<Input> inputs(Dependency dependency) {
        CountryCode perspective = dependency.perspective();
        List<Input> inputs = new ArrayList<>();
        dependency
                .nirObservation()
                .ifPresent(o -> inputs.add(Input.of(
                        "net import reliance " + perspective + " " + o.period(),
                        dependency.netImportReliance().getAsDouble(),
                        "fraction",
                        o,
                        o.raw())));
        for (Dependency.ImportSource source : dependency.imports()) {
            if (source.share().isPresent()) {
                inputs.add(Input.of(
                        "import share " + source.area().code() + " "
                                + source.observation().period(),
                        source.share().getAsDouble(),
                        "fraction",
                        source.observation(),
                        source.observation().note()));
            }
        }
        dependency.exposures().stream()
                .limit(3)
                .forEach(e -> inputs.add(new Input(
                        "look-through exposure to " + e.country(),
                        Optional.of(e.lookThrough()),
                        "fraction",
                        "computed",
                        "",
                        "direct "
                                + (e.direct().isPresent()
                                        ? String.format(
                                                Locale.ROOT, "%.4f", e.direct().getAsDouble())
                                        : "n/a")
                                + (e.upstreamShare().isPresent()
                                        ? String.format(
                                                Locale.ROOT,
                                                "; upstream share %.4f",
                                                e.upstreamShare().getAsDouble())
                                        : ""))));
        return inputs;
    }
}
