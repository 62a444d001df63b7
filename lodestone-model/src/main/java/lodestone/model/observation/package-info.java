/** Observations: sourced numbers with their unit, basis, flags and provenance. */
package lodestone.model.observation;
