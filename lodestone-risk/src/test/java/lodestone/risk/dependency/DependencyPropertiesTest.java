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

    @Test
    void theMixPartitionsConsumptionAndExposuresStayWithinDirectAndReliance() {
        qt().withFixedSeed(11L)
                .withExamples(200)
                .forAll(
                        doubles().between(0, 1),
                        lists().of(doubles().between(0.01, 1)).ofSize(SUPPLIERS.length),
                        lists().of(doubles().between(0, 1)).ofSize(SUPPLIERS.length))
                .check((nir, weights, mining) -> {
                    Dependency d = dependency(nir, weights, mining, false);
                    SupplyMix mix = d.supplyMix().orElseThrow();
                    double sum = mix.shares().values().stream()
                            .mapToDouble(Double::doubleValue)
                            .sum();
                    boolean partition = Math.abs(sum - 1) < 1e-9 && Math.abs(mix.domestic() - (1 - nir)) < 1e-9;
                    boolean bounded = d.exposures().stream()
                            .allMatch(e -> e.lookThrough() >= e.direct().getAsDouble() - 1e-12
                                    && e.lookThrough() <= nir + 1e-12);
                    return partition && bounded;
                });
    }

    @Test
    void reorderingTheSuppliersChangesNoExposure() {
        qt().withFixedSeed(12L)
                .withExamples(200)
                .forAll(
                        doubles().between(0, 1),
                        lists().of(doubles().between(0.01, 1)).ofSize(SUPPLIERS.length),
                        lists().of(doubles().between(0, 1)).ofSize(SUPPLIERS.length))
                .check((nir, weights, mining) -> {
                    Dependency a = dependency(nir, weights, mining, false);
                    Dependency b = dependency(nir, weights, mining, true);
                    return a.exposures().size() == b.exposures().size()
                            && a.exposures().stream()
                                    .allMatch(e -> Math.abs(e.lookThrough()
                                                    - b.exposureTo(e.country())
                                                            .orElseThrow()
                                                            .lookThrough())
                                            < 1e-12);
                });
    }
}
