package lodestone.news.article;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * An article as clean text.
 *
 * @param name the file name or the URL's last path segment; the {@code file} key of the JSONL output
 * @param location where it was read from: an absolute path or a URL
 * @param text the clean text: paragraphs separated by blank lines
 * @param published the publication date, from metadata, a {@code Published:} line or the caller
 * @param title the title, if the source has one
 */
public record Article(
        String name, String location, String text, Optional<LocalDate> published, Optional<String> title) {
    public Article {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(title, "title");
    }

    /**
     * @param date the publication date to use instead of the article's own
     * @return a copy with that date
     */
    public Article withPublished(LocalDate date) {
        return new Article(name, location, text, Optional.of(date), title);
    }
}
