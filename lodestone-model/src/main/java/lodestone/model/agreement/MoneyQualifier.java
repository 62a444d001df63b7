package lodestone.model.agreement;

import java.util.Locale;

/** How firm an amount of money is. */
public enum MoneyQualifier {
    /** The amount stated. */
    EXACT,
    /** A ceiling: "up to". */
    UP_TO,
    /** A floor: "at least". */
    AT_LEAST,
    /** "About", "around". */
    ABOUT;

    /** @return the identifier used in files and output, e.g. "up-to" */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * @param id an identifier written by {@link #id()}
     * @return the qualifier
     */
    public static MoneyQualifier parse(String id) {
        for (MoneyQualifier qualifier : values()) {
            if (qualifier.id().equals(id)) {
                return qualifier;
            }
        }
        throw new IllegalArgumentException(
                "money qualifier (" + id + ") must be one of exact, up-to, at-least, about.");
    }
}
