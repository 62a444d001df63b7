package lodestone.model.geo;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import lodestone.model.mineral.MineralCatalogue;

/**
 * The ISO 3166-1 countries, with English names from the JDK's locale data, and the aliases that sources use
 * ("Burma", "Congo (Kinshasa)", "Korea, Republic of", "Russia " with a trailing space, ...). Immutable.
 */
public final class Countries {
    private final Map<CountryCode, Country> byCode;
    private final Map<String, Country> byAlpha3;
    private final Map<String, Country> byName;

    private Countries(Map<CountryCode, Country> byCode, Map<String, Country> byAlpha3, Map<String, Country> byName) {
        this.byCode = byCode;
        this.byAlpha3 = byAlpha3;
        this.byName = byName;
    }

    /**
     * The ISO countries known to the JDK, plus Kosovo ({@code XK}/{@code XKX}), with names as given by
     * {@code names} overriding the JDK's where present.
     *
     * @param names preferred English names by alpha-2 code (may be empty)
     * @param aliases extra names by alpha-2 code: the names sources write
     * @return the registry
     * @throws IllegalArgumentException if an alias names an unknown code or two codes share a name
     */
    public static Countries withAliases(Map<String, String> names, Map<String, List<String>> aliases) {
        Map<CountryCode, Country> byCode = new TreeMap<>();
        for (String alpha2 : Locale.getISOCountries()) {
            Locale locale = new Locale("", alpha2);
            String name = names.getOrDefault(alpha2, locale.getDisplayCountry(Locale.ENGLISH));
            byCode.put(CountryCode.of(alpha2), new Country(CountryCode.of(alpha2), locale.getISO3Country(), name));
        }
        byCode.put(CountryCode.of("XK"), new Country(CountryCode.of("XK"), "XKX", names.getOrDefault("XK", "Kosovo")));
        Map<String, Country> byAlpha3 = new HashMap<>();
        Map<String, Country> byName = new HashMap<>();
        for (Country country : byCode.values()) {
            byAlpha3.put(country.alpha3(), country);
            index(byName, country.name(), country);
            String jdkName = new Locale("", country.code().value()).getDisplayCountry(Locale.ENGLISH);
            index(byName, jdkName, country);
            if (jdkName.contains("&")) {
                index(byName, jdkName.replace("&", "and"), country);
            }
        }
        aliases.forEach((alpha2, list) -> {
            Country country = byCode.get(CountryCode.of(alpha2));
            if (country == null) {
                throw new IllegalArgumentException("alias country code (" + alpha2 + ") is not an ISO 3166-1 code.");
            }
            list.forEach(alias -> index(byName, alias, country));
        });
        return new Countries(Map.copyOf(byCode), Map.copyOf(byAlpha3), Map.copyOf(byName));
    }

    private static void index(Map<String, Country> byName, String name, Country country) {
        Country previous = byName.put(MineralCatalogue.normalise(name), country);
        if (previous != null && !previous.equals(country)) {
            throw new IllegalArgumentException(
                    "country name (" + name + ") is used by both " + previous.code() + " and " + country.code() + ".");
        }
    }

    /** @return the country with this alpha-2 code */
    public Optional<Country> get(CountryCode code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /**
     * @return the country with this alpha-2 code
     * @throws IllegalArgumentException if the code is unknown
     */
    public Country require(CountryCode code) {
        return get(code)
                .orElseThrow(() -> new IllegalArgumentException(
                        "country code (" + code + ") is not an ISO 3166-1 alpha-2 code known to Lodestone."));
    }

    /** @return the country with this alpha-3 code */
    public Optional<Country> byAlpha3(String alpha3) {
        return Optional.ofNullable(byAlpha3.get(alpha3.trim().toUpperCase(Locale.ROOT)));
    }

    /**
     * Resolves a name as a source writes it: the ISO name, an alias, or an alpha-2/alpha-3 code. Whitespace and
     * case are ignored.
     *
     * @param text the name
     * @return the country, if known
     */
    public Optional<Country> resolve(String text) {
        String key = MineralCatalogue.normalise(text);
        Country country = byName.get(key);
        if (country != null) {
            return Optional.of(country);
        }
        String upper = key.toUpperCase(Locale.ROOT);
        if (upper.matches("[A-Z]{2}")) {
            return get(CountryCode.of(upper));
        }
        if (upper.matches("[A-Z]{3}")) {
            return byAlpha3(upper);
        }
        return Optional.empty();
    }

    /**
     * @return every name and alias the registry resolves (its own names, the JDK's, the sources' aliases), as
     *     {@link MineralCatalogue#normalise(String) normalised} keys, with the country each denotes
     */
    public Map<String, Country> names() {
        return byName;
    }

    /** @return every country, ordered by alpha-2 code */
    public List<Country> all() {
        return List.copyOf(new TreeMap<>(byCode).values());
    }
}
