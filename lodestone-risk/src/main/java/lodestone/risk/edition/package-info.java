/**
 * Comparison of two editions of a recurring publication (USGS MCS 2025 and MCS 2026): every value and every supply
 * share of a data year that both editions publish and that the later edition revised beyond a threshold (1 percentage
 * point for shares and other fractions, 5 % for quantities), each with the observations of both editions. Pure
 * computation over a snapshot that holds both editions ({@code EditionChoice.all()}); no I/O.
 */
@NullMarked
package lodestone.risk.edition;

import org.jspecify.annotations.NullMarked;
