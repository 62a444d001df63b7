package lodestone.model.agreement;

import java.util.Optional;

/**
 * What an agreement's text says about prices, review, enforcement and reporting; empty where it says nothing.
 *
 * @param priceMechanism a price floor or other price mechanism
 * @param review a review clause
 * @param enforcement enforcement, bindingness or termination
 * @param reporting reporting duties
 */
public record Clauses(
        Optional<String> priceMechanism,
        Optional<String> review,
        Optional<String> enforcement,
        Optional<String> reporting) {

    /** No clause recorded. */
    public static final Clauses NONE =
            new Clauses(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
}
