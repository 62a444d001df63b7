/**
 * Minerals side by side: the supply-risk score and its components, each stage's preferred share set and the
 * dependency, for two to four minerals at once. Shares and components are fractions in [0, 1], HHI on the 0-10,000
 * scale, scores 0-100. Depends on the mineral and risk reports of this module.
 */
@NullMarked
package lodestone.report.compare;

import org.jspecify.annotations.NullMarked;
