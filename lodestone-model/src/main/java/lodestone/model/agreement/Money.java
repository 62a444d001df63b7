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
        Guards.requirePositive(amount, "amount");
        Guards.requireCurrency(currency);
        Objects.requireNonNull(qualifier, "qualifier");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(payer, "payer");
        Objects.requireNonNull(note, "note");
        Guards.requireSourceOrPressOnly(source, pressOnly, "an amount of " + amount + " " + currency);
    }
}
