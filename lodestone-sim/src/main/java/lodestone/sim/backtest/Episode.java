package lodestone.sim.backtest;

import java.util.List;
import java.util.Optional;
import lodestone.sim.scenario.ScenarioSpec;

/**
 * A historical episode: the measure as it happened, the scenarios that reproduce it (one per perspective), and the
 * observations they are scored against, each with its source.
 *
 * @param id stable id
 * @param title one line
 * @param role whether the episode calibrates the behaviour or tests it out of sample
 * @param measure the legal act (for example "MOFCOM/GACC Announcement No. 23 of 2023")
 * @param description what happened, in a few sentences
 * @param scenarios the scenarios, each run once per back-test
 * @param observations what is scored
 * @param sources the sources the episode cites
 * @param neighbouringProducts the products some of its price rows are quoted in, with their pass-through shares
 * @param downstreamProducts the products further down the chain some of its outside price rows quote, with the facts
 *     that set how much of the market's move they carry; a row a declaration names ({@link DownstreamProduct#rows})
 *     is relabelled {@link Stage#DOWNSTREAM}
 * @param referencePrices the reference prices its government sets from world prices that some of its rows quote, with
 *     the months of the outside price each reads; a row a declaration names ({@link ReferencePrice#rows}) is relabelled
 *     {@link Stage#REFERENCE}
 */
public record Episode(
        String id,
        String title,
        Role role,
        String measure,
        String description,
        List<ScenarioSpec> scenarios,
        List<Observation> observations,
        List<String> sources,
        List<NeighbouringProduct> neighbouringProducts,
        List<DownstreamProduct> downstreamProducts,
        List<ReferencePrice> referencePrices) {
    /** Whether an episode's outcomes were used to choose the behaviour. */
    public enum Role {
        /** Used to choose the behaviour (in sample). */
        CALIBRATION,
        /** Never used to choose anything (out of sample). */
        TEST
    }

    public Episode {
        scenarios = List.copyOf(scenarios);
        sources = List.copyOf(sources);
        neighbouringProducts = List.copyOf(neighbouringProducts);
        downstreamProducts = List.copyOf(downstreamProducts);
        referencePrices = List.copyOf(referencePrices);
        observations = relabelled(observations, downstreamProducts, referencePrices);
    }

    /** @return the rows, each that a declaration names relabelled {@link Stage#DOWNSTREAM} or {@link Stage#REFERENCE} */
    private static List<Observation> relabelled(
            List<Observation> observations, List<DownstreamProduct> products, List<ReferencePrice> references) {
        return observations.stream()
                .map(o -> products.stream().anyMatch(d -> d.rows().contains(o.id()))
                        ? o.withStage(Stage.DOWNSTREAM)
                        : references.stream().anyMatch(r -> r.rows().contains(o.id()))
                                ? o.withStage(Stage.REFERENCE)
                                : o)
                .toList();
    }

    /**
     * @param observation one of the episode's rows
     * @return the reference price the row is, if it is a reference row and the episode declares the rule that sets it
     *     for its market (a reference row without one is scored as its series says)
     */
    public Optional<ReferencePrice> referencePrice(Observation observation) {
        return referencePrices.stream().filter(r -> r.prices(observation)).findFirst();
    }

    /**
     * @param observation one of the episode's rows
     * @return the downstream product the row prices, if it is a downstream row and the episode declares the product's
     *     facts for its market (a downstream row without them is scored against the market's own price)
     */
    public Optional<DownstreamProduct> downstreamProduct(Observation observation) {
        return downstreamProducts.stream().filter(d -> d.prices(observation)).findFirst();
    }

    /**
     * @param observation one of the episode's rows
     * @return the neighbouring product the row is quoted in, if the episode declares one for its market and series
     */
    public Optional<NeighbouringProduct> neighbouringProduct(Observation observation) {
        return neighbouringProducts.stream().filter(n -> n.prices(observation)).findFirst();
    }

    /** @return the scenario with that id, if any */
    public Optional<ScenarioSpec> scenario(String scenarioId) {
        return scenarios.stream().filter(s -> s.id().equals(scenarioId)).findFirst();
    }

    /** @return a copy with more observations (held-out rows scored together with the episode's own) */
    public Episode withMoreObservations(List<Observation> more) {
        List<Observation> all = new java.util.ArrayList<>(observations);
        all.addAll(more);
        return new Episode(
                id,
                title,
                role,
                measure,
                description,
                scenarios,
                all,
                sources,
                neighbouringProducts,
                downstreamProducts,
                referencePrices);
    }
}
