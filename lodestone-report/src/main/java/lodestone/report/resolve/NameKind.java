package lodestone.report.resolve;

/** The kind of name an entry is known by: what a name typed by a user matched, and how the basis of a match reads. */
public enum NameKind {
    /** The entry's id (mineral id, measure or agreement id). */
    ID,
    /** The entry's name as its catalogue or registry gives it. */
    NAME,
    /** An element symbol (IUPAC periodic table). */
    SYMBOL,
    /** An ISO 3166-1 alpha-2 code. */
    CODE,
    /** An ISO 3166-1 alpha-3 code. */
    ALPHA3,
    /** A name a data source uses for the entry (a catalogue alias, a name the country registry reads). */
    SOURCE_NAME,
    /** The title of a measure or agreement. */
    TITLE,
    /** A variant of an agreement's title (another language, a press name). */
    TITLE_VARIANT,
    /** A curated alias ({@link Resolvers#ALIASES}), with its own basis. */
    CURATED;

    /**
     * @param entry how the entry is named to the reader, e.g. {@code dysprosium} or {@code China (CN)}
     * @return what a name of this kind is to the entry, e.g. "element symbol of dysprosium"
     */
    public String of(String entry) {
        return switch (this) {
            case ID -> entry;
            case NAME -> "the name of " + entry;
            case SYMBOL -> "element symbol of " + entry;
            case CODE -> "ISO 3166-1 alpha-2 code of " + entry;
            case ALPHA3 -> "ISO 3166-1 alpha-3 code of " + entry;
            case SOURCE_NAME -> "a name the sources use for " + entry;
            case TITLE -> "the title of " + entry;
            case TITLE_VARIANT -> "a variant of the title of " + entry;
            case CURATED -> "curated alias of " + entry;
        };
    }
}
