package lodestone.app.resource;

import java.time.LocalDate;

/** The values a face read for a question's parameters: null where a parameter was not given. */
public interface Arguments {
    /** @return the text given for a parameter, or null */
    String text(String name);

    /** @return the whole number given for a parameter, or null */
    Integer integer(String name);

    /** @return the date given for a parameter, or null */
    LocalDate date(String name);
}
