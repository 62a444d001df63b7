/** Sources and the provenance every externally sourced number carries. */
package lodestone.model.provenance;
