package lodestone.model.agreement;

import java.util.Objects;
import java.util.Optional;
import lodestone.model.Guards;
import lodestone.model.provenance.SourceId;

/**
 * An amount of money an agreement names.
 *
 * @param amount the amount, in units of {@code currency}, positive
 * @param currency ISO 4217 code, e.g. USD, AUD
 * @param qualifier exact, up to, at least, about
 * @param purpose what the amount is: money committed, an investment, a conditional offer, a pipeline value
 * @param payer who pays, as the source says it
 * @param pressOnly true if only the press reports this figure (no official text found)
 * @param source the source of the figure, if one was found (press-only figures may have none)
 * @param note context, e.g. "within six months, towards a USD 8.5bn pipeline"
 */
public record Money(
        double amount,
        String currency,
        MoneyQualifier qualifier,
        MoneyPurpose purpose,
        String payer,
        boolean pressOnly,
        Optional<SourceId> source,
        String note) {
    public Money {
        if (!(amount > 0) || Double.isInfinite(amount)) {
            throw new IllegalArgumentException("amount (" + amount + ") must be a positive finite number.");
        }
        Guards.requireText(currency, "currency");
        if (!currency.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("currency (" + currency + ") must be an ISO 4217 code such as USD.");
        }
        Objects.requireNonNull(qualifier, "qualifier");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(payer, "payer");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(note, "note");
        if (source.isEmpty() && !pressOnly) {
            throw new IllegalArgumentException(
                    "an amount of " + amount + " " + currency + " without a source must be marked press-only.");
        }
    }
}
