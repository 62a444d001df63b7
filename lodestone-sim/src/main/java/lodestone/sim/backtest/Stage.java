package lodestone.sim.backtest;

import java.util.Locale;
import java.util.Optional;

/**
 * What stage of the chain an observed price is of, against the product the episode's market trades. A researcher can
 * tell it from the row's source alone, without the model: a row of LME nickel where the market is the nickel ore a ban
 * withholds prices the metal made from the ore, one stage down.
 */
public enum Stage {
    /** The product the episode's market trades, as the scenario defines it (the default). */
    MARKET,
    /**
     * A product made from the market's product further down the chain (refined metal from an ore, a chemical from an
     * intermediate). Only an outside price can be of it; an episode's {@link DownstreamProduct} gives the facts that
     * set how much of the market's move it carries.
     */
    DOWNSTREAM,
    /**
     * A reference price the issuer's government sets from world prices (Indonesia's export benchmark, the HPE): not
     * the issuer's home price nor a price any export was sold at. An episode's {@link ReferencePrice} says which
     * months of the market's outside price the rule reads; without one the row is scored as its series says.
     */
    REFERENCE;

    /** @return the id used in files, the name in lower case ({@code market}, {@code downstream}, {@code reference}) */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * @param observation a row of an episode
     * @param scenario a scenario id
     * @param market a market id
     * @return whether the row is of this stage, in that scenario and market (a declaration's rows)
     */
    public boolean of(Observation observation, String scenario, String market) {
        return observation.stage() == this
                && observation.scenario().equals(scenario)
                && observation.market().equals(market);
    }

    /**
     * @param text {@code market}, {@code downstream} or {@code reference} (case-insensitive)
     * @return the stage, if the text names one
     */
    public static Optional<Stage> find(String text) {
        for (Stage stage : values()) {
            if (stage.id().equals(text.toLowerCase(Locale.ROOT))) {
                return Optional.of(stage);
            }
        }
        return Optional.empty();
    }
}
