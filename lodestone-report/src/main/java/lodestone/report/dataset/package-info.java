/** Imports of official datasets through the store's registry: read whole, checked, reported; written all or nothing. */
@NullMarked
package lodestone.report.dataset;

import org.jspecify.annotations.NullMarked;
