package lodestone.news.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds mentions in article text. Money and dates are found first; countries inside them ("US$") and inside
 * organisation names ("U.S. Geological Survey") are dropped, so that each character belongs to at most one named
 * entity.
 */
final class MentionFinder {
    private static final String MONTHS = "(?:January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)";
    private static final String WEEKDAYS = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
    static final Pattern MONEY = Pattern.compile(
            "(?<qual>\\b(?:up to|more than|over|at least|about|around|nearly|almost|some|roughly|approximately)\\s+)?"
                    + "(?<cur>US\\$|USD|A\\$|AU\\$|AUD|C\\$|CAD|EUR|€|£|\\$)\\s?"
                    + "(?<num>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)"
                    + "(?:\\s?(?<mult>trillion|billion|million|bn|mn|tn|m|b)\\b)?",
            Pattern.CASE_INSENSITIVE);
    static final Pattern PERCENT =
            Pattern.compile("(?<num>\\d{1,3}(?:\\.\\d+)?)\\s?(?:%|percent\\b|per cent\\b)", Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("\\b(?<month>" + MONTHS
            + ")\\.?\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(?<year>(?:19|20)\\d{2}))?\\b");
    private static final Pattern DAY_MONTH_YEAR =
            Pattern.compile("\\b(?<day>\\d{1,2})(?:st|nd|rd|th)?(?:\\s+of)?\\s+(?<month>" + MONTHS
                    + ")\\.?(?:,?\\s+(?<year>(?:19|20)\\d{2}))?\\b");
    private static final Pattern ISO =
            Pattern.compile("\\b(?<year>(?:19|20)\\d{2})[-.](?<month>\\d{2})[-.](?<day>\\d{2})\\b");
    private static final Pattern RELATIVE = Pattern.compile(
            "\\b(?:(?<yesterday>yesterday)|(?<today>today)"
                    + "|(?<last>last)\\s+(?<lastday>" + WEEKDAYS + ")|(?:on|since)\\s+(?<onday>" + WEEKDAYS + ")"
                    + "|(?<n>two|three|four|five|\\d+)\\s+days\\s+(?<dir>earlier|later|before|ago)"
                    + "|(?<same>the same day))\\b",
            Pattern.CASE_INSENSITIVE);

    private final Gazetteer gazetteer;

    MentionFinder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    List<Mention> find(String text, Optional<LocalDate> published) {
        List<Mention> out = new ArrayList<>();
        money(text, out);
        percents(text, out);
        dates(text, published, out);
        List<Mention> organisations = new ArrayList<>();
        Matcher org = gazetteer.organisationPattern().matcher(text);
        while (org.find()) {
            if (free(out, org.start(), org.end())) {
                organisations.add(new Mention(
                        MentionKind.ORGANISATION,
                        org.start(),
                        org.end(),
                        org.group(),
                        gazetteer.organisationOf(org.group())));
            }
        }
        out.addAll(organisations);
        Matcher country = gazetteer.countryPattern().matcher(text);
        while (country.find()) {
            if (free(out, country.start(), country.end())) {
                out.add(new Mention(
                        MentionKind.COUNTRY,
                        country.start(),
                        country.end(),
                        country.group(),
                        gazetteer.countryOf(country.group())));
            }
        }
        Matcher mineral = gazetteer.mineralPattern().matcher(text);
        while (mineral.find()) {
            String surface = mineral.group();
            if (surface.equals("lead")
                    || surface.equals("Lead")
                    || surface.equalsIgnoreCase("tin")
                    || surface.equalsIgnoreCase("gold")) {
                if (!inList(text, mineral.start(), mineral.end())) {
                    continue;
                }
            }
            if (surface.equals("REE") || surface.equals("REEs") || !surface.equals(surface.toUpperCase(Locale.ROOT))) {
                out.add(new Mention(
                        MentionKind.MINERAL,
                        mineral.start(),
                        mineral.end(),
                        surface,
                        gazetteer.mineralOf(surface).name()));
            }
        }
        out.sort(Comparator.comparingInt(Mention::start).thenComparing(Mention::kind));
        return List.copyOf(out);
    }

    /** A word like "lead" counts as a mineral only inside a list ("boron, copper, lead, ..."). */
    private static boolean inList(String text, int start, int end) {
        String before = text.substring(Math.max(0, start - 2), start);
        String after = text.substring(end, Math.min(text.length(), end + 1));
        return before.endsWith(", ")
                || after.equals(",")
                || text.substring(Math.max(0, start - 4), start).equals("and ");
    }

    private static boolean free(List<Mention> taken, int start, int end) {
        for (Mention m : taken) {
            if (m.overlaps(start, end)) {
                return false;
            }
        }
        return true;
    }

    private static void money(String text, List<Mention> out) {
        Matcher m = MONEY.matcher(text);
        while (m.find()) {
            String cur = m.group("cur").toUpperCase(Locale.ROOT);
            String currency = switch (cur) {
                case "US$", "USD", "$" -> "USD";
                case "A$", "AU$", "AUD" -> "AUD";
                case "C$", "CAD" -> "CAD";
                case "EUR", "€" -> "EUR";
                case "£" -> "GBP";
                default -> "USD";
            };
            double value = Double.parseDouble(m.group("num").replace(",", ""));
            String mult = m.group("mult") == null ? "" : m.group("mult").toLowerCase(Locale.ROOT);
            value *= switch (mult) {
                case "trillion", "tn" -> 1e12;
                case "billion", "bn", "b" -> 1e9;
                case "million", "mn", "m" -> 1e6;
                default -> 1;
            };
            if (value <= 0) {
                continue;
            }
            String qual = m.group("qual") == null ? "" : m.group("qual").strip().toLowerCase(Locale.ROOT);
            String qualifier = switch (qual) {
                case "up to" -> "up-to";
                case "more than", "over", "at least" -> "at-least";
                case "" -> "exact";
                default -> "about";
            };
            out.add(new Mention(
                    MentionKind.MONEY,
                    m.start(),
                    m.end(),
                    m.group(),
                    currency + " " + BigDecimalText.of(value) + " " + qualifier));
        }
    }

    private static void percents(String text, List<Mention> out) {
        Matcher m = PERCENT.matcher(text);
        while (m.find()) {
            if (free(out, m.start(), m.end())) {
                out.add(new Mention(MentionKind.PERCENT, m.start(), m.end(), m.group(), m.group("num")));
            }
        }
    }

    private static void dates(String text, Optional<LocalDate> published, List<Mention> out) {
        List<Mention> found = new ArrayList<>();
        for (Pattern p : List.of(ISO, MONTH_DAY_YEAR, DAY_MONTH_YEAR)) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                if (!free(found, m.start(), m.end())) {
                    continue;
                }
                Optional<LocalDate> date = absolute(m, published);
                found.add(new Mention(
                        MentionKind.DATE,
                        m.start(),
                        m.end(),
                        m.group(),
                        date.map(LocalDate::toString).orElse("")));
            }
        }
        found.sort(Comparator.comparingInt(Mention::start));
        Matcher r = RELATIVE.matcher(text);
        List<Mention> relative = new ArrayList<>();
        while (r.find()) {
            if (free(found, r.start(), r.end())) {
                relative.add(new Mention(MentionKind.DATE, r.start(), r.end(), r.group(), ""));
            }
        }
        List<Mention> all = new ArrayList<>(found);
        all.addAll(relative);
        all.sort(Comparator.comparingInt(Mention::start));
        LocalDate anchor = null;
        for (Mention m : all) {
            String key = m.key();
            if (key.isEmpty() && relative.contains(m)) {
                Optional<LocalDate> resolved = relative(m.surface(), published, anchor);
                key = resolved.map(LocalDate::toString).orElse("");
            }
            out.add(new Mention(MentionKind.DATE, m.start(), m.end(), m.surface(), key));
            if (!key.isEmpty()) {
                anchor = LocalDate.parse(key);
            }
        }
    }

    private static Optional<LocalDate> absolute(Matcher m, Optional<LocalDate> published) {
        try {
            int day = Integer.parseInt(m.group("day"));
            String monthText = m.group("month");
            int month = monthText.chars().allMatch(Character::isDigit) ? Integer.parseInt(monthText) : month(monthText);
            String yearText = m.group("year");
            if (yearText != null) {
                return Optional.of(LocalDate.of(Integer.parseInt(yearText), month, day));
            }
            if (published.isEmpty()) {
                return Optional.empty();
            }
            LocalDate date = LocalDate.of(published.get().getYear(), month, day);
            if (date.isAfter(published.get().plusMonths(3))) {
                date = date.minusYears(1);
            }
            return Optional.of(date);
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static int month(String text) {
        String prefix = text.substring(0, 3).toLowerCase(Locale.ROOT);
        for (Month month : Month.values()) {
            if (month.getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                    .toLowerCase(Locale.ROOT)
                    .startsWith(prefix)) {
                return month.getValue();
            }
        }
        throw new NumberFormatException(text);
    }

    private static final Map<String, Integer> NUMBERS = Map.of("two", 2, "three", 3, "four", 4, "five", 5);

    private static Optional<LocalDate> relative(String surface, Optional<LocalDate> published, LocalDate anchor) {
        Matcher m = RELATIVE.matcher(surface);
        if (!m.matches()) {
            return Optional.empty();
        }
        if (m.group("same") != null || (m.group("n") != null && !m.group("dir").equalsIgnoreCase("ago"))) {
            if (anchor == null) {
                return Optional.empty();
            }
            if (m.group("same") != null) {
                return Optional.of(anchor);
            }
            String n = m.group("n").toLowerCase(Locale.ROOT);
            int days = NUMBERS.getOrDefault(n, n.chars().allMatch(Character::isDigit) ? Integer.parseInt(n) : 0);
            String dir = m.group("dir").toLowerCase(Locale.ROOT);
            return Optional.of(dir.equals("later") ? anchor.plusDays(days) : anchor.minusDays(days));
        }
        if (published.isEmpty()) {
            return Optional.empty();
        }
        LocalDate pub = published.get();
        if (m.group("yesterday") != null) {
            return Optional.of(pub.minusDays(1));
        }
        if (m.group("today") != null) {
            return Optional.of(pub);
        }
        if (m.group("n") != null) {
            String n = m.group("n").toLowerCase(Locale.ROOT);
            int days = NUMBERS.getOrDefault(n, n.chars().allMatch(Character::isDigit) ? Integer.parseInt(n) : 0);
            return Optional.of(pub.minusDays(days));
        }
        String dayName = m.group("lastday") != null ? m.group("lastday") : m.group("onday");
        DayOfWeek day = DayOfWeek.valueOf(dayName.toUpperCase(Locale.ROOT));
        LocalDate date = m.group("lastday") != null ? pub.minusDays(1) : pub;
        while (date.getDayOfWeek() != day) {
            date = date.minusDays(1);
        }
        return Optional.of(date);
    }
}
