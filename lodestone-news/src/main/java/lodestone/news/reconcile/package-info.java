/**
 * Reconciliation of extracted events and claims with a {@link lodestone.model.knowledge.KnowledgeSnapshot}: claim
 * verdicts with the reference values compared, event matches against curated agreements, trade measures and
 * critical-mineral lists, and plausibility checks (who held office on a date, amounts only the press reports).
 *
 * <p>Shares in reference values are percent (the knowledge base's fractions times 100) so that they read like the
 * claim beside them. The tolerance is {@link lodestone.news.reconcile.Reconciler#DEFAULT_TOLERANCE_POINTS}
 * percentage points, documented in {@code docs/methods/news.md}.
 */
@NullMarked
package lodestone.news.reconcile;

import org.jspecify.annotations.NullMarked;
