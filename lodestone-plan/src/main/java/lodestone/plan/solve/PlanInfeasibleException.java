package lodestone.plan.solve;

import java.util.List;

/**
 * The constraints of a plan cannot all hold. The message names each constraint that has to give way and by how much.
 */
public final class PlanInfeasibleException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final List<String> constraints;

    /**
     * @param constraints one line per conflicting constraint, each naming it and the amount by which it is violated
     * @param hint what the user can change
     */
    public PlanInfeasibleException(List<String> constraints, String hint) {
        super("no portfolio satisfies every constraint; these conflict:\n  " + String.join("\n  ", constraints) + "\n"
                + hint);
        this.constraints = List.copyOf(constraints);
    }

    /** @return the conflicting constraints, each with the amount of its violation */
    public List<String> constraints() {
        return constraints;
    }
}
