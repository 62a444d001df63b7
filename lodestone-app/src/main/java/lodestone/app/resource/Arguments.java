package lodestone.app.resource;

import java.time.LocalDate;
import java.util.List;

/** The values a face read for a question's parameters: null where a parameter was not given. */
public interface Arguments {
    /** @return the text given for a parameter, or null */
    String text(String name);

    /** @return the whole number given for a parameter, or null */
    Integer integer(String name);

    /** @return the date given for a parameter, or null */
    LocalDate date(String name);

    /** @return every value given for a repeatable parameter, in order; empty if none */
    List<String> texts(String name);

    /** @return true if a flag was given */
    boolean flag(String name);
}
