package lodestone.model.buffer;

import java.util.Optional;
import lodestone.model.Guards;
import lodestone.model.provenance.SourceId;
import lodestone.model.quantity.Dimension;
import lodestone.model.quantity.Unit;

/**
 * A price as a source states it: an amount of a currency per unit of mass of a stated product, nominal.
 *
 * @param amount the amount, positive, in units of {@code currency}
 * @param currency ISO 4217 code, e.g. USD
 * @param perMass the mass unit the price is per (kg, t, lb)
 * @param product what is priced, e.g. "NdPr oxide"
 * @param source the source of the figure, if found (a press-only figure may have none)
 * @param pressOnly true if only the press reports the figure
 */
public record Price(
        double amount, String currency, Unit perMass, String product, Optional<SourceId> source, boolean pressOnly) {
    public Price {
        Guards.requirePositive(amount, "price");
        Guards.requireCurrency(currency);
        if (perMass.dimension() != Dimension.MASS) {
            throw new IllegalArgumentException("a price must be per unit of mass, not per " + perMass + ".");
        }
        Guards.requireText(product, "product");
        Guards.requireSourceOrPressOnly(source, pressOnly, "a price of " + amount + " " + currency);
    }

    /** @return the amount per kilogram, in {@link #currency()} */
    public double perKilogram() {
        return amount / perMass.convert(1.0, Unit.KILOGRAM);
    }

    /** @return e.g. "110 USD/kg NdPr oxide" */
    public String label() {
        return Labels.number(amount) + " " + currency + "/" + perMass.symbol() + " " + product
                + (pressOnly ? " [press only]" : "");
    }
}
