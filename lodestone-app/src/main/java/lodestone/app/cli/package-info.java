/**
 * The {@code lodestone} command line (picocli). The questions of {@link lodestone.app.resource.Resources} and the
 * {@link lodestone.app.cli.Actions} become commands ({@link lodestone.app.cli.DeclaredCommand}); each reads the
 * knowledge base through {@link lodestone.app.cli.StoreOptions} (--db, --format), asks the report layer, and renders
 * the answer as JSON, as CSV from the result's columns, or as text ({@link lodestone.app.cli.TextForms}). Exit codes: 0
 * success, 1 a failure explained on standard error, 2 a usage error. No computation here (ModuleDirectionTest).
 */
@NullMarked
package lodestone.app.cli;

import org.jspecify.annotations.NullMarked;
