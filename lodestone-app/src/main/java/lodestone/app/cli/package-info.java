/**
 * The {@code lodestone} command line (picocli). Each command reads the knowledge base through
 * {@link lodestone.app.cli.StoreOptions} (--db, --format), builds a view from {@code lodestone.app.view}, and renders
 * it as a table, JSON or CSV. Exit codes: 0 success, 1 a failure explained on standard error, 2 a usage error.
 */
package lodestone.app.cli;
