package lodestone.store.reference;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lodestone.model.geo.Area;
import lodestone.model.geo.Countries;
import lodestone.model.geo.Country;
import lodestone.model.geo.CountryCode;
import lodestone.store.importing.ImportReport;

/**
 * Turns the country cells of official tables into areas. Handles the quirks of the bundled sources: trailing spaces
 * and no-break spaces, footnote digits glued to names ("China3"), qualifiers in parentheses ("Brazil (beneficiated)"),
 * world-total and other-countries lines with their own qualifiers, and combined lines ("United States and Canada",
 * "China, Germany, and Russia").
 */
public final class AreaNames {
    private static final Pattern QUALIFIED = Pattern.compile("(.+?)\\s*\\((.+)\\)\\s*");
    private final Countries countries;

    public AreaNames(Countries countries) {
        this.countries = Objects.requireNonNull(countries, "countries");
    }

    /**
     * An area with the qualifier the source attached to its name.
     *
     * @param area the area
     * @param qualifier the qualifier, e.g. "beneficiated" or "rounded", or ""
     */
    public record Resolved(Area area, String qualifier) {}

    /**
     * Resolves a country cell of a table, reporting an unknown name against its row.
     *
     * @param text the cell as written; the value the error shows
     * @param file the file, for messages
     * @param line the row's line
     * @param field the column holding the name
     * @param report receives an error if the name is not known
     * @return the area, or empty (with the error reported)
     */
    public Optional<Resolved> resolve(String text, String file, long line, String field, ImportReport report) {
        Optional<Resolved> area = resolve(text);
        if (area.isEmpty()) {
            report.error(file, line, field, text, "unknown country; add the name as an alias in countries.yaml");
        }
        return area;
    }

    /**
     * @param text the cell as written
     * @return the area, or empty if the name is not known
     */
    public Optional<Resolved> resolve(String text) {
        String name = clean(text);
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.startsWith("world total")) {
            return Optional.of(new Resolved(Area.world(), qualifierAfter(name, "world total".length())));
        }
        if (lower.startsWith("other countries")) {
            return Optional.of(new Resolved(Area.otherCountries(), qualifierAfter(name, "other countries".length())));
        }
        if (lower.equals("european union") || lower.equals("eu") || lower.equals("eu-27")) {
            return Optional.of(new Resolved(Area.EuropeanUnion.INSTANCE, ""));
        }
        Optional<Country> direct = countries.resolve(name);
        if (direct.isPresent()) {
            return Optional.of(new Resolved(Area.country(direct.get().code()), ""));
        }
        Matcher qualified = QUALIFIED.matcher(name);
        if (qualified.matches()) {
            Optional<Resolved> base = resolve(qualified.group(1));
            if (base.isPresent()) {
                return Optional.of(
                        new Resolved(base.get().area(), qualified.group(2).trim()));
            }
        }
        if (lower.contains(" and ")) {
            Set<CountryCode> members = new TreeSet<>();
            for (String part : name.split("(?i)\\s*,\\s*(?:and\\s+)?|\\s+and\\s+", -1)) {
                Optional<Country> member = countries.resolve(part);
                if (member.isEmpty()) {
                    return Optional.empty();
                }
                members.add(member.get().code());
            }
            return Optional.of(new Resolved(new Area.CountryGroup(members), ""));
        }
        return Optional.empty();
    }

    private static String qualifierAfter(String name, int length) {
        return name.substring(length)
                .replaceAll("[()]", "")
                .replaceAll("^[\\s,]+|[\\s,0-9]+$", "")
                .trim();
    }

    /**
     * @param text a country cell
     * @return the name with no-break spaces as spaces, outer whitespace removed and footnote digits stripped
     */
    public static String clean(String text) {
        return text.replace('\u00a0', ' ')
                .trim()
                .replaceAll("(?<=[A-Za-z)])\\d+$", "")
                .trim();
    }
}
