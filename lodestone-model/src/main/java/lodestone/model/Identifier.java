package lodestone.model;

/**
 * A typed identifier: a record of one text value ({@code CountryCode}, {@code MineralId}, {@code SourceId}), ordered by
 * that text, so that the types cannot be mixed up but sort and print as their text does.
 *
 * @param <T> the identifier type itself
 */
public interface Identifier<T extends Identifier<T>> extends Comparable<T> {
    /** @return the identifier's text, in its checked form */
    String value();

    /** Orders identifiers of one type by their text (the natural order of {@link String}). */
    @Override
    default int compareTo(T other) {
        return value().compareTo(other.value());
    }
}
