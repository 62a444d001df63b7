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
 * @param declarations what the episode declares about the products some of its price rows quote (neighbouring
 *     products, downstream products, reference prices, moves before a row's base); a row a declaration names is
 *     relabelled with its stage
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
        PriceDeclarations declarations) {
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
        observations = declarations.relabelled(observations);
    }

    /** @return the products some of its price rows are quoted in, with their pass-through shares */
    public List<NeighbouringProduct> neighbouringProducts() {
        return declarations.neighbouringProducts();
    }

    /** @return the products further down the chain some of its outside price rows quote */
    public List<DownstreamProduct> downstreamProducts() {
        return declarations.downstreamProducts();
    }

    /** @return the reference prices its government sets that some of its rows quote */
    public List<ReferencePrice> referencePrices() {
        return declarations.referencePrices();
    }

    /** @return the moves its prices made on reports of the measure before the base of some rows */
    public List<AnticipatedMove> anticipatedMoves() {
        return declarations.anticipatedMoves();
    }

    /**
     * @param observation one of the episode's rows
     * @return the move the row's base carries, if the episode declares one that names it
     */
    public Optional<AnticipatedMove> anticipatedMove(Observation observation) {
        return anticipatedMoves().stream().filter(a -> a.carries(observation)).findFirst();
    }

    /**
     * @param observation one of the episode's rows
     * @return the reference price the row is, if it is a reference row and the episode declares the rule that sets it
     *     for its market (a reference row without one is scored as its series says)
     */
    public Optional<ReferencePrice> referencePrice(Observation observation) {
        return referencePrices().stream().filter(r -> r.prices(observation)).findFirst();
    }

    /**
     * @param observation one of the episode's rows
     * @return the downstream product the row prices, if it is a downstream row and the episode declares the product's
     *     facts for its market (a downstream row without them is scored against the market's own price)
     */
    public Optional<DownstreamProduct> downstreamProduct(Observation observation) {
        return downstreamProducts().stream().filter(d -> d.prices(observation)).findFirst();
    }

    /**
     * @param observation one of the episode's rows
     * @return the neighbouring product the row is quoted in, if the episode declares one for its market and series
     */
    public Optional<NeighbouringProduct> neighbouringProduct(Observation observation) {
        return neighbouringProducts().stream()
                .filter(n -> n.prices(observation))
                .findFirst();
    }

    /** @return the scenario with that id, if any */
    public Optional<ScenarioSpec> scenario(String scenarioId) {
        return scenarios.stream().filter(s -> s.id().equals(scenarioId)).findFirst();
    }

    /** @return a copy with more observations (held-out rows scored together with the episode's own) */
    public Episode withMoreObservations(List<Observation> more) {
        List<Observation> all = new java.util.ArrayList<>(observations);
        all.addAll(more);
        return new Episode(id, title, role, measure, description, scenarios, all, sources, declarations);
    }

    /** @return a copy with other scenarios (the same episode under another behaviour) */
    public Episode withScenarios(List<ScenarioSpec> other) {
        return new Episode(id, title, role, measure, description, other, observations, sources, declarations);
    }
}
