/**
 * What an agreement commits and what its projects could deliver: a documented concreteness scorecard for agreements
 * ({@link lodestone.risk.agreement.ConcretenessScorecard}) and a probabilistic delivery outlook for the projects they
 * link, with its effect on China's share of world supply ({@link lodestone.risk.agreement.DeliveryOutlook}).
 *
 * <p>Units: capacities in tonnes per year (t/yr) on the basis the source states; shares as fractions in [0, 1]; years
 * as calendar years. Money is read as the agreement states it (amount, ISO 4217 currency) and never converted.
 *
 * <p>Pure functions over {@code lodestone-model} and {@code lodestone.risk.concentration}: no I/O, no database, no
 * network. The method is written up in {@code docs/methods/agreements.md}.
 */
@NullMarked
package lodestone.risk.agreement;

import org.jspecify.annotations.NullMarked;
