package lodestone.news.article;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Reads articles from files, directories and URLs, within {@link ReadLimits}.
 *
 * <p>Bytes are checked before they are decoded: more than 1 % control characters (NUL and the like) in the first 64
 * KiB means binary data and is refused. Text that is not valid UTF-8 is decoded as windows-1252. HTML (a document that
 * starts with a tag, or a {@code .htm}/{@code .html} file) goes through {@link HtmlCleaner}. A plain-text first line
 * line such as {@code Published: YYYY-MM-DD} or {@code DATE: Nov 8, 2025} among the first five gives the publication
 * date and is removed from the text ({@link PublicationLine}).
 */
public final class ArticleReader implements AutoCloseable {
    private final ReadLimits limits;
    private final UrlFetcher fetcher;

    /**
     * A reader that fetches public addresses only ({@link FetchPolicy#PUBLIC_ONLY}).
     *
     * @param limits the limits for every article read
     */
    public ArticleReader(ReadLimits limits) {
        this(limits, FetchPolicy.PUBLIC_ONLY);
    }

    /**
     * @param limits the limits for every article read
     * @param policy which addresses URLs may lead to
     */
    public ArticleReader(ReadLimits limits, FetchPolicy policy) {
        this.limits = limits;
        this.fetcher = new UrlFetcher(limits, policy);
    }

    /** @return a reader with {@link ReadLimits#DEFAULT} and {@link FetchPolicy#PUBLIC_ONLY} */
    public static ArticleReader withDefaults() {
        return new ArticleReader(ReadLimits.DEFAULT);
    }

    /** @return the limits of this reader */
    public ReadLimits limits() {
        return limits;
    }

    /**
     * Parses a URL given as text, refusing what is not a well-formed absolute http(s) URL with a host.
     *
     * @param text the URL as typed
     * @return the URL
     * @throws ArticleException naming the value if it is not one
     */
    public static URI parseUrl(String text) {
        Objects.requireNonNull(text, "text");
        String trimmed = text.trim();
        URI uri;
        try {
            uri = new URI(trimmed);
        } catch (java.net.URISyntaxException e) {
            throw new ArticleException(
                    "URL (" + shorten(trimmed) + ") is malformed: " + e.getReason() + " at index " + e.getIndex()
                            + ".\nMaybe it contains a space or another character that must be percent-encoded.",
                    null);
        }
        if (isUrl(trimmed) && uri.getHost() == null && uri.getRawAuthority() != null) {
            String authority = uri.getRawAuthority().replaceFirst("^.*@", "").replaceFirst(":[0-9]*$", "");
            AddressRules.refusedHostText(authority).ifPresent(kind -> {
                throw new ArticleException(
                        "URL " + shorten(trimmed) + " is not fetched: its host is " + kind + ", which resolvers"
                                + " read differently.\nMaybe write the address as a dotted quad.",
                        null);
            });
        }
        if (!isUrl(trimmed) || uri.getHost() == null || uri.getHost().isEmpty()) {
            throw new ArticleException(
                    "URL (" + shorten(trimmed) + ") must be an absolute http or https URL with a host name.", null);
        }
        return uri;
    }

    private static String shorten(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200) + "...";
    }

    /**
     * Checks a URL as far as it can be checked without the network: its form, and a host that is a refused literal
     * address or a non-canonical numeric form. A name is checked when it is resolved, at the fetch.
     *
     * @param url the URL
     * @throws ArticleException if the URL would be refused
     */
    public void requireFetchable(URI url) {
        fetcher.requireFetchable(url, url);
    }

    /** Stops the shared HTTP client of URL reads, if one was started. */
    @Override
    public void close() {
        fetcher.close();
    }

    /**
     * Reads a file, every {@code .txt}, {@code .htm} and {@code .html} file of a directory (sorted by name, not
     * recursive), or a URL ({@code http://} or {@code https://}).
     *
     * @param input a path or URL
     * @return the articles, at least one
     * @throws ArticleException if the input cannot be read or holds no article
     */
    public List<Article> readAll(String input) {
        Objects.requireNonNull(input, "input");
        if (isUrl(input)) {
            return List.of(readUrl(parseUrl(input)));
        }
        Path path = Path.of(input);
        if (Files.isDirectory(path)) {
            List<Path> files;
            try (Stream<Path> listing = Files.list(path)) {
                files = listing.filter(Files::isRegularFile)
                        .filter(p -> p.getFileName()
                                .toString()
                                .toLowerCase(Locale.ROOT)
                                .matches(".*\\.(txt|html?)"))
                        .sorted()
                        .toList();
            } catch (IOException e) {
                throw new ArticleException("cannot list directory " + path + ": " + e.getMessage(), e);
            }
            if (files.isEmpty()) {
                throw new ArticleException(
                        "directory " + path + " holds no .txt, .htm or .html file.\nMaybe name the article files"
                                + " with one of those extensions.",
                        null);
            }
            List<Article> out = new ArrayList<>();
            files.forEach(file -> out.add(readFile(file)));
            return out;
        }
        return List.of(readFile(path));
    }

    /**
     * @param input a path or URL
     * @return whether it is an http(s) URL
     */
    public static boolean isUrl(String input) {
        String lower = input.trim().toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }

    /**
     * @param file an article file
     * @return the article
     * @throws ArticleException if it is missing, too large, binary or empty
     */
    public Article readFile(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new ArticleException("article file " + file + " does not exist or is not a regular file.", null);
        }
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > limits.maxBytes()) {
                throw new ArticleException(
                        "article file " + file + " is " + size + " bytes, more than the limit of " + limits.maxBytes()
                                + " bytes.\nMaybe it is not a news article; split it or pass the article alone.",
                        null);
            }
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes((int) limits.maxBytes() + 1);
            }
        } catch (IOException e) {
            throw new ArticleException("cannot read article file " + file + ": " + e.getMessage(), e);
        }
        if (bytes.length > limits.maxBytes()) {
            throw new ArticleException(
                    "article file " + file + " grew beyond the limit of " + limits.maxBytes() + " bytes while read.",
                    null);
        }
        String name = file.getFileName().toString();
        boolean htmlName = name.toLowerCase(Locale.ROOT).matches(".*\\.html?");
        return fromBytes(name, file.toAbsolutePath().toString(), bytes, null, htmlName);
    }

    /**
     * @param url an http(s) URL
     * @return the article
     * @throws ArticleException if it cannot be fetched within the limits
     */
    public Article readUrl(URI url) {
        Objects.requireNonNull(url, "url");
        UrlFetcher.Fetched fetched = fetcher.fetch(url);
        String path = fetched.finalUri().getPath();
        String name = path == null || path.isEmpty() || path.endsWith("/")
                ? fetched.finalUri().getHost()
                : path.substring(path.lastIndexOf('/') + 1);
        boolean html = fetched.contentType().toLowerCase(Locale.ROOT).contains("html");
        return fromBytes(name, url.toString(), fetched.body(), fetched.charset().orElse(null), html);
    }

    /**
     * @param name the article's name
     * @param location where it came from
     * @param text its text, plain or HTML
     * @return the article
     */
    /**
     * Reads an HTML page given as text: cleaned with jsoup, its publication date taken from its metadata.
     *
     * @param name a name for the article
     * @param location where it came from
     * @param html the page
     * @return the article
     * @throws ArticleException if the page is too large, too deeply nested or has no text
     */
    public Article fromHtml(String name, String location, String html) {
        return fromBytes(name, location, html.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, true);
    }

    public Article fromText(String name, String location, String text) {
        return fromBytes(name, location, text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, false);
    }

    private Article fromBytes(
            String name, String location, byte[] bytes, @Nullable Charset declared, boolean htmlHint) {
        if (bytes.length == 0) {
            throw new ArticleException("article " + location + " is empty.", null);
        }
        if (looksBinary(bytes)) {
            throw new ArticleException(
                    "article " + location + " looks like binary data, not text (control characters in the first 64"
                            + " KiB).\nMaybe it is a PDF or an image; extract its text first.",
                    null);
        }
        String text = decode(bytes, declared);
        String trimmed = text.stripLeading();
        boolean html = htmlHint
                || trimmed.regionMatches(true, 0, "<!doctype html", 0, 14)
                || trimmed.regionMatches(true, 0, "<html", 0, 5)
                || (trimmed.startsWith("<") && trimmed.toLowerCase(Locale.ROOT).contains("<p"));
        if (html) {
            HtmlCleaner.Cleaned cleaned = HtmlCleaner.clean(text, location, limits.maxHtmlDepth());
            return new Article(
                    name, location, requireText(cleaned.text(), location), cleaned.published(), cleaned.title());
        }
        String body = text.replace("\r\n", "\n").replace('\r', '\n');
        Optional<LocalDate> published;
        Optional<String> dateNote = Optional.empty();
        Optional<PublicationLine.Found> line = PublicationLine.find(body);
        if (line.isPresent()) {
            published = line.get().date();
            dateNote = line.get().problem();
            body = line.get().body();
        } else {
            String read = body;
            published = PublicationLine.dateline(read).or(() -> PublicationLine.header(read));
        }
        return new Article(name, location, requireText(body, location), published, Optional.empty(), dateNote);
    }

    private static String requireText(String text, String location) {
        if (text.isBlank()) {
            throw new ArticleException("article " + location + " holds no text after cleaning.", null);
        }
        return text;
    }

    static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, 64 * 1024);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        return control > n / 100;
    }

    private static String decode(byte[] bytes, @Nullable Charset declared) {
        Charset charset = declared == null ? StandardCharsets.UTF_8 : declared;
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, Charset.forName("windows-1252"));
        }
    }
}
