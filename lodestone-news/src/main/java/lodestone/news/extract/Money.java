package lodestone.news.extract;

/**
 * An amount of money as stated in the text.
 *
 * @param amount the amount in {@code currency} units (not millions)
 * @param currency ISO 4217 code
 * @param qualifier {@code exact}, {@code up-to}, {@code at-least} or {@code about}
 * @param surface the text as written
 */
public record Money(double amount, String currency, String qualifier, String surface) {
    public Money {
        if (!(amount > 0)) {
            throw new IllegalArgumentException("amount (" + amount + ") must be positive.");
        }
    }

    /** @return whether the amount is in US dollars */
    public boolean isUsd() {
        return currency.equals("USD");
    }
}
