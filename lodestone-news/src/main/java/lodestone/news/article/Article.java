package lodestone.news.article;

import java.time.LocalDate;
import java.util.Optional;

/**
 * An article as clean text.
 *
 * @param name the file name or the URL's last path segment; the {@code file} key of the JSONL output
 * @param location where it was read from: an absolute path or a URL
 * @param text the clean text: paragraphs separated by blank lines
 * @param published the publication date, from metadata, a {@code Published:} line or the caller
 * @param title the title, if the source has one
 * @param dateNote why the article has no publication date although it gives one (a publication line that reads two
 *     ways, such as {@code Published: 04/03/2026}), to be shown to the reader; empty when the date was read or none
 *     was given
 */
public record Article(
        String name,
        String location,
        String text,
        Optional<LocalDate> published,
        Optional<String> title,
        Optional<String> dateNote) {
    /** An article whose date, if any, was read without a problem. */
    public Article(String name, String location, String text, Optional<LocalDate> published, Optional<String> title) {
        this(name, location, text, published, title, Optional.empty());
    }

    /**
     * @param date the publication date to use instead of the article's own (the caller's {@code --published})
     * @return a copy with that date and no note about the article's own
     */
    public Article withPublished(LocalDate date) {
        return new Article(name, location, text, Optional.of(date), title, Optional.empty());
    }
}
