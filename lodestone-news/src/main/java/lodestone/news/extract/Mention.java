package lodestone.news.extract;

/**
 * A span of the article text that names something.
 *
 * @param kind what it names
 * @param start offset of the first character in the article text
 * @param end offset after the last character
 * @param surface the text as written
 * @param key the normalised value: ISO alpha-2 code, organisation id, canonical mineral name, amount in the stated
 *     currency ({@code "USD 400000000"}), percent value, or ISO date (empty when a date cannot be resolved to a day)
 */
public record Mention(MentionKind kind, int start, int end, String surface, String key) {
    public Mention {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("mention span (" + start + ", " + end + ") must be ordered and >= 0.");
        }
    }

    boolean overlaps(int from, int to) {
        return start < to && from < end;
    }
}
