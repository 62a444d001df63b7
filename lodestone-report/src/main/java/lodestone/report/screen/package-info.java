/** Screens over the knowledge base: a spec's job (minerals, supply mixes, option catalogues) for the engines to run. */
@NullMarked
package lodestone.report.screen;

import org.jspecify.annotations.NullMarked;
