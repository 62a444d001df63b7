package lodestone.sim.backtest;

import java.util.List;
import java.util.Set;

/**
 * What an episode declares about the products some of its price rows quote, each with the facts that set how much of
 * the market's move such a row carries: a neighbouring product quoted in place of the market's own ({@link
 * NeighbouringProduct}), a product further down the chain ({@link DownstreamProduct}), a reference price the issuer's
 * government sets from world prices ({@link ReferencePrice}), a move the price made on reports of the measure before
 * the base some rows are measured against ({@link AnticipatedMove}). A declaration may name rows recorded before a row
 * could say its stage; {@link #relabelled} gives them that stage.
 *
 * @param neighbouringProducts the products some price rows are quoted in, with their pass-through shares
 * @param downstreamProducts the products further down the chain some outside price rows quote
 * @param referencePrices the reference prices some rows quote, with the months of the outside price each reads
 * @param anticipatedMoves the moves made on reports of the measure before the base of the rows each names
 */
public record PriceDeclarations(
        List<NeighbouringProduct> neighbouringProducts,
        List<DownstreamProduct> downstreamProducts,
        List<ReferencePrice> referencePrices,
        List<AnticipatedMove> anticipatedMoves) {
    /** No declaration: every row is scored as its series says. */
    public static final PriceDeclarations NONE = new PriceDeclarations(List.of(), List.of(), List.of(), List.of());

    public PriceDeclarations {
        neighbouringProducts = List.copyOf(neighbouringProducts);
        downstreamProducts = List.copyOf(downstreamProducts);
        referencePrices = List.copyOf(referencePrices);
        anticipatedMoves = List.copyOf(anticipatedMoves);
    }

    /**
     * @return the rows, each that a declaration names relabelled {@link Stage#DOWNSTREAM} or {@link Stage#REFERENCE}
     * @throws IllegalArgumentException if an anticipated move names a row that is not a price against the level before
     *     the measure (a row of another series, or one measured against a later month)
     */
    List<Observation> relabelled(List<Observation> observations) {
        for (Observation o : observations) {
            for (AnticipatedMove move : anticipatedMoves) {
                if (move.carries(o)
                        && (!o.series().isPrice() || o.relativeFrom().isPresent())) {
                    throw new IllegalArgumentException("anticipated move of " + move.product() + ": row " + o.id()
                            + " must be a price measured against its level before the measure (series "
                            + o.series().id()
                            + o.relativeFrom().map(f -> ", relative to " + f).orElse("")
                            + ").");
                }
            }
        }
        return observations.stream()
                .map(o -> downstreamProducts.stream().anyMatch(d -> d.rows().contains(o.id()))
                        ? o.withStage(Stage.DOWNSTREAM)
                        : referencePrices.stream().anyMatch(r -> r.rows().contains(o.id()))
                                ? o.withStage(Stage.REFERENCE)
                                : o)
                .toList();
    }

    /**
     * @param declaration what declares the rows, for the message ("downstream product refined nickel")
     * @param rows the ids of the rows a declaration relabels (rows recorded before a row could say its stage)
     * @param basis why, in their record's own words
     * @return the rows, if they and their basis go together (both given or neither)
     * @throws IllegalArgumentException if only one of them is given
     */
    static Set<String> relabelledRows(String declaration, Set<String> rows, String basis) {
        if (rows.isEmpty() != basis.isBlank()) {
            throw new IllegalArgumentException(declaration + ": rows it relabels and their basis go together.");
        }
        return Set.copyOf(rows);
    }
}
