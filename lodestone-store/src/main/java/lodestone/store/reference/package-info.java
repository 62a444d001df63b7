/** Curated reference data bundled with Lodestone: the catalogue, country aliases, lists and sources. */
package lodestone.store.reference;
