package lodestone.risk.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import lodestone.model.geo.CountryCode;
import lodestone.model.knowledge.KnowledgeSnapshot;
import lodestone.model.mineral.MineralId;
import lodestone.risk.dependency.Dependency;

/**
 * The dependency query over the store's import statistics ({@link Dependency}: net import reliance, import-source
 * shares or ranks, look-through to world mining): measured where import shares exist, proxied by world supply where
 * only ranks or nothing exist, unknown where the import reliance is unknown (every perspective but the United States
 * today).
 */
public final class SnapshotDependencyQuery implements DependencyQuery {
    private final KnowledgeSnapshot snapshot;
    private final CountryCode perspective;

    /**
     * @param snapshot the snapshot
     * @param perspective the importing country
     */
    public SnapshotDependencyQuery(KnowledgeSnapshot snapshot, CountryCode perspective) {
        this.snapshot = Objects.requireNonNull(snapshot, "snapshot");
        this.perspective = Objects.requireNonNull(perspective, "perspective");
    }

    @Override
    public PerspectiveDependency dependency(MineralId mineral) {
        Dependency dependency = Dependency.of(snapshot, mineral, perspective);
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

    private List<Input> inputs(Dependency dependency) {
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
