package lodestone.news.article;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jspecify.annotations.Nullable;

/**
 * Turns HTML into article text with jsoup: scripts, styles, navigation, forms and frames are dropped; the text of
 * headings, paragraphs, list items and block quotes becomes one paragraph each (the body's text when there are none).
 * The publication date comes from {@code article:published_time}, {@code datePublished}, {@code date} or
 * {@code <time datetime>}.
 */
final class HtmlCleaner {
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})");
    private static final Pattern OPEN_TAG = Pattern.compile("<[a-zA-Z]");

    private HtmlCleaner() {}

    record Cleaned(String text, Optional<LocalDate> published, Optional<String> title) {}

    static Cleaned clean(String html, String location, int maxDepth) {
        requireShallow(html, location, maxDepth);
        Document doc = Jsoup.parse(html);
        doc.select("script, style, noscript, nav, header, footer, aside, form, iframe, svg, template, object, embed")
                .remove();
        Optional<LocalDate> published = published(doc);
        Optional<String> title = Optional.ofNullable(meta(doc, "meta[property=og:title]"))
                .or(() -> Optional.of(doc.title()))
                .map(String::strip)
                .filter(t -> !t.isEmpty());
        Elements blocks = doc.select("h1, h2, h3, p, li, blockquote");
        StringBuilder text = new StringBuilder();
        if (blocks.isEmpty()) {
            text.append(doc.body() == null ? "" : doc.body().text());
        } else {
            for (Element block : blocks) {
                if (!block.is("p, li") && !block.select("p, li").isEmpty()) {
                    continue; // a container of paragraphs: its children are taken one by one
                }
                String line = block.text().strip();
                if (!line.isEmpty()) {
                    text.append(line).append("\n\n");
                }
            }
        }
        return new Cleaned(text.toString().strip(), published, title);
    }

    /**
     * Counts tag nesting without building a tree, so that deeply nested input is refused before jsoup sees it. The
     * count is an upper bound (void elements such as {@code <br>} count as opened), which is what a guard needs.
     */
    private static void requireShallow(String html, String location, int maxDepth) {
        int depth = 0;
        int max = 0;
        Matcher open = OPEN_TAG.matcher(html);
        int i = 0;
        while (open.find(i)) {
            int start = open.start();
            int close = html.indexOf("</", i);
            while (close >= 0 && close < start) {
                depth = Math.max(0, depth - 1);
                close = html.indexOf("</", close + 2);
            }
            depth++;
            max = Math.max(max, depth);
            if (max > maxDepth * 4) {
                break;
            }
            i = open.end();
        }
        if (max > maxDepth * 4) {
            throw new ArticleException(
                    "HTML of " + location + " nests elements deeper than " + maxDepth * 4 + " levels (the limit allows"
                            + " for void elements).\nMaybe it is generated or hostile markup, not an article page.",
                    null);
        }
    }

    private static Optional<LocalDate> published(Document doc) {
        String[] selectors = {
            "meta[property=article:published_time]",
            "meta[itemprop=datePublished]",
            "meta[name=date]",
            "meta[name=pubdate]",
            "meta[name=dc.date]"
        };
        for (String selector : selectors) {
            Optional<LocalDate> date = isoDate(meta(doc, selector));
            if (date.isPresent()) {
                return date;
            }
        }
        Element time = doc.selectFirst("time[datetime]");
        return time == null ? Optional.empty() : isoDate(time.attr("datetime"));
    }

    private static @Nullable String meta(Document doc, String selector) {
        Element e = doc.selectFirst(selector);
        return e == null ? null : e.attr("content");
    }

    private static Optional<LocalDate> isoDate(@Nullable String value) {
        if (value == null) {
            return Optional.empty();
        }
        Matcher m = ISO_DATE.matcher(value);
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(m.group(1)));
        } catch (java.time.format.DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
