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
 * ({@link #score}). For each group of series ({@link Kind}: the issuer's home prices, the other prices, every other
 * series) the discrepancy is the conformal finite-sample quantile of
 * the scores, the ⌈0.8 (n + 1)⌉-th smallest of n ({@link #conformalQuantile}), and the predictive band moves each end
 * of the model band out by it on that scale ({@link #lower}, {@link #upper}). At least 80 % of the rows it was
 * estimated on then lie inside their predictive bands, in each group. The rule and its cross-validation are in
 * docs/methods/simulation.md ("Model error: predictive bands"); the three groups since "Model error by months since the
 * measure" (docs/research/backtest-studies/model-error-by-months-since-the-measure.md; before it, one discrepancy for
 * every price).
 *
 * @param homePriceDiscrepancy the discrepancy of the issuer's home price (log units of value + 0.05; 0 leaves the band
 *     as it is, infinite when too few rows)
 * @param priceDiscrepancy the discrepancy of the other prices, outside and realised (the same units)
 * @param quantityDiscrepancy the discrepancy of every other series (the same units)
 * @param homePriceRows how many home price rows it was estimated on
 * @param priceRows how many other price rows
 * @param quantityRows how many other rows
 * @param estimatedOn the day it was estimated
 * @param rule how it was estimated, in words
 */
public record ModelError(
        double homePriceDiscrepancy,
        double priceDiscrepancy,
        double quantityDiscrepancy,
        int homePriceRows,
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
            + " P10-P90 of the development rows, home prices, other prices and other series apart, each row scored"
            + " under the behaviour chosen without its episode (docs/methods/simulation.md, Model error; the groups:"
            + " Model error by months since the measure)";

    /**
     * The shipped model error, for the calibrated behaviour: estimated on 7 December 2026 on the 827 development rows
     * (the episodes' own rows and blind records 5 to 43's; 85 home prices, 428 other prices, 314 other series), each
     * scored under the behaviour chosen without its episode (1,000 paths, seed 7). Home prices 0 (their model band
     * already holds at least the conformal rank of them), other prices 0.072, a factor of 1.07 on P90 + 0.05 and its
     * inverse on P10 + 0.05; other series 0.569, a factor of 1.77. Every earlier estimate, with the rows and records it
     * was made on, is tabulated in docs/research/backtest-studies/model-error-by-months-since-the-measure.md ("Model
     * error by months since the measure", the history table; before records 42 and 43 joined: 0, 0.080 and 0.569 on 792
     * rows). {@code CalibrationTest} re-derives it.
     */
    public static final ModelError SHIPPED =
            new ModelError(0, 0.07194466124753299, 0.5687938287407819, 85, 428, 314, LocalDate.of(2026, 12, 7), RULE);

    /** No model error: the predictive band is the model band. */
    public static final ModelError NONE = new ModelError(0, 0, 0, 0, 0, 0, LocalDate.of(2026, 12, 4), "none");

    /** The group of series a discrepancy belongs to. */
    public enum Kind {
        /** The issuer's home price index. */
        HOME_PRICE,
        /** The outside and realised price indices. */
        PRICE,
        /** Every other series: exports, receipts, shortfall, months to a first stop. */
        QUANTITY;

        /**
         * @param series a series
         * @return its group
         */
        public static Kind of(Series series) {
            if (series == Series.PRICE_INSIDE) {
                return HOME_PRICE;
            }
            return series.isPrice() ? PRICE : QUANTITY;
        }
    }

    public ModelError {
        Objects.requireNonNull(estimatedOn, "estimatedOn");
        Objects.requireNonNull(rule, "rule");
        requireDiscrepancy(homePriceDiscrepancy, "homePriceDiscrepancy");
        requireDiscrepancy(priceDiscrepancy, "priceDiscrepancy");
        requireDiscrepancy(quantityDiscrepancy, "quantityDiscrepancy");
        if (homePriceRows < 0 || priceRows < 0 || quantityRows < 0) {
            throw new IllegalArgumentException("rows (" + homePriceRows + " home prices, " + priceRows + " prices, "
                    + quantityRows + " quantities) must be >= 0.");
        }
    }

    private static void requireDiscrepancy(double value, String name) {
        if (Double.isNaN(value) || value < 0) {
            throw new IllegalArgumentException(name + " (" + value + ") must be >= 0 (infinity allowed).");
        }
    }

    /**
     * @param kind a group of series
     * @return its discrepancy (log units)
     */
    public double discrepancy(Kind kind) {
        return switch (kind) {
            case HOME_PRICE -> homePriceDiscrepancy;
            case PRICE -> priceDiscrepancy;
            case QUANTITY -> quantityDiscrepancy;
        };
    }

    /**
     * @param kind a group of series
     * @return how many rows its discrepancy was estimated on
     */
    public int rows(Kind kind) {
        return switch (kind) {
            case HOME_PRICE -> homePriceRows;
            case PRICE -> priceRows;
            case QUANTITY -> quantityRows;
        };
    }

    /** @return how many rows it was estimated on, every group together */
    public int rows() {
        return homePriceRows + priceRows + quantityRows;
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
     * Estimates the discrepancy of each group on scored rows.
     *
     * @param rows the rows, each with its model band
     * @param estimatedOn the day
     * @param rule how the rows were scored, in words
     * @return the discrepancies
     */
    public static ModelError estimate(Collection<Row> rows, LocalDate estimatedOn, String rule) {
        double[] home = scores(rows, Kind.HOME_PRICE);
        double[] prices = scores(rows, Kind.PRICE);
        double[] quantities = scores(rows, Kind.QUANTITY);
        return new ModelError(
                conformalQuantile(home, LEVEL),
                conformalQuantile(prices, LEVEL),
                conformalQuantile(quantities, LEVEL),
                home.length,
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
