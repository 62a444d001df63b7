/**
 * The knowledge base: readers for the official datasets (one package per source format), the reference data that
 * maps source names to Lodestone ids, the bundled baseline, and the embedded DuckDB store. Readers convert units
 * once, here, and collect every problem in an {@link lodestone.store.importing.ImportReport}; a dataset with errors
 * is rejected whole.
 */
@NullMarked
package lodestone.store;

import org.jspecify.annotations.NullMarked;
