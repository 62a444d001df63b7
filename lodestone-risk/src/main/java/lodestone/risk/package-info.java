/**
 * Pure analytics over a {@link lodestone.model.knowledge.KnowledgeSnapshot}: no database, no network. Shares are
 * fractions in [0, 1]; concentration indices follow the conventions stated in each class.
 */
@NullMarked
package lodestone.risk;

import org.jspecify.annotations.NullMarked;
