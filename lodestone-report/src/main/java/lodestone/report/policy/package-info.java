/**
 * Policy: trade measures with their status on a date (derived from dated events, never typed), agreements with their
 * concreteness scorecards, and delivery outlooks of the projects they link. Money in its currency; capacity in t/yr;
 * shares as fractions.
 */
@NullMarked
package lodestone.report.policy;

import org.jspecify.annotations.NullMarked;
