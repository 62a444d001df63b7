/**
 * The dataset registry: one declaration per importable dataset (id, description, folder, source, reader) and the
 * readers' entry points. Depends on the readers ({@code store.usgs}, {@code store.eucrm}, {@code store.wgi},
 * {@code store.curated}) and on {@code store.importing}; nothing below it depends on it, so the store's packages have
 * no cycles.
 */
@NullMarked
package lodestone.store.dataset;

import org.jspecify.annotations.NullMarked;
