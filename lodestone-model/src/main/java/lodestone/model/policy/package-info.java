/**
 * Trade measures (export controls and restrictions) as dated records. A measure's status on any date is derived from
 * its events, never stored.
 */
@NullMarked
package lodestone.model.policy;

import org.jspecify.annotations.NullMarked;
