package lodestone.risk.dependency;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lodestone.model.geo.CountryCode;
import lodestone.model.mineral.MineralId;
import lodestone.model.supply.SupplyMix;
import lodestone.testkit.KnowledgeFixture;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Predicate3;
import org.quicktheories.core.Gen;

/**
 * Invariants of the dependency query over random import and mining shares: the supply mix is a partition of apparent
 * consumption, exposures lie within [direct, NIR], and reordering suppliers changes nothing.
 */
class DependencyPropertiesTest {
    private static final String[] SUPPLIERS = {"CN", "MY", "JP", "EE", "AU", "CA"};
    private static final CountryCode US = CountryCode.of("US");

    private static Dependency dependency(double nir, List<Double> weights, List<Double> mining, boolean reversed) {
        double total = weights.stream().mapToDouble(Double::doubleValue).sum() + 1e-9;
        Map<String, Double> imports = new LinkedHashMap<>();
        Map<String, Double> tonnes = new LinkedHashMap<>();
        for (int i = 0; i < weights.size(); i++) {
            int k = reversed ? weights.size() - 1 - i : i;
            imports.put(SUPPLIERS[k], weights.get(k) / total * 0.95);
            tonnes.put(SUPPLIERS[k], 1 + 1000 * mining.get(k));
        }
        double world = tonnes.values().stream().mapToDouble(Double::doubleValue).sum() * 1.1;
        return Dependency.of(
                KnowledgeFixture.create()
                        .netImportReliance("x", "US", 2024, nir)
                        .importShares("x", 2020, 2023, imports)
                        .mining("x", 2024, tonnes, world)
                        .snapshot(),
                MineralId.of("x"),
                US);
    }

    private static Gen<List<Double>> weights(double least) {
        return lists().of(doubles().between(least, 1)).ofSize(SUPPLIERS.length);
    }

    /**
     * Checks a property on 200 draws (from the seed given) of NIR, the suppliers' import weights (each at least 0.01)
     * and their mining weights.
     */
    private static void forAllMixes(long seed, Predicate3<Double, List<Double>, List<Double>> property) {
        qt().withFixedSeed(seed)
                .withExamples(200)
                .forAll(doubles().between(0, 1), weights(0.01), weights(0))
                .check(property);
    }

    /**
     * The mix partitions apparent consumption (domestic 1 − NIR plus imports sum to 1), every look-through lies within
     * [direct, NIR], and listing the suppliers in reverse changes no exposure.
     */
    @Test
    void theMixPartitionsConsumptionExposuresStayInRangeAndOrderDoesNotMatter() {
        forAllMixes(11L, (nir, weights, mining) -> {
            Dependency d = dependency(nir, weights, mining, false);
            Dependency reversed = dependency(nir, weights, mining, true);
            SupplyMix mix = d.supplyMix().orElseThrow();
            double sum = mix.shares().values().stream()
                    .mapToDouble(Double::doubleValue)
                    .sum();
            boolean partition = Math.abs(sum - 1) < 1e-9 && Math.abs(mix.domestic() - (1 - nir)) < 1e-9;
            boolean bounded = d.exposures().stream()
                    .allMatch(
                            e -> e.lookThrough() >= e.direct().getAsDouble() - 1e-12 && e.lookThrough() <= nir + 1e-12);
            boolean sameOrder = d.exposures().size() == reversed.exposures().size()
                    && d.exposures().stream()
                            .allMatch(e -> Math.abs(e.lookThrough()
                                            - reversed.exposureTo(e.country())
                                                    .orElseThrow()
                                                    .lookThrough())
                                    < 1e-12);
            return partition && bounded && sameOrder;
        });
    }

    /**
     * Looking through non-producing sources only moves shares to producers: every producing source keeps at least its
     * direct exposure, none exceeds NIR, and together they never exceed NIR (the world shares sum to at most 1).
     */
    @Test
    void throughNonProducersMovesSharesWithoutCreatingAny() {
        forAllMixes(13L, (nir, weights, mining) -> {
            Dependency d = dependency(nir, weights, mining, false);
            double sum = d.exposures().stream()
                    .mapToDouble(e -> e.throughNonProducers().getAsDouble())
                    .sum();
            return sum <= nir + 1e-9
                    && d.exposures().stream()
                            .allMatch(e -> e.throughNonProducers().getAsDouble()
                                            >= e.direct().getAsDouble() - 1e-12
                                    && e.throughNonProducers().getAsDouble() <= nir + 1e-12);
        });
    }
}
