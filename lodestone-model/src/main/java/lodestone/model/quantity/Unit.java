package lodestone.model.quantity;

import java.util.Objects;

/**
 * Units that the sources use, each with its dimension and its factor to the canonical unit of that dimension. The
 * canonical units are: tonne (mass), cubic metre (volume), square metre (area), one (count), fraction (ratio), US
 * dollar (money), US dollar per kilogram (price), and index points. Deliberately incomplete: add what a source needs.
 */
public enum Unit {
    TONNE(Dimension.MASS, 1, 1, "t"),
    KILOGRAM(Dimension.MASS, 1, 1e3, "kg"),
    GRAM(Dimension.MASS, 1, 1e6, "g"),
    THOUSAND_TONNES(Dimension.MASS, 1e3, 1, "kt"),
    MILLION_TONNES(Dimension.MASS, 1e6, 1, "Mt"),
    POUND(Dimension.MASS, 0.45359237, 1e3, "lb"),
    SHORT_TON(Dimension.MASS, 0.90718474, 1, "short ton"),
    TROY_OUNCE(Dimension.MASS, 31.1034768, 1e6, "troy oz"),
    CARAT(Dimension.MASS, 0.2, 1e6, "ct"),
    THOUSAND_CARATS(Dimension.MASS, 0.2, 1e3, "thousand ct"),
    MILLION_CARATS(Dimension.MASS, 0.2, 1, "million ct"),
    CUBIC_METRE(Dimension.VOLUME, 1, 1, "m³"),
    MILLION_CUBIC_METRES(Dimension.VOLUME, 1e6, 1, "million m³"),
    /** Million litres (USGS rare gases: neon, krypton, xenon), 1,000 m³. */
    MILLION_LITRES(Dimension.VOLUME, 1e3, 1, "million L"),
    SQUARE_METRE(Dimension.AREA, 1, 1, "m²"),
    MILLION_SQUARE_FEET(Dimension.AREA, 1e6 * 0.09290304, 1, "million ft²"),
    ONE(Dimension.COUNT, 1, 1, ""),
    FRACTION(Dimension.RATIO, 1, 1, ""),
    PERCENT(Dimension.RATIO, 1, 100, "%"),
    USD(Dimension.MONEY, 1, 1, "USD"),
    MILLION_USD(Dimension.MONEY, 1e6, 1, "million USD"),
    USD_PER_KILOGRAM(Dimension.PRICE_PER_MASS, 1, 1, "USD/kg"),
    USD_PER_GRAM(Dimension.PRICE_PER_MASS, 1e3, 1, "USD/g"),
    /** US dollars per 10 grams (USGS rubidium compounds, sold in 10-gram lots). */
    USD_PER_10_GRAMS(Dimension.PRICE_PER_MASS, 1e2, 1, "USD/10 g"),
    /** US dollars per 25 grams (USGS cesium formate, sold in 25-gram lots). */
    USD_PER_25_GRAMS(Dimension.PRICE_PER_MASS, 40, 1, "USD/25 g"),
    /** US dollars per 50 grams (USGS cesium compounds, sold in 50-gram lots). */
    USD_PER_50_GRAMS(Dimension.PRICE_PER_MASS, 20, 1, "USD/50 g"),
    USD_PER_TONNE(Dimension.PRICE_PER_MASS, 1, 1e3, "USD/t"),
    USD_PER_POUND(Dimension.PRICE_PER_MASS, 1, 0.45359237, "USD/lb"),
    US_CENTS_PER_POUND(Dimension.PRICE_PER_MASS, 1, 45.359237, "US cents/lb"),
    USD_PER_SHORT_TON(Dimension.PRICE_PER_MASS, 1, 907.18474, "USD/short ton"),
    USD_PER_TROY_OUNCE(Dimension.PRICE_PER_MASS, 1e3, 31.1034768, "USD/troy oz"),
    USD_PER_CARAT(Dimension.PRICE_PER_MASS, 1e3, 0.2, "USD/ct"),
    /** US dollars per metric ton unit (10 kg of the reference compound, e.g. WO3). */
    USD_PER_METRIC_TON_UNIT(Dimension.PRICE_PER_MASS, 1, 10, "USD/mtu"),
    INDEX_POINTS(Dimension.INDEX, 1, 1, "index"),
    /** A pure number: a score, a multiplier such as the EU trade variable t. */
    FACTOR(Dimension.DIMENSIONLESS, 1, 1, "");

    private final Dimension dimension;
    private final double multiplier;
    private final double divisor;
    private final String symbol;

    /** One of this unit is {@code multiplier / divisor} of the canonical unit (kept apart so 70 % is exactly 0.7). */
    Unit(Dimension dimension, double multiplier, double divisor, String symbol) {
        this.dimension = dimension;
        this.multiplier = multiplier;
        this.divisor = divisor;
        this.symbol = symbol;
    }

    /** @return the dimension */
    public Dimension dimension() {
        return dimension;
    }

    /** @return the short symbol for display, e.g. "kt" */
    public String symbol() {
        return symbol;
    }

    /** @return the canonical unit of this unit's dimension */
    public Unit canonical() {
        return switch (dimension) {
            case MASS -> TONNE;
            case VOLUME -> CUBIC_METRE;
            case AREA -> SQUARE_METRE;
            case COUNT -> ONE;
            case RATIO -> FRACTION;
            case MONEY -> USD;
            case PRICE_PER_MASS -> USD_PER_KILOGRAM;
            case INDEX -> INDEX_POINTS;
            case DIMENSIONLESS -> FACTOR;
        };
    }

    /**
     * Converts a value in this unit to another unit of the same dimension.
     *
     * @param value the value in this unit
     * @param target the target unit
     * @return the value in the target unit
     * @throws IllegalArgumentException if the dimensions differ
     */
    public double convert(double value, Unit target) {
        Objects.requireNonNull(target, "target");
        if (target.dimension != dimension) {
            throw new IllegalArgumentException(
                    "cannot convert " + this + " (" + dimension + ") to " + target + " (" + target.dimension + ").");
        }
        if (target == this) {
            return value;
        }
        return value * multiplier * target.divisor / (divisor * target.multiplier);
    }
}
