/** Import reports: problems are collected with file, line, field and value; a dataset with errors is rejected. */
@NullMarked
package lodestone.store.importing;

import org.jspecify.annotations.NullMarked;
