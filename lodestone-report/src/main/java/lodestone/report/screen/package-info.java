/** Screens over the knowledge base: a spec's job (minerals, supply mixes, option catalogues) for the engines to run. */
package lodestone.report.screen;
