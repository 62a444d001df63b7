package lodestone.sim.scenario;

import java.time.YearMonth;
import java.util.Optional;

/**
 * The issuer's stocks of the covered product made or mined before the measure stopped its flow, and the terms on
 * which they may leave while the measure stands (a stockpile release): ore mined before a ban on mining and processed
 * later, or concentrate an exporter holds when its licence is suspended. They ship against the orders the measure
 * refuses, from the month {@code from}, at most {@code maxPerMonth} of the pre-measure pace a month, until they run
 * out. Units: months of the issuer's pre-measure exports of the covered product (its pace is 1 a month).
 *
 * @param months how much is held when the measure takes effect, drawn once per path (months of the pre-measure pace,
 *     within [0, 120]); {@code fixed(0)} for none
 * @param from the first month the stocks may leave; empty for the start month (the measure stops new output only)
 * @param maxPerMonth the most that leaves in a month, in months of the pre-measure pace, within (0, 24]: what the
 *     holders can process and ship
 */
public record IssuerStocks(Distribution months, Optional<YearMonth> from, double maxPerMonth) {
    /** No stocks leave: every earlier scenario. */
    public static final IssuerStocks NONE = new IssuerStocks(Distribution.fixed(0), Optional.empty(), 1);

    public IssuerStocks {
        if (months.min() < 0 || months.max() > 120 || !(maxPerMonth > 0 && maxPerMonth <= 24)) {
            throw new IllegalArgumentException("issuer stocks (" + months.describe() + " months, at most " + maxPerMonth
                    + " a month) must hold [0, 120] months and release (0, 24] months a month.");
        }
    }

    /** @return whether any stock can leave on some path */
    public boolean held() {
        return months.max() > 0;
    }
}
