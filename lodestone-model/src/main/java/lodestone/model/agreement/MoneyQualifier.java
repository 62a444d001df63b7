package lodestone.model.agreement;

import lodestone.model.TextId;

/** How firm an amount of money is. */
public enum MoneyQualifier implements TextId {
    /** The amount stated. */
    EXACT,
    /** A ceiling: "up to". */
    UP_TO,
    /** A floor: "at least". */
    AT_LEAST,
    /** "About", "around". */
    ABOUT;

    /**
     * @param id an identifier written by {@link #id()}
     * @return the qualifier
     * @throws IllegalArgumentException if the text names none
     */
    public static MoneyQualifier parse(String id) {
        return TextId.parse(MoneyQualifier.class, id, "money qualifier");
    }
}
