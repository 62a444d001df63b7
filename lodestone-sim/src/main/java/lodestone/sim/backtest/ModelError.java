package lodestone.sim.backtest;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Objects;
import lodestone.sim.engine.Series;

/**
 * The model's own error, as a discrepancy that widens its P10-P90 band into a predictive band (split and cross
 * conformal prediction: Vovk, Gammerman and Shafer 2005; Lei et al. 2018; Barber et al. 2021). The model band is the
 * spread of outcomes across paths, that is, of parameter uncertainty only; the discrepancy is what the back-test's
 * out-of-sample misses add to it.
 *
 * <p>On the log scale g(x) = ln(x + {@value #OFFSET}) a row's score is its distance outside the model band, 0 inside
 * ({@link #score}). For each class of series ({@link Kind}) the discrepancy is the conformal finite-sample quantile of
 * the scores, the ⌈0.8 (n + 1)⌉-th smallest of n ({@link #conformalQuantile}), and the predictive band moves each end
 * of the model band out by it on that scale ({@link #lower}, {@link #upper}). At least 80 % of the rows it was
 * estimated on then lie inside their predictive bands. The rule and its cross-validation are in
 * docs/methods/simulation.md ("Model error: predictive bands").
 *
 * @param priceDiscrepancy the discrepancy of price series (log units of value + 0.05; 0 leaves the band as it is,
 *     infinite when too few rows)
 * @param quantityDiscrepancy the discrepancy of every other series (the same units)
 * @param priceRows how many price rows it was estimated on
 * @param quantityRows how many other rows
 * @param estimatedOn the day it was estimated
 * @param rule how it was estimated, in words
 */
public record ModelError(
        double priceDiscrepancy,
        double quantityDiscrepancy,
        int priceRows,
        int quantityRows,
        LocalDate estimatedOn,
        String rule) {
    /** The offset of the log scale (index units): 5 % of the baseline, so that a zero observation scores finitely. */
    public static final double OFFSET = 0.05;

    /** The share of rows the predictive band is meant to hold (two-sided, P10-P90). */
    public static final double LEVEL = 0.8;

    /** How the shipped discrepancy is estimated, in words. */
    public static final String RULE = "conformal quantile ⌈0.8 (n + 1)⌉ of the log distance (ln(x + 0.05)) outside"
            + " P10-P90 of the development rows, prices and quantities apart, each row scored under the behaviour"
            + " chosen without its episode (docs/methods/simulation.md, Model error)";

    /**
     * The shipped model error, for the calibrated behaviour: estimated on 7 December 2026 on the 672 development rows
     * (the episodes' own rows and blind records 5 to 34's; 395 prices, 277 other), each scored under the behaviour
     * chosen without its episode (1,000 paths, seed 7), with the month split at the effective day and deadline stocking
     * and home landing in the grid, record 15's measure a tonnage quota, and the issuer's own output changing where an
     * episode states it from its sources (China's antimony in 2025, its tungsten quota; {@code IssuerOutput}) or from
     * plants announced before the cut-off (Zimbabwe's exempt lithium concentrators in 2023, the same values with them and
     * without: simulation.md, "Record 24 and the exempt output, together"), and the measure's term of the issuer's home
     * price at most the outside price's (simulation.md, "The home price cannot rise above the outside price by the
     * measure's doing"), and Yulin's magnesium cut of 2021 declared as a cut of output ({@code instrument: output}, in
     * sample since record 27 was read: simulation.md, "The output cut declared in cn-magnesium-2021"). Prices 0.068, a
     * factor of 1.07 on P90 + 0.05 and its inverse on P10 + 0.05; other series 0.585, a factor of 1.79. On the 610 rows
     * before records 32 to 34 (the twenty-seventh to twenty-ninth ex-ante episodes' outcome records: Yunnan's cut of
     * silicon output under "dual control" in September 2021, the unrest that halted New Caledonia's nickel in May 2024
     * and Indonesia's export duty on copper concentrate of January 2014; simulation.md, "Records 32, 33 and 34 join the
     * development rows") joined, prices got 0.071 and other series 0.555 (a factor of 1.74). With that cut stated as a
     * quota, on those rows, prices got 0.084 (a factor of 1.09) and other series 0.555. On the 544 rows before records 29 to 31 (the twenty-fourth to twenty-sixth ex-ante episodes'
     * outcome records: the US designation of Rusal in April 2018, Alphamin's halt at Bisie in March 2025 and the cyclone
     * that halted GEMCO's mining and exports in March 2024; simulation.md, "Records 29, 30 and 31 join the development
     * rows") joined, prices got 0.090 and other series 0.585 (a factor of 1.79). On the 482 rows before records 26 to 28
     * (the twenty-first to twenty-third ex-ante episodes' outcome records: Indonesia's tin export rule of August 2013,
     * Yulin's magnesium cut of September 2021 and the closing of the China-Myanmar border to rare-earth feed in July
     * 2021; simulation.md, "Records 26, 27 and 28 join the development rows") joined, prices got 0.087 and other series 0.533 (a factor of 1.70); without the bound, on
     * those rows, prices got 0.090 and other series 0.533. On the 468 rows before record 25 (the twentieth ex-ante
     * episode's outcome record, Malaysia's moratorium on bauxite mining
     * of January 2016) joined, prices got 0.087 and other series 0.585 (a factor of 1.79). On the 455 rows before
     * record 24 (the nineteenth ex-ante episode's outcome record, Indonesia's ban on exports of bauxite
     * of January 2014) joined, prices got 0.082 and other series 0.638 (a factor of 1.89). On the 446 rows before record
     * 23 (the eighteenth ex-ante episode's outcome record, Zimbabwe's ban on exports of
     * unprocessed lithium ore of December 2022) joined, prices got 0.066 and other series 0.555 (a factor of 1.74). On
     * the 429 rows before record 22 (the seventeenth ex-ante episode's outcome record, the seizure of Myanmar's
     * rare-earth mines in 2024) joined, prices got 0.066 and other series 0.585 (a factor of 1.79). On the 406 rows before
     * record 21 (the sixteenth ex-ante episode's outcome record, Guinea's mining-licence revocations of 2025) joined,
     * prices got 0.084 and other series 0.638 (a factor of 1.89). On the 387 rows before record 20 (the fifteenth
     * ex-ante episode's outcome record, Indonesia's tin halted by its mining work plans in 2024) joined, prices got
     * 0.119 and other series 0.638 with the issuer's output (0.125 and 0.638 without it). On the 367 rows before record
     * 19 (the fourteenth ex-ante episode's outcome record, the Philippines' 2017 mine closure orders) joined, prices
     * got 0.136 and other series 0.668 (a factor of 1.95) with the issuer's output, 0.141 and 0.668 without it. Every
     * row is scored against its
     * market's own price: records 13's and 17's refined nickel scored as a downstream product of the ore ({@link
     * DownstreamProduct}) would give prices 0.125 on the 367 rows without the issuer's output (0.145 on 347), measured
     * and not shipped. On the 347
     * rows before record 18 (the
     * thirteenth ex-ante episode's outcome record, Wa State's 2023 suspension of Myanmar's tin mining) joined, prices got
     * 0.151 and other series 0.555 (a factor of 1.74). On the 327 rows before record 17 (the
     * twelfth ex-ante episode's outcome record, Indonesia's 2014 nickel ore ban) joined, prices got 0.145 and other
     * series 0.555. On the 317 rows before record 16 (the
     * eleventh ex-ante episode's outcome record, Indonesia's 2023 bauxite ban) joined, prices got 0.154 and other
     * series 0.494 (a factor of 1.64). Before the quota (record 15's exports priced at the home price and cut as a
     * share of orders) prices got 0.178 and other series 0.439. On the 299 rows
     * before record 15 (the sixth ex-ante episode's outcome record, China's 2010 rare-earth export quota) joined,
     * prices got 0.154 and other series 0.439 (0.138 and 0.511 before the split and home landing). On the 285 rows
     * before
     * record 14 (the fifth ex-ante episode's outcome record, China's 2024 antimony licensing) joined, prices got 0.154
     * and other series 0.511 (0.176 and 0.511 with the grid before deadline stocking). On the 265 rows before record 13
     * (the fourth ex-ante
     * episode's outcome record, Indonesia's nickel ore ban) joined, prices got 0.173 and other series 0.491; on the 239
     * before record 12 (the first issuer other than China), 0.143 and 0.484, as on the 223 before record 11; on the 193
     * rows before record 10 (the first ex-ante episode's outcome record) joined, prices got none and other series
     * 0.495; on the 172 before records 8 and 9, none and 0.484 (0.0088 for prices until the home price followed the
     * outside one through imported feed); on the 123 rows before records 6 and 7, none and 0.471. {@code
     * CalibrationTest} re-derives it.
     */
    public static final ModelError SHIPPED =
            new ModelError(0.06849504549693392, 0.5849444977084292, 395, 277, LocalDate.of(2026, 12, 7), RULE);

    /** No model error: the predictive band is the model band. */
    public static final ModelError NONE = new ModelError(0, 0, 0, 0, LocalDate.of(2026, 12, 4), "none");

    /** The class of series a discrepancy belongs to. */
    public enum Kind {
        /** The home, outside and realised price indices. */
        PRICE,
        /** Every other series: exports, receipts, shortfall, months to a first stop. */
        QUANTITY;

        /**
         * @param series a series
         * @return its class
         */
        public static Kind of(Series series) {
            return series.isPrice() ? PRICE : QUANTITY;
        }
    }

    public ModelError {
        Objects.requireNonNull(estimatedOn, "estimatedOn");
        Objects.requireNonNull(rule, "rule");
        requireDiscrepancy(priceDiscrepancy, "priceDiscrepancy");
        requireDiscrepancy(quantityDiscrepancy, "quantityDiscrepancy");
        if (priceRows < 0 || quantityRows < 0) {
            throw new IllegalArgumentException(
                    "rows (" + priceRows + " prices, " + quantityRows + " quantities) must be >= 0.");
        }
    }

    private static void requireDiscrepancy(double value, String name) {
        if (Double.isNaN(value) || value < 0) {
            throw new IllegalArgumentException(name + " (" + value + ") must be >= 0 (infinity allowed).");
        }
    }

    /**
     * @param kind a class of series
     * @return its discrepancy (log units)
     */
    public double discrepancy(Kind kind) {
        return kind == Kind.PRICE ? priceDiscrepancy : quantityDiscrepancy;
    }

    /**
     * @param kind a class of series
     * @return how many rows its discrepancy was estimated on
     */
    public int rows(Kind kind) {
        return kind == Kind.PRICE ? priceRows : quantityRows;
    }

    /**
     * The score of a row: how far, on the log scale, the observed value lies outside the model band.
     *
     * @param observed the observed value (≥ 0, units of the series)
     * @param p10 the model's P10
     * @param p90 the model's P90
     * @return max(0, g(P10) − g(y), g(y) − g(P90)) with g(x) = ln(x + 0.05); 0 inside the band
     */
    public static double score(double observed, double p10, double p90) {
        double y = log(observed);
        return Math.max(0, Math.max(log(p10) - y, y - log(p90)));
    }

    /**
     * The conformal finite-sample quantile: the k-th smallest of n scores with k = ⌈level (n + 1)⌉, or infinity when
     * k > n (too few scores to promise the level).
     *
     * @param scores the scores (not changed)
     * @param level the share to cover, in (0, 1)
     * @return the quantile
     */
    public static double conformalQuantile(double[] scores, double level) {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("level (" + level + ") must be within (0, 1).");
        }
        int n = scores.length;
        // the small tolerance keeps 0.8 * 5 = 4.000000000000001 from rounding up to 5
        int k = (int) Math.ceil(level * (n + 1) - 1e-9);
        if (k > n) {
            return Double.POSITIVE_INFINITY;
        }
        double[] sorted = scores.clone();
        Arrays.sort(sorted);
        return sorted[Math.max(k, 1) - 1];
    }

    /**
     * Estimates the discrepancy of each class on scored rows.
     *
     * @param rows the rows, each with its model band
     * @param estimatedOn the day
     * @param rule how the rows were scored, in words
     * @return the discrepancies
     */
    public static ModelError estimate(Collection<Row> rows, LocalDate estimatedOn, String rule) {
        double[] prices = scores(rows, Kind.PRICE);
        double[] quantities = scores(rows, Kind.QUANTITY);
        return new ModelError(
                conformalQuantile(prices, LEVEL),
                conformalQuantile(quantities, LEVEL),
                prices.length,
                quantities.length,
                estimatedOn,
                rule);
    }

    private static double[] scores(Collection<Row> rows, Kind kind) {
        return rows.stream()
                .filter(r -> Kind.of(r.observation().series()) == kind)
                .mapToDouble(r -> score(r.observation().value(), r.p10(), r.p90()))
                .toArray();
    }

    /**
     * @param series the series
     * @param p10 the model's P10 (≥ 0)
     * @return the predictive P10: the model's moved down by the discrepancy on the log scale, at least 0 and never
     *     above the model's
     */
    public double lower(Series series, double p10) {
        double d = discrepancy(Kind.of(series));
        if (d == 0 || Double.isNaN(p10)) {
            return p10;
        }
        return Math.min(p10, Math.max(0, (p10 + OFFSET) * Math.exp(-d) - OFFSET));
    }

    /**
     * @param series the series
     * @param p90 the model's P90 (≥ 0)
     * @return the predictive P90: the model's moved up by the discrepancy on the log scale, never below the model's
     */
    public double upper(Series series, double p90) {
        double d = discrepancy(Kind.of(series));
        if (d == 0 || Double.isNaN(p90)) {
            return p90;
        }
        return Math.max(p90, (p90 + OFFSET) * Math.exp(d) - OFFSET);
    }

    /**
     * @param row a scored row
     * @return the row with its predictive band and whether the observed value lies inside it
     */
    public PredictiveRow apply(Row row) {
        Series series = row.observation().series();
        double low = lower(series, row.p10());
        double high = upper(series, row.p90());
        double y = row.observation().value();
        return new PredictiveRow(row, discrepancy(Kind.of(series)), low, high, y >= low - 1e-9 && y <= high + 1e-9);
    }

    private static double log(double value) {
        return Math.log(Math.max(0, value) + OFFSET);
    }
}
