package lodestone.risk.economic;

import lodestone.model.mineral.MineralId;
import lodestone.model.observation.Observation;

/**
 * The value of a perspective's apparent consumption of a mineral in one year: {@code tonnes × USD/kg × 1,000}.
 *
 * @param mineral the mineral
 * @param year the data year of both observations
 * @param consumption the consumption observation (tonnes)
 * @param price the price observation (US dollars per kilogram)
 * @param note what the series count and where their bases differ (from {@link MarketSeries#note()})
 */
public record MarketValue(MineralId mineral, int year, Observation consumption, Observation price, String note) {
    public MarketValue {
        if (!(consumption.valueOrNaN() >= 0) || !(price.valueOrNaN() >= 0)) {
            throw new IllegalArgumentException("consumption (" + consumption.raw() + ") and price (" + price.raw()
                    + ") of " + mineral + " " + year + " must be non-negative numbers.");
        }
    }

    /** @return the apparent consumption, tonnes */
    public double tonnes() {
        return consumption.valueOrNaN();
    }

    /** @return the unit price, US dollars per kilogram */
    public double usdPerKilogram() {
        return price.valueOrNaN();
    }

    /** @return the value of the consumption, US dollars of the data year */
    public double usd() {
        return tonnes() * 1000 * usdPerKilogram();
    }
}
