package lodestone.screen.job;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lodestone.model.mineral.MineralId;
import lodestone.plan.option.PlanOption;
import lodestone.screen.ScreenSpec;

/**
 * Expands a spec into its screened markets: for each perspective and mineral, the {@code suppliersPerMineral} largest
 * named suppliers of the mix (ties by code; the unnamed rest, OTHER, and the perspective itself never disrupt), as the
 * sweep does ({@code lodestone.sim.sweep.Sweep#grid}).
 */
public final class ScreenGrid {
    private ScreenGrid() {}

    /**
     * @param spec the spec
     * @param minerals the minerals screened (the spec's ids, or its list's members), in order
     * @param mixes the supply mixes
     * @param catalogues the option catalogues available for plans, by {@link ScreenJob#catalogueKey}; only those of
     *     screened markets are kept
     * @return the job
     */
    public static ScreenJob expand(
            ScreenSpec spec, List<MineralId> minerals, SupplyMixes mixes, Map<String, List<PlanOption>> catalogues) {
        List<MarketInput> markets = new ArrayList<>();
        List<String> leftOut = new ArrayList<>();
        for (String perspective : spec.perspectives()) {
            for (MineralId mineral : minerals) {
                Optional<SupplyMix> mix = mixes.mix(perspective, mineral);
                if (mix.isEmpty()) {
                    leftOut.add(perspective + "/" + mineral + ": no supply mix in the knowledge base");
                    continue;
                }
                List<Map.Entry<String, Double>> named = mix.get().shares().entrySet().stream()
                        .filter(e -> !e.getKey().equals("OTHER") && !e.getKey().equals(perspective) && e.getValue() > 0)
                        .sorted(Map.Entry.<String, Double>comparingByValue()
                                .reversed()
                                .thenComparing(Map.Entry.comparingByKey(Comparator.naturalOrder())))
                        .limit(spec.suppliersPerMineral())
                        .toList();
                if (named.isEmpty()) {
                    leftOut.add(perspective + "/" + mineral + ": no named supplier with a share above zero");
                }
                for (Map.Entry<String, Double> supplier : named) {
                    markets.add(new MarketInput(
                            perspective,
                            mineral,
                            supplier.getKey(),
                            supplier.getValue(),
                            mix.get().basis()));
                }
            }
        }
        java.util.TreeMap<String, List<PlanOption>> used = new java.util.TreeMap<>();
        if (spec.plan().isPresent()) {
            markets.forEach(m -> {
                String key = ScreenJob.catalogueKey(m.perspective(), m.mineral());
                if (catalogues.containsKey(key)) {
                    used.put(key, catalogues.get(key));
                }
            });
        }
        return new ScreenJob(spec, markets, used, leftOut);
    }
}
