package lodestone.model.geo;

import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Where an observation applies: one country, the world, the remainder a source reports as "Other countries", or a
 * group of countries a source reports as one figure (USGS: "United States and Canada").
 */
public sealed interface Area
        permits Area.CountryArea, Area.World, Area.OtherCountries, Area.CountryGroup, Area.EuropeanUnion {

    /** @return the stable text form: {@code CN}, {@code WORLD}, {@code OTHER} or {@code CA+US} */
    String code();

    /** @return true for a single country */
    default boolean isCountry() {
        return this instanceof CountryArea;
    }

    static Area country(CountryCode code) {
        return new CountryArea(code);
    }

    static Area world() {
        return World.INSTANCE;
    }

    static Area otherCountries() {
        return OtherCountries.INSTANCE;
    }

    /**
     * Parses the text form written by {@link #code()}.
     *
     * @param code the text form
     * @return the area
     * @throws IllegalArgumentException if the text is not an area code
     */
    static Area parse(String code) {
        Objects.requireNonNull(code, "code");
        if (code.equals("WORLD")) {
            return World.INSTANCE;
        }
        if (code.equals("EU")) {
            return EuropeanUnion.INSTANCE;
        }
        if (code.equals("OTHER")) {
            return OtherCountries.INSTANCE;
        }
        if (code.contains("+")) {
            Set<CountryCode> members = new TreeSet<>();
            for (String part : code.split("\\+", -1)) {
                members.add(CountryCode.of(part));
            }
            return new CountryGroup(members);
        }
        return new CountryArea(CountryCode.of(code));
    }

    /** @param country the country */
    record CountryArea(CountryCode country) implements Area {
        @Override
        public String code() {
            return country.value();
        }
    }

    /** The world total. */
    enum World implements Area {
        INSTANCE;

        @Override
        public String code() {
            return "WORLD";
        }
    }

    /** The European Union as a whole, e.g. the perspective of the EU criticality assessment. */
    enum EuropeanUnion implements Area {
        INSTANCE;

        @Override
        public String code() {
            return "EU";
        }
    }

    /** The remainder a source reports as one line ("Other countries"): not one producer. */
    enum OtherCountries implements Area {
        INSTANCE;

        @Override
        public String code() {
            return "OTHER";
        }
    }

    /** @param members the countries reported together, at least two */
    record CountryGroup(Set<CountryCode> members) implements Area {
        public CountryGroup {
            members = Set.copyOf(new TreeSet<>(members));
            if (members.size() < 2) {
                throw new IllegalArgumentException("a country group needs at least two members, got " + members + ".");
            }
        }

        @Override
        public String code() {
            return members.stream().sorted().map(CountryCode::value).collect(Collectors.joining("+"));
        }
    }
}
