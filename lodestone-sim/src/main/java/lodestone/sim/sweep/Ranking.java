package lodestone.sim.sweep;

import java.util.Comparator;
import java.util.Locale;

/** What a sweep ranks by; ties are broken by mineral, supplier and severity so the order is total. */
public enum Ranking {
    /** The 95th percentile of the cumulative shortfall: the bad year, not the average one. */
    P95,
    /** The probability that some buyers have to stop. */
    STOP,
    /** The expected (mean) cumulative shortfall. */
    MEAN;

    /** @return worst first */
    Comparator<SweepRow> order() {
        Comparator<SweepRow> primary = switch (this) {
            case P95 ->
                Comparator.comparingDouble(SweepRow::cumulativeP95).thenComparingDouble(SweepRow::expectedShortfall);
            case STOP ->
                Comparator.comparingDouble(SweepRow::probabilityOfStop).thenComparingDouble(SweepRow::cumulativeP95);
            case MEAN -> Comparator.comparingDouble(SweepRow::expectedShortfall);
        };
        return primary.reversed()
                .thenComparing(row -> row.cell().mineral())
                .thenComparing(row -> row.cell().supplier())
                .thenComparingDouble(row -> row.cell().severity());
    }

    /**
     * @param text p95, stop or mean (case-insensitive)
     * @return the ranking
     * @throws IllegalArgumentException for anything else
     */
    public static Ranking parse(String text) {
        try {
            return valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("ranking (" + text + ") must be one of p95, stop, mean.", e);
        }
    }
}
