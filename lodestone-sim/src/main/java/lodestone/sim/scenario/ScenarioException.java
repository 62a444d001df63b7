package lodestone.sim.scenario;

import java.util.List;

/**
 * A scenario spec that cannot be used. Every problem names the field (as a path such as
 * {@code markets[0].supply.CN}), shows the value and states what is allowed.
 */
public final class ScenarioException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final transient List<String> problems;

    /**
     * @param origin the file or preset
     * @param problems one message per problem
     */
    public ScenarioException(String origin, List<String> problems) {
        super("scenario " + origin + " has " + problems.size() + (problems.size() == 1 ? " problem" : " problems")
                + ":\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    /** @return the messages, one per problem */
    public List<String> problems() {
        return problems;
    }
}
