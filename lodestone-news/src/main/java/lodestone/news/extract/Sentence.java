package lodestone.news.extract;

/**
 * A sentence of the article.
 *
 * @param index its position, from 0
 * @param start offset of its first character in the article text
 * @param end offset after its last character
 * @param text its text
 */
public record Sentence(int index, int start, int end, String text) {}
