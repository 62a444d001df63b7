package lodestone.report.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import lodestone.model.agreement.Agreement;
import lodestone.model.geo.Countries;
import lodestone.model.geo.Country;
import lodestone.model.geo.CountryCode;
import lodestone.model.mineral.Mineral;
import lodestone.model.mineral.MineralCatalogue;
import lodestone.model.mineral.MineralId;
import lodestone.model.policy.TradeMeasure;

/**
 * Name indexes over the catalogues and policy records of a snapshot, with the curated aliases of one kind. Pure: the caller reads the
 * alias file ({@link #ALIASES}) and hands its text to {@link CuratedAlias#parse}.
 */
public final class Resolvers {
    /** The curated alias file, a classpath resource of this module. */
    public static final String ALIASES = "lodestone/report/resolve/aliases.tsv";

    private Resolvers() {}

    /**
     * @param catalogue the minerals
     * @param aliases the curated aliases; those of other kinds are ignored
     * @return an index of every mineral's id, name, symbol and source aliases, and the curated mineral aliases
     * @throws IllegalArgumentException if a curated alias names a mineral id not in the catalogue
     */
    public static NameIndex<Mineral> minerals(MineralCatalogue catalogue, List<CuratedAlias> aliases) {
        NameIndex.Builder<Mineral> builder = NameIndex.builder();
        for (Mineral mineral : catalogue.all()) {
            builder.name(mineral, mineral.id().value(), NameKind.ID);
            builder.name(mineral, mineral.name(), NameKind.NAME);
            mineral.symbol().ifPresent(symbol -> builder.name(mineral, symbol, NameKind.SYMBOL));
            mineral.aliases().stream().sorted().forEach(alias -> builder.name(mineral, alias, NameKind.SOURCE_NAME));
        }
        addAliases(builder, aliases, CuratedAlias.Kind.MINERAL, id -> catalogue.get(new MineralId(id)));
        return builder.build();
    }

    /**
     * @param countries the countries
     * @param aliases the curated aliases; those of other kinds are ignored
     * @return an index of every country's alpha-2 and alpha-3 code and every name the registry resolves, and the
     *     curated country aliases
     * @throws IllegalArgumentException if a curated alias names a code that is not a country
     */
    public static NameIndex<Country> countries(Countries countries, List<CuratedAlias> aliases) {
        NameIndex.Builder<Country> builder = NameIndex.builder();
        for (Country country : countries.all()) {
            builder.name(country, country.code().value(), NameKind.CODE);
            builder.name(country, country.alpha3(), NameKind.ALPHA3);
            builder.name(country, country.name(), NameKind.NAME);
        }
        countries.names().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> builder.name(e.getValue(), e.getKey(), NameKind.SOURCE_NAME));
        addAliases(
                builder,
                aliases,
                CuratedAlias.Kind.COUNTRY,
                code -> code.matches("[A-Z]{2}") ? countries.get(CountryCode.of(code)) : Optional.empty());
        return builder.build();
    }

    /**
     * @param measures the trade measures
     * @return an index of every measure's id and title
     */
    public static NameIndex<TradeMeasure> measures(List<TradeMeasure> measures) {
        NameIndex.Builder<TradeMeasure> builder = NameIndex.builder();
        for (TradeMeasure measure : measures) {
            builder.name(measure, measure.id(), NameKind.ID).name(measure, measure.title(), NameKind.TITLE);
        }
        return builder.build();
    }

    /**
     * @param agreements the agreements
     * @return an index of every agreement's id, title and the variants of its title
     */
    public static NameIndex<Agreement> agreements(List<Agreement> agreements) {
        NameIndex.Builder<Agreement> builder = NameIndex.builder();
        for (Agreement agreement : agreements) {
            builder.name(agreement, agreement.id(), NameKind.ID).name(agreement, agreement.title(), NameKind.TITLE);
            agreement.titleVariants().forEach(variant -> builder.name(agreement, variant, NameKind.TITLE_VARIANT));
        }
        return builder.build();
    }

    private static <T> void addAliases(
            NameIndex.Builder<T> builder,
            List<CuratedAlias> aliases,
            CuratedAlias.Kind kind,
            Function<String, Optional<T>> lookup) {
        for (CuratedAlias alias : aliases) {
            if (alias.kind() != kind) {
                continue;
            }
            try {
                List<T> values = new ArrayList<>();
                for (String id : alias.denotes()) {
                    values.add(lookup.apply(id)
                            .orElseThrow(() ->
                                    new IllegalArgumentException(kind.name().toLowerCase(Locale.ROOT) + " (" + id
                                            + ") of alias " + alias.alias() + " is not in the catalogue.")));
                }
                builder.alias(alias.alias(), values, alias.basis());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(ALIASES + " line " + alias.line() + ": " + e.getMessage(), e);
            }
        }
    }
}
