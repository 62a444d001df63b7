package lodestone.plan.option;

import java.util.List;

/**
 * An option catalogue that cannot be used. Every problem names the field (as a path such as
 * {@code options[2].cost.value}), shows the value and states what is allowed.
 */
public final class OptionException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final transient List<String> problems;

    /**
     * @param origin the file or bundled catalogue
     * @param problems one message per problem
     */
    public OptionException(String origin, List<String> problems) {
        super("option catalogue " + origin + " has " + problems.size()
                + (problems.size() == 1 ? " problem" : " problems") + ":\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    /** @return the messages, one per problem */
    public List<String> problems() {
        return problems;
    }
}
