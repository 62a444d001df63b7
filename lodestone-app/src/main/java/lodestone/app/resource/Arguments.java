package lodestone.app.resource;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** The values a face read for a question's parameters: null where a parameter was not given. */
public interface Arguments {
    /** @return the text given for a parameter, or null */
    @Nullable
    String text(String name);

    /** @return the whole number given for a parameter, or null */
    @Nullable
    Integer integer(String name);

    /** @return the date given for a parameter, or null */
    @Nullable
    LocalDate date(String name);

    /**
     * @return the text given for a positional argument (a path segment of the API), which the command line and the
     *     router always supply
     * @throws NullPointerException if the question declares no such argument
     */
    default String argument(String name) {
        return Objects.requireNonNull(text(name), name);
    }

    /** @return every value given for a repeatable parameter, in order; empty if none */
    List<String> texts(String name);

    /** @return true if a flag was given */
    boolean flag(String name);
}
