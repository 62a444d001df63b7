package lodestone.model.observation;

/**
 * A calendar year or a range of years (such as the 2020–2023 average that USGS uses for import sources).
 *
 * @param startYear first year, inclusive
 * @param endYear last year, inclusive
 */
public record Period(int startYear, int endYear) implements Comparable<Period> {
    public Period {
        if (startYear < 1800 || endYear > 2200 || endYear < startYear) {
            throw new IllegalArgumentException(
                    "period (" + startYear + "-" + endYear + ") must be ordered years between 1800 and 2200.");
        }
    }

    public static Period year(int year) {
        return new Period(year, year);
    }

    public static Period range(int startYear, int endYear) {
        return new Period(startYear, endYear);
    }

    /**
     * @param text "2024" or "2020-2023"
     * @return the period
     */
    public static Period parse(String text) {
        String[] parts = text.trim().split("-", -1);
        try {
            if (parts.length == 1) {
                return year(Integer.parseInt(parts[0]));
            }
            if (parts.length == 2) {
                return range(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
            }
        } catch (NumberFormatException e) {
            // fall through to the message below, which names the whole value
        }
        throw new IllegalArgumentException("period (" + text + ") must be a year or two years joined by '-'.");
    }

    /** @return true for a single year */
    public boolean isYear() {
        return startYear == endYear;
    }

    @Override
    public int compareTo(Period other) {
        int byEnd = Integer.compare(endYear, other.endYear);
        return byEnd != 0 ? byEnd : Integer.compare(startYear, other.startYear);
    }

    @Override
    public String toString() {
        return isYear() ? Integer.toString(startYear) : startYear + "-" + endYear;
    }
}
