package lodestone.plan.option;

import lodestone.model.Guards;

/**
 * A stockpile at full level: {@code monthsOfCover} months of the perspective country's baseline demand, in place when
 * the disruption starts, released whenever there is a shortfall at up to {@code maxReleasePerMonth} until it is empty
 * (the release rule). A "60-day buffer" is two months of cover.
 *
 * @param monthsOfCover size, months of baseline demand (> 0)
 * @param maxReleasePerMonth release rate limit, a fraction of baseline monthly demand, in (0, 1]
 */
public record Reserve(Figure monthsOfCover, Figure maxReleasePerMonth) {
    public Reserve {
        if (!(monthsOfCover.value() > 0) || monthsOfCover.value() > 120) {
            throw new IllegalArgumentException(
                    "monthsOfCover (" + monthsOfCover.value() + ") must be within (0, 120] months of demand.");
        }
        if (!(maxReleasePerMonth.value() > 0) || maxReleasePerMonth.value() > 1) {
            throw new IllegalArgumentException("maxReleasePerMonth (" + maxReleasePerMonth.value()
                    + ") must be within (0, 1]: a fraction of monthly demand.");
        }
        Guards.requireFinite(monthsOfCover.value(), "monthsOfCover");
    }
}
