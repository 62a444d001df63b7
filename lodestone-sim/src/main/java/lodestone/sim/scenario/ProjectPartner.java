package lodestone.sim.scenario;

/**
 * Partner supply taken from a project in the knowledge base: its expected start year, ramp-up years and probability of
 * delivery come from the project record (each marked there as sourced or assumed); only the share of the perspective
 * country's demand it could cover is given in the spec. {@link SnapshotSupply#resolve} turns it into a
 * {@link Partner}.
 *
 * @param project the project id in the knowledge base
 * @param capacityFraction full output available to the perspective country, a fraction of its monthly demand in [0, 1]
 * @param basis why that fraction (source or assumption)
 */
public record ProjectPartner(String project, double capacityFraction, String basis) {
    public ProjectPartner {
        if (!(capacityFraction >= 0 && capacityFraction <= 1)) {
            throw new IllegalArgumentException(
                    "capacity (" + capacityFraction + ") of project partner " + project + " must be within [0, 1].");
        }
    }
}
