package lodestone.model.agreement;

import java.util.Optional;
import lodestone.model.geo.CountryCode;

/**
 * A party to an agreement: a country (its government), or an organisation with the country it is based in.
 *
 * @param country the country, if stated
 * @param organisation the organisation's name, when the party is not a government
 */
public record Party(Optional<CountryCode> country, Optional<String> organisation) {
    public Party {
        if (country.isEmpty() && organisation.isEmpty()) {
            throw new IllegalArgumentException("a party needs a country or an organisation.");
        }
    }

    /** @return a display label, e.g. "US" or "Tau-Ken Samruk (KZ)" */
    public String label() {
        return organisation
                .map(name -> name + country.map(c -> " (" + c + ")").orElse(""))
                .orElseGet(() -> country.orElseThrow().value());
    }
}
