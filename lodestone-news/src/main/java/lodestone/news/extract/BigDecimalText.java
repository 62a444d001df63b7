package lodestone.news.extract;

import java.math.BigDecimal;

/** Plain decimal text for amounts ("400000000", "1.5"), never scientific notation. */
final class BigDecimalText {
    private BigDecimalText() {}

    static String of(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
