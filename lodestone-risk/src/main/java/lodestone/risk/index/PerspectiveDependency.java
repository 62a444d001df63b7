package lodestone.risk.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import lodestone.model.geo.CountryCode;
import lodestone.model.mineral.MineralId;
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
 */
public record PerspectiveDependency(
        String perspective,
        MineralId mineral,
        OptionalDouble value,
        DependencyBasis basis,
        Optional<CountryCode> largestSupplier,
        List<Input> inputs,
        String note) {
    public PerspectiveDependency {
        Objects.requireNonNull(perspective, "perspective");
        Objects.requireNonNull(mineral, "mineral");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(largestSupplier, "largestSupplier");
        inputs = List.copyOf(inputs);
        Objects.requireNonNull(note, "note");
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

    /** @return a dependency that is unknown, for this reason */
    public static PerspectiveDependency unknown(String perspective, MineralId mineral, String reason) {
        return new PerspectiveDependency(
                perspective,
                mineral,
                OptionalDouble.empty(),
                DependencyBasis.UNKNOWN,
                Optional.empty(),
                List.of(),
                reason);
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
                    dependency.note());
        }
        Dependency.Exposure largest = dependency.largest().orElseThrow();
        return new PerspectiveDependency(
                perspective.value(),
                mineral,
                OptionalDouble.of(Math.max(0, Math.min(1, largest.lookThrough()))),
                dependency.sharesAssumed() ? DependencyBasis.PROXIED_BY_WORLD_SUPPLY : DependencyBasis.MEASURED,
                Optional.of(largest.country()),
                inputs,
                dependency.note());
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
                        o.provenance().source().value(),
                        o.provenance().locator(),
                        o.raw())));
        for (Dependency.ImportSource source : dependency.imports()) {
            if (source.share().isPresent()) {
                inputs.add(Input.of(
                        "import share " + source.area().code() + " "
                                + source.observation().period(),
                        source.share().getAsDouble(),
                        "fraction",
                        source.observation().provenance().source().value(),
                        source.observation().provenance().locator(),
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
