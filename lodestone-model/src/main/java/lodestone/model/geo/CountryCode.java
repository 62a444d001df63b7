package lodestone.model.geo;

import java.util.Objects;
import java.util.regex.Pattern;
import lodestone.model.Identifier;

/**
 * An ISO 3166-1 alpha-2 country code such as {@code CN} or {@code US} (plus the user-assigned {@code XK} for Kosovo,
 * as the World Bank and the EU use it).
 *
 * @param value two upper-case letters
 */
public record CountryCode(String value) implements Identifier<CountryCode> {
    private static final Pattern FORM = Pattern.compile("[A-Z]{2}");

    public CountryCode {
        Objects.requireNonNull(value, "value");
        if (!FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("country code (" + value + ") must be two upper-case letters (ISO 3166-1"
                    + " alpha-2).\nMaybe you meant " + value.trim().toUpperCase(java.util.Locale.ROOT) + ".");
        }
    }

    public static CountryCode of(String value) {
        return new CountryCode(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
