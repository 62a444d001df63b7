package lodestone.news.article;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The publication date written as a line near the top of a plain-text article: {@code Published: 2025-11-08}, {@code
 * DATE: 2025-07-18}, {@code Date: Nov 8, 2025}, {@code Posted 8 November 2025 10:32 GMT}, {@code Updated: 2025/11/08}.
 * Only the first five non-blank lines are searched, so that a date in the body is never taken for the publication date.
 */
final class PublicationLine {
    private static final Pattern LINE = Pattern.compile(
            "^[ \\t]*(?:published(?: on| date)?|date|dated|posted(?: on)?|updated|first published|publication date)"
                    + "[ \\t]*[:\\-–]?[ \\t]*(?<date>[^\\n]{6,60}?)[ \\t]*$",
            Pattern.CASE_INSENSITIVE | Pattern.MULTILINE);
    private static final Pattern ISO = Pattern.compile("^(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})\\b");
    /** "18/07/2025", "7.18.2025": read only when one of the two numbers is over 12, so day and month cannot swap. */
    private static final Pattern NUMERIC = Pattern.compile("^(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4})\\b");

    private static final Pattern MONTH_FIRST = Pattern.compile(
            "^(?:[A-Z][a-z]+day,?\\s+)?([A-Za-z]{3,9})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b");
    private static final Pattern DAY_FIRST = Pattern.compile(
            "^(?:[A-Z][a-z]+day,?\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+([A-Za-z]{3,9})\\.?,?\\s+(\\d{4})\\b");

    /**
     * The date and the text without its line.
     *
     * @param date the publication date, empty when the line's value does not read one way only
     * @param body the text with the date line removed
     * @param line the publication line as written, stripped
     */
    record Found(Optional<LocalDate> date, String body, String line) {
        /** @return why the article stays undated, when the line's value is not a date that reads one way only */
        Optional<String> problem() {
            return date.isPresent()
                    ? Optional.empty()
                    : Optional.of("publication line (" + line + ") holds no date that reads one way only, so the"
                            + " article is read as undated and its relative dates stay unresolved.\nMaybe pass"
                            + " --published YYYY-MM-DD.");
        }
    }

    private PublicationLine() {}

    /**
     * @param text plain text with {@code \n} line ends
     * @return the line's date (if its value reads one way only) and the remaining text, if a date line is among the
     *     first five non-blank lines
     */
    static Optional<Found> find(String text) {
        return firstLines(text, 5, (line, lineStart, lineEnd) -> {
            Matcher m = LINE.matcher(line);
            if (!m.matches()) {
                return Optional.empty();
            }
            String body = text.substring(0, lineStart) + text.substring(Math.min(text.length(), lineEnd + 1));
            return Optional.of(new Found(parse(m.group("date").strip()), body, line.strip()));
        });
    }

    /**
     * @param text plain text with {@code \n} line ends
     * @param most how many non-blank lines to read, from the top
     * @param reader what a line gives, if anything
     * @return the first thing {@code reader} gives for one of those lines
     */
    private static <T> Optional<T> firstLines(String text, int most, LineReader<T> reader) {
        int searched = 0;
        int lineStart = 0;
        while (lineStart < text.length() && searched < most) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            String line = text.substring(lineStart, lineEnd);
            if (!line.isBlank()) {
                searched++;
                Optional<T> found = reader.read(line, lineStart, lineEnd);
                if (found.isPresent()) {
                    return found;
                }
            }
            lineStart = lineEnd + 1;
        }
        return Optional.empty();
    }

    /** What one line near the top gives, knowing where it stands in the text (its end excludes the line break). */
    @FunctionalInterface
    private interface LineReader<T> {
        Optional<T> read(String line, int lineStart, int lineEnd);
    }

    private static final Pattern DATELINE = Pattern.compile(
            "^\\s*[A-Z][A-Za-z .'’/-]{1,30}(?:,\\s*[A-Z][A-Za-z .'’-]{1,30})?,\\s*(?<date>[A-Z][a-z]{2,8}\\.? \\d{1,2},? \\d{4}"
                    + "|\\d{1,2} [A-Z][a-z]{2,8}\\.? \\d{4})\\b",
            Pattern.MULTILINE);

    /** A wire dateline without a place: "Jan 26, 2026 (Reuters) -", "3 July 2023 /PRNewswire/ --". */
    private static final Pattern BARE_DATELINE =
            Pattern.compile("^\\s*(?<date>[A-Z][a-z]{2,8}\\.? \\d{1,2},? \\d{4}|\\d{1,2} [A-Z][a-z]{2,8}\\.? \\d{4})"
                    + "\\s*(?:\\([^()\\n]{2,40}\\)\\s*|/[^/\\n]{2,40}/\\s*)?[-–—]");

    /**
     * The date of a dateline with a year ("BEIJING, July 3, 2023 (Reuters) -") among the first eight non-blank lines,
     * for articles without a publication line: the labelling guideline dates relative days from it.
     *
     * @param text plain text
     * @return the dateline's date, if there is one
     */
    static Optional<LocalDate> dateline(String text) {
        return firstLines(text, 8, (line, lineStart, lineEnd) -> {
            Matcher placed = DATELINE.matcher(line);
            Matcher m = placed.find() ? placed : BARE_DATELINE.matcher(line);
            return m == placed || m.find() ? parse(m.group("date")) : Optional.empty();
        });
    }

    /**
     * @param value "2025-11-08", "2025/11/08", "Nov 8, 2025", "November 8th 2025", "8 November 2025", "18/07/2025" (day
     *     and month told apart by a number over 12), possibly followed
     *     by a time
     * @return the date, if the value starts with one
     */
    static Optional<LocalDate> parse(String value) {
        try {
            Matcher m = ISO.matcher(value);
            if (m.find()) {
                return Optional.of(LocalDate.of(
                        Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
            }
            Matcher n = NUMERIC.matcher(value);
            if (n.find()) {
                int first = Integer.parseInt(n.group(1));
                int second = Integer.parseInt(n.group(2));
                int year = Integer.parseInt(n.group(3));
                if (first > 12 && second <= 12) {
                    return Optional.of(LocalDate.of(year, second, first));
                }
                if (second > 12 && first <= 12) {
                    return Optional.of(LocalDate.of(year, first, second));
                }
                return Optional.empty();
            }
            Matcher f = MONTH_FIRST.matcher(value);
            if (f.find()) {
                return month(f.group(1))
                        .map(month -> LocalDate.of(Integer.parseInt(f.group(3)), month, Integer.parseInt(f.group(2))));
            }
            Matcher d = DAY_FIRST.matcher(value);
            if (d.find()) {
                return month(d.group(2))
                        .map(month -> LocalDate.of(Integer.parseInt(d.group(3)), month, Integer.parseInt(d.group(1))));
            }
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static Optional<Month> month(String name) {
        if (name.length() < 3) {
            return Optional.empty();
        }
        String prefix = name.substring(0, 3).toLowerCase(Locale.ROOT);
        for (Month month : Month.values()) {
            if (month.name().toLowerCase(Locale.ROOT).startsWith(prefix)) {
                return Optional.of(month);
            }
        }
        return Optional.empty();
    }
}
