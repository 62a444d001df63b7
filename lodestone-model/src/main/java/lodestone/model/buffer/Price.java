package lodestone.model.buffer;

import java.util.Objects;
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
        if (!(amount > 0) || Double.isInfinite(amount)) {
            throw new IllegalArgumentException("price (" + amount + ") must be a positive finite number.");
        }
        Guards.requireText(currency, "currency");
        if (!currency.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("currency (" + currency + ") must be an ISO 4217 code such as USD.");
        }
        Objects.requireNonNull(perMass, "perMass");
        if (perMass.dimension() != Dimension.MASS) {
            throw new IllegalArgumentException("a price must be per unit of mass, not per " + perMass + ".");
        }
        Guards.requireText(product, "product");
        Objects.requireNonNull(source, "source");
        if (source.isEmpty() && !pressOnly) {
            throw new IllegalArgumentException(
                    "a price of " + amount + " " + currency + " without a source must be marked press-only.");
        }
    }

    /** @return the amount per kilogram, in {@link #currency()} */
    public double perKilogram() {
        return amount / perMass.convert(1.0, Unit.KILOGRAM);
    }

    /** @return e.g. "110 USD/kg NdPr oxide" */
    public String label() {
        String number = amount == Math.rint(amount) ? Long.toString((long) amount) : Double.toString(amount);
        return number + " " + currency + "/" + perMass.symbol() + " " + product + (pressOnly ? " [press only]" : "");
    }
}
