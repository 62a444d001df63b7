package lodestone.news.article;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
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
            "^[ \\t]*(?:published(?: on| date)?|date|dated|posted(?: on)?|updated|(?:last )?update(?=[ \\t]*:)|first published"
                    + "|publication date)"
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
        for (int[] span : firstLines(text, 5)) {
            String line = text.substring(span[0], span[1]);
            Matcher m = LINE.matcher(line);
            if (m.matches()) {
                String body = text.substring(0, span[0]) + text.substring(Math.min(text.length(), span[1] + 1));
                return Optional.of(new Found(parse(m.group("date").strip()), body, line.strip()));
            }
        }
        return Optional.empty();
    }

    /** @return the start and end of each of the first {@code count} non-blank lines of the text */
    private static List<int[]> firstLines(String text, int count) {
        List<int[]> out = new ArrayList<>();
        int lineStart = 0;
        while (lineStart < text.length() && out.size() < count) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            if (!text.substring(lineStart, lineEnd).isBlank()) {
                out.add(new int[] {lineStart, lineEnd});
            }
            lineStart = lineEnd + 1;
        }
        return out;
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
        for (int[] span : firstLines(text, 8)) {
            String line = text.substring(span[0], span[1]);
            Matcher placed = DATELINE.matcher(line);
            Matcher m = placed.find() ? placed : BARE_DATELINE.matcher(line);
            if (m == placed || m.find()) {
                Optional<LocalDate> date = parse(m.group("date"));
                if (date.isPresent()) {
                    return date;
                }
            }
        }
        return Optional.empty();
    }

    /** The fields of a header line: "Analysis | July 16, 2025", "THE WEEK IN METALS - Friday 10 October 2025". */
    private static final Pattern HEADER_FIELD = Pattern.compile("\\s+[|\\-–—]\\s+|\\s*\\|\\s*");

    /** A field that is a date and nothing else, maybe after "Published"/"Updated" and before a clock time. */
    private static final Pattern HEADER_DATE = Pattern.compile(
            "(?:(?:last )?(?:published|updated|posted)(?: on)?:?\\s+)?(?<date>(?:[A-Z][a-z]+day,?\\s+)?"
                    + "(?:\\d{4}-\\d{2}-\\d{2}|[A-Z][a-z]{2,8}\\.? \\d{1,2}(?:st|nd|rd|th)?,? \\d{4}"
                    + "|\\d{1,2}(?:st|nd|rd|th)? [A-Z][a-z]{2,8}\\.?,? \\d{4}))"
                    + "(?:,?\\s+\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s*[A-Z]{2,4})?)?",
            Pattern.CASE_INSENSITIVE);

    /**
     * The date of a header line among the first five non-blank lines, for articles with neither a publication line nor
     * a dateline: a line that is a day-precise date alone ("November 4, 2025", "Wednesday 4 February 2026",
     * "2025-11-09 21:04:17"), or whose field between " | " or " - " separators is one ("Analysis | July 16, 2025",
     * "Europe Industry Wire | Tuesday, 4 July 2023", "Asia Metals Desk | Updated 7 Feb 2024 08:20 GMT"). A line that
     * ends a sentence ("Interview conducted 14 July 2023.") is body text, and a month alone gives no date.
     *
     * @param text plain text
     * @return the header's date, if there is one
     */
    static Optional<LocalDate> header(String text) {
        for (int[] span : firstLines(text, 5)) {
            String line = text.substring(span[0], span[1]).strip();
            if (line.length() > 100 || line.endsWith(".")) {
                continue;
            }
            for (String field : HEADER_FIELD.split(line, -1)) {
                Matcher m = HEADER_DATE.matcher(field.strip());
                if (m.matches()) {
                    Optional<LocalDate> date = parse(m.group("date").replaceFirst("^[A-Za-z]+day,?\\s+", ""));
                    if (date.isPresent()) {
                        return date;
                    }
                }
            }
        }
        return standing(text);
    }

    /** A day-precise date with its year, in the forms a header writes it. */
    private static final Pattern HEADER_DAY =
            Pattern.compile("(?<![\\w./-])(?:\\d{4}[-./]\\d{1,2}[-./]\\d{1,2}|\\d{1,2}/\\d{1,2}/\\d{4}"
                    + "|\\p{Lu}\\p{Ll}{2,8}\\.? \\d{1,2}(?:st|nd|rd|th)?,? \\d{4}"
                    + "|\\d{1,2}(?:st|nd|rd|th)? \\p{Lu}\\p{Ll}{2,8}\\.?,? \\d{4})(?![\\w/-])");

    /**
     * What a date standing in a header field is preceded by: the line's start, a field separator ("|", " - ", "--"),
     * a label's colon ("Update: "), an opening parenthesis, "of" ("Edition of", "Issue of", "session of") or a name and
     * its comma ("MONTRÉAL, ", "by our correspondent from Brussels, "), maybe with a weekday between ("Jakarta,
     * Thursday (15/1/2026)"). A date after a verb or a preposition ("On 7 November 2025, MOFCOM ...", "Interview
     * conducted 14 July 2023.") is the body's.
     */
    private static final Pattern HEADER_BEFORE = Pattern.compile(
            "(?:^|[|:(]\\s*|\\s[-–—]{1,2}\\s*|\\bof\\s+|(?<![Oo]n )\\b(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\\b)"
                    + "\\p{Lu}[\\p{L}.'’&)-]*\\)?,\\s*)(?:\\p{Lu}\\p{Ll}+day,?\\s*\\(?)?$");

    /**
     * What a date standing in a header field is followed by: the line's end, a separator, a comma or full stop ("4
     * February 2026. All times Eastern."), a parenthesis ("(Washington time)"), a wire's slashes ("/CNW/"), a clock
     * time or "at" one.
     */
    private static final Pattern HEADER_AFTER = Pattern.compile("^\\s*(?:$|[|,.()/–—-]|at\\s+\\d|\\d{1,2}:\\d{2})");

    /**
     * The date standing in a field of one of the first five non-blank lines, for articles whose header {@link #header}
     * does not read: "For immediate release - March 28, 2023 (Washington time)", "Seoul Industry Daily | 2026.02.06 |
     * Reporter Park", "New Delhi, 15th January, 2024", "Energy Materials Monitor -- August 7, 2023", "Edition of 9 May
     * 2024", "June 12, 2025 at 6:04 AM EDT", "Jakarta, Thursday (15/1/2026) -", "Wednesday 4 February 2026. All times
     * Eastern.", "MONTRÉAL, Feb. 15, 2024 /CNW/ -". The first such date is the publication date.
     *
     * @param text plain text
     * @return the date, if a header line holds one that reads one way only
     */
    static Optional<LocalDate> standing(String text) {
        for (int[] span : firstLines(text, 5)) {
            String line = text.substring(span[0], span[1]);
            Matcher m = HEADER_DAY.matcher(line);
            while (m.find()) {
                if (HEADER_BEFORE.matcher(line.substring(0, m.start())).find()
                        && HEADER_AFTER.matcher(line.substring(m.end())).find()) {
                    Optional<LocalDate> date = parse(m.group());
                    if (date.isPresent()) {
                        return date;
                    }
                }
            }
        }
        return Optional.empty();
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
