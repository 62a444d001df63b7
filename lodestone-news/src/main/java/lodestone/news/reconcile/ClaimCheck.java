package lodestone.news.reconcile;

import java.util.List;
import lodestone.news.extract.Claim;

/**
 * A claim with its verdict.
 *
 * @param claim the claim
 * @param verdict the verdict
 * @param tolerancePoints the tolerance used, in percentage points
 * @param references the reference values compared (empty if unverifiable)
 * @param explanation one or two sentences saying why
 */
public record ClaimCheck(
        Claim claim, Verdict verdict, double tolerancePoints, List<ReferenceValue> references, String explanation) {
    public ClaimCheck {
        references = List.copyOf(references);
    }
}
