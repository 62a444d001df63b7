package lodestone.model.provenance;

import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One edition of a recurring publication, such as {@code mcs-2026}, the USGS Mineral Commodity Summaries published in
 * 2026 (data years 2021–2025). Editions of one series are ordered by year; a later edition revises the data years it
 * shares with an earlier one, and both are kept.
 *
 * @param series the publication series, lower-case letters and hyphens, e.g. {@code mcs}, {@code eu-crm}
 * @param year the edition year as the publisher names it (the publication year for USGS MCS, the assessment year for
 *     the EU CRM study), not the data year of its numbers
 */
public record Edition(String series, int year) implements Comparable<Edition> {
    private static final Pattern SERIES = Pattern.compile("[a-z]+(-[a-z]+)*");
    private static final Pattern ID = Pattern.compile("([a-z]+(?:-[a-z]+)*)-(\\d{4})");
    private static final Comparator<Edition> ORDER =
            Comparator.comparing(Edition::series).thenComparingInt(Edition::year);

    public Edition {
        if (!SERIES.matcher(series).matches()) {
            throw new IllegalArgumentException(
                    "edition series (" + series + ") must be lower-case letters joined by hyphens, e.g. mcs.");
        }
        if (year < 1900 || year > 2200) {
            throw new IllegalArgumentException(
                    "edition year (" + year + ") of " + series + " must be between 1900 and 2200.");
        }
    }

    /**
     * @param series the series
     * @param year the edition year
     * @return the edition
     */
    public static Edition of(String series, int year) {
        return new Edition(series, year);
    }

    /**
     * @param id an identifier written by {@link #id()}, e.g. {@code mcs-2025}
     * @return the edition
     * @throws IllegalArgumentException if the text is not a series and a four-digit year joined by a hyphen
     */
    public static Edition parse(String id) {
        Matcher matcher = ID.matcher(id.trim().toLowerCase(java.util.Locale.ROOT));
        if (!matcher.matches()) {
            throw new IllegalArgumentException("edition (" + id + ") must be a series and a year joined by a hyphen,"
                    + " e.g. mcs-2025 or mcs-2026.");
        }
        return new Edition(matcher.group(1), Integer.parseInt(matcher.group(2)));
    }

    /** @return the identifier, e.g. {@code mcs-2026} */
    public String id() {
        return series + "-" + year;
    }

    /** @return true if both editions belong to the same series */
    public boolean sameSeries(Edition other) {
        return series.equals(other.series);
    }

    @Override
    public int compareTo(Edition other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return id();
    }
}
