package lodestone.model.geo;

import lodestone.model.Guards;

/**
 * A country or territory with an ISO 3166-1 code.
 *
 * @param code ISO 3166-1 alpha-2 code
 * @param alpha3 ISO 3166-1 alpha-3 code, e.g. {@code CHN}
 * @param name English short name
 */
public record Country(CountryCode code, String alpha3, String name) {
    public Country {
        Guards.requireText(alpha3, "alpha3 of " + code);
        if (!alpha3.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException(
                    "alpha3 (" + alpha3 + ") of " + code + " must be three upper-case letters.");
        }
        Guards.requireText(name, "name of " + code);
    }
}
