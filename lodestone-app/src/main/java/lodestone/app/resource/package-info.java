/**
 * The questions both faces ask, declared once ({@link lodestone.app.resource.Resources}): for each, the command name,
 * the API paths, the parameters (a positional argument is a path segment, an option a query parameter) and the
 * report-layer query they make. The command line builds its commands and the server its routes, its OpenAPI document
 * and its contract-test examples from this one table.
 */
@NullMarked
package lodestone.app.resource;

import org.jspecify.annotations.NullMarked;
