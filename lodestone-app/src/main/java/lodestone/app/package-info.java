/**
 * Lodestone's faces: the command line, the HTTP API and the dashboard, thin renderers of the report layer's records.
 * Nothing depends on this module.
 */
@NullMarked
package lodestone.app;

import org.jspecify.annotations.NullMarked;
