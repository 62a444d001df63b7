package lodestone.screen;

import java.util.List;

/** A screen spec or job that cannot be used, with every problem found (field, value and allowed range). */
public final class ScreenException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** The problems, one line each. */
    private final List<String> problems;

    /**
     * @param origin the file or text the problems were found in
     * @param problems one message per problem
     */
    public ScreenException(String origin, List<String> problems) {
        super(origin + ": " + problems.size() + (problems.size() == 1 ? " problem" : " problems") + ":\n  "
                + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    /** @return the problems, one message each */
    public List<String> problems() {
        return problems;
    }
}
