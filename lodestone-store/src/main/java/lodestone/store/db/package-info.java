/** The embedded DuckDB store: versioned schema, all-or-nothing dataset writes, and snapshots. */
package lodestone.store.db;
