/** Mineral identities: ids, names, symbols, groups and the catalogue that resolves source names to ids. */
package lodestone.model.mineral;
