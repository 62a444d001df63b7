/** Imports of official datasets through the store's registry: read whole, checked, reported; written all or nothing. */
package lodestone.report.dataset;
