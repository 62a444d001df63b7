/**
 * News articles and the events and claims read from them, stored as unverified news records linked to their article
 * (tables of {@code V3__news.sql}). Writes go through {@link lodestone.store.db.LodestoneStore#transaction}, so an
 * article and its records are stored all or nothing. The records arrive as plain values; this package knows nothing of
 * how they were extracted.
 */
@NullMarked
package lodestone.store.news;

import org.jspecify.annotations.NullMarked;
