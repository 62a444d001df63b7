/** The embedded DuckDB store: versioned schema, all-or-nothing dataset writes, and snapshots. */
@NullMarked
package lodestone.store.db;

import org.jspecify.annotations.NullMarked;
