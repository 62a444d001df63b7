/**
 * Dependency of a perspective country on imports of a mineral: net import reliance, import sources, and the
 * look-through exposure to each supplier country across stages. See {@code docs/methods/dependency.md}. Pure
 * functions over the model.
 */
@NullMarked
package lodestone.risk.dependency;

import org.jspecify.annotations.NullMarked;
