package lodestone.sim.scenario;

/**
 * A written note on one parameter: its value, and whether it is evidence or an assumption and why.
 *
 * @param parameter the parameter, as a path in the spec (for example {@code markets[dysprosium].stocksMonths})
 * @param value the value used, as written in the spec
 * @param basis the evidence with its source, or "ASSUMPTION: ..." with the reason
 */
public record Assumption(String parameter, String value, String basis) {

    /** @return whether the basis declares an assumption rather than evidence */
    public boolean isAssumption() {
        return basis.startsWith("ASSUMPTION");
    }
}
