package lodestone.sim.engine;

import java.util.Locale;
import java.util.Optional;

/**
 * The monthly quantities the engine reports for each market, with their units. Every path records each of them every
 * month, so that order statistics across paths can be taken month by month.
 */
public enum Series {
    /** What the perspective country's buyers do not receive and cannot draw from stock. */
    SHORTFALL(0, "shortfall", "fraction of the perspective's baseline monthly demand"),
    /** The issuer's recorded exports of the product to every destination. */
    EXPORTS(1, "exports", "index, 1 = the issuer's baseline monthly exports of the product"),
    /** The issuer's direct exports to the perspective country. */
    EXPORTS_TO_PERSPECTIVE(2, "exportsToPerspective", "index, 1 = the baseline direct exports to the perspective"),
    /** Everything the perspective country's buyers receive: direct, transshipped, from others and partners. */
    RECEIPTS(3, "receipts", "index, 1 = the perspective's baseline monthly supply"),
    /** The price in the issuer's home market. */
    PRICE_INSIDE(4, "priceInside", "index, 1 = the issuer's home price before the announcement"),
    /** The marginal (spot) price outside the issuer. */
    PRICE_OUTSIDE(5, "priceOutside", "index, 1 = the outside spot price before the announcement"),
    /** The average price the perspective country's buyers pay, weighted by volume. */
    PRICE_REALISED(6, "priceRealised", "index, 1 = the perspective's average price before the announcement");

    private final int slot;
    private final String id;
    private final String unit;

    Series(int slot, String id, String unit) {
        this.slot = slot;
        this.id = id;
        this.unit = unit;
    }

    /** @return the series' position in the engine's arrays (0 … 6, in declaration order) */
    int slot() {
        return slot;
    }

    /** @return the id used in files and output columns (camel case) */
    public String id() {
        return id;
    }

    /** @return the unit, in words */
    public String unit() {
        return unit;
    }

    /** @return whether the series is a price index */
    public boolean isPrice() {
        return this == PRICE_INSIDE || this == PRICE_OUTSIDE || this == PRICE_REALISED;
    }

    /**
     * @param id an id such as {@code priceOutside} (case-insensitive)
     * @return the series, if there is one
     */
    public static Optional<Series> find(String id) {
        for (Series series : values()) {
            if (series.id.toLowerCase(Locale.ROOT).equals(id.toLowerCase(Locale.ROOT))) {
                return Optional.of(series);
            }
        }
        return Optional.empty();
    }
}
