/** Import reports: problems are collected with file, line, field and value; a dataset with errors is rejected. */
package lodestone.store.importing;
