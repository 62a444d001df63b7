/**
 * How a ranking compares with published ones: rank correlation (Spearman) against published scores, and the area
 * under the ROC curve against the membership of published lists. Diagnostics only: no method in Lodestone is fitted
 * to them. Pure functions.
 */
@NullMarked
package lodestone.risk.validation;

import org.jspecify.annotations.NullMarked;
