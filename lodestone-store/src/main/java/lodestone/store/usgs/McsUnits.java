package lodestone.store.usgs;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lodestone.model.quantity.Unit;

/**
 * The units the USGS Mineral Commodity Summaries write in words, in unit columns ({@code UNIT_MEAS}, {@code Unit}), in
 * the {@code _meta.xml} files and in notes and headers ("Reserves (thousand metric tons)", "(Reserve data is thousand
 * metric tons)", "Crude Ore, million metric tons"). USGS writes "ton" for the metric ton (MCS Appendix A), so "dollars
 * per ton" is read as dollars per metric ton.
 */
final class McsUnits {
    private static final Map<String, Unit> WORDS = Map.ofEntries(
            Map.entry("metric tons", Unit.TONNE),
            Map.entry("tons", Unit.TONNE),
            Map.entry("thousand metric tons", Unit.THOUSAND_TONNES),
            Map.entry("thousand metric dry tons", Unit.THOUSAND_TONNES),
            Map.entry("million metric tons", Unit.MILLION_TONNES),
            Map.entry("kilograms", Unit.KILOGRAM),
            Map.entry("thousand carats", Unit.THOUSAND_CARATS),
            Map.entry("thousands of carats", Unit.THOUSAND_CARATS),
            Map.entry("million carats", Unit.MILLION_CARATS),
            Map.entry("million cubic meters", Unit.MILLION_CUBIC_METRES),
            Map.entry("million square feet", Unit.MILLION_SQUARE_FEET),
            Map.entry("million liters", Unit.MILLION_LITRES),
            Map.entry("number", Unit.ONE),
            Map.entry("percent", Unit.PERCENT),
            Map.entry("percentage", Unit.PERCENT),
            Map.entry("index", Unit.INDEX_POINTS),
            Map.entry("million dollars", Unit.MILLION_USD),
            Map.entry("dollars per kilogram", Unit.USD_PER_KILOGRAM),
            Map.entry("dollars per metric ton", Unit.USD_PER_TONNE),
            Map.entry("dollars per ton", Unit.USD_PER_TONNE),
            Map.entry("dollars per short ton", Unit.USD_PER_SHORT_TON),
            Map.entry("dollars per pound", Unit.USD_PER_POUND),
            Map.entry("cents per pound", Unit.US_CENTS_PER_POUND),
            Map.entry("dollars per troy ounce", Unit.USD_PER_TROY_OUNCE),
            Map.entry("dollars per carat", Unit.USD_PER_CARAT),
            Map.entry("dollars per gram", Unit.USD_PER_GRAM),
            Map.entry("dollars per 10-grams", Unit.USD_PER_10_GRAMS),
            Map.entry("dollars per 10 grams", Unit.USD_PER_10_GRAMS),
            Map.entry("dollars per 25 grams", Unit.USD_PER_25_GRAMS),
            Map.entry("dollars per 50 grams", Unit.USD_PER_50_GRAMS),
            Map.entry("dollars per metric ton unit", Unit.USD_PER_METRIC_TON_UNIT),
            Map.entry("dollars per dry metric ton unit", Unit.USD_PER_METRIC_TON_UNIT));

    /** A mass unit stated in a note or header: "thousand metric tons", "(million metric tons)", "kilograms". */
    private static final Pattern STATED =
            Pattern.compile("(?i)\\b(thousand metric tons|million metric tons|metric tons|kilograms)\\b");

    private McsUnits() {}

    /**
     * @param text a unit in words, as a unit column or meta file writes it; whitespace and case are ignored, and a
     *     qualifier after the unit is dropped ("dollars per metric ton, gross weight", "thousand metric tons of K2O
     *     equivalent", "dollars per dry metric ton unit of tungsten trioxide")
     * @return the unit, if known
     */
    static Optional<Unit> parse(String text) {
        String key = text.replace('\u00a0', ' ').trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        Unit unit = WORDS.get(key);
        if (unit != null) {
            return Optional.of(unit);
        }
        String longest = "";
        for (String words : WORDS.keySet()) {
            if (words.length() > longest.length()
                    && key.startsWith(words)
                    && (key.length() == words.length() || " ,;(".indexOf(key.charAt(words.length())) >= 0)) {
                longest = words;
            }
        }
        return Optional.ofNullable(WORDS.get(longest));
    }

    /**
     * @param header a statistic's label such as "Wallboard products sold, million square feet" or "Price, average, ...,
     *     dollars per metric ton unit"
     * @return the unit the label names, if it names exactly one (the longest phrase wins where phrases overlap; the
     *     bare word "tons" is not taken as a unit)
     */
    static Optional<Unit> statedInHeader(String header) {
        String text = header.replace('\u00a0', ' ').toLowerCase(Locale.ROOT);
        boolean[] taken = new boolean[text.length()];
        Optional<Unit> found = Optional.empty();
        List<String> phrases = WORDS.keySet().stream()
                .filter(phrase -> !phrase.equals("tons"))
                .sorted(Comparator.comparingInt(String::length).reversed())
                .toList();
        for (String phrase : phrases) {
            Matcher matcher =
                    Pattern.compile("\\b" + Pattern.quote(phrase) + "\\b").matcher(text);
            while (matcher.find()) {
                if (taken[matcher.start()] || taken[matcher.end() - 1]) {
                    continue;
                }
                Arrays.fill(taken, matcher.start(), matcher.end(), true);
                Unit unit = java.util.Objects.requireNonNull(WORDS.get(phrase));
                if (found.isPresent() && found.get() != unit) {
                    return Optional.empty();
                }
                found = Optional.of(unit);
            }
        }
        return found;
    }

    /**
     * @param text a note or a header such as "Reserves (thousand metric tons)" or "(Reserve data is thousand metric
     *     tons)"
     * @return the mass unit the text states, if it states exactly one
     */
    static Optional<Unit> statedIn(String text) {
        Matcher matcher = STATED.matcher(text);
        Optional<Unit> found = Optional.empty();
        while (matcher.find()) {
            Optional<Unit> unit = parse(matcher.group(1));
            if (found.isPresent() && !found.equals(unit)) {
                return Optional.empty();
            }
            found = unit;
        }
        return found;
    }
}
