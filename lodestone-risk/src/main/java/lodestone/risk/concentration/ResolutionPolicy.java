package lodestone.risk.concentration;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import lodestone.model.knowledge.KnowledgeSnapshot;
import lodestone.model.provenance.SourceTier;

/**
 * Picks the share set shown first when several sources cover the same mineral and stage (USGS production-derived
 * shares and EU CRM published shares, say). The others stay visible as alternatives. The rule: the most recent
 * period first; then the better source tier (official statistics before government studies before agencies, ...);
 * then production-derived shares (traceable to quantities) before published shares; then series name, for a stable
 * order.
 */
public final class ResolutionPolicy {
    private ResolutionPolicy() {}

    /** One sentence describing the rule, for output and documentation. */
    public static final String DESCRIPTION = "most recent period first, then source tier (official statistics >"
            + " government > international agency > industry > news), then shares derived from quantities before"
            + " published shares";

    /**
     * @param snapshot the snapshot, for source tiers
     * @param candidates share sets of one mineral and stage
     * @return the preferred set, if any
     */
    public static Optional<SupplyShares> preferred(KnowledgeSnapshot snapshot, List<SupplyShares> candidates) {
        return candidates.stream().min(order(snapshot));
    }

    /**
     * @param snapshot the snapshot, for source tiers
     * @return the order, best first
     */
    public static Comparator<SupplyShares> order(KnowledgeSnapshot snapshot) {
        return Comparator.comparing(SupplyShares::period, Comparator.reverseOrder())
                .thenComparing(shares -> bestTier(snapshot, shares))
                .thenComparing(shares -> shares.total().isPresent() || shares.totalComputed() ? 0 : 1)
                .thenComparing(SupplyShares::series);
    }

    private static SourceTier bestTier(KnowledgeSnapshot snapshot, SupplyShares shares) {
        return shares.sources().stream()
                .map(id -> snapshot.source(id).tier())
                .min(Comparator.naturalOrder())
                .orElse(SourceTier.MODEL_OUTPUT);
    }
}
