package lodestone.sim.scenario;

import java.util.Locale;

/**
 * An uncertain scenario input, sampled by inverse transform: {@link #quantile(double)} maps a uniform draw in [0, 1)
 * to a value. Inverse-transform sampling couples paths monotonically: the same draw gives a larger value from a
 * distribution shifted upwards, which is what lets the property tests compare scenarios path by path.
 *
 * <p>Named factories as in STYLE.md §4: {@link #fixed}, {@link #uniform}, {@link #triangular}, {@link #logNormal}.
 * Values are immutable and validated; reversed bounds are refused, never swapped.
 */
public sealed interface Distribution
        permits Distribution.Fixed,
                Distribution.Uniform,
                Distribution.Triangular,
                Distribution.LogNormal,
                Distribution.Shifted {

    /**
     * @param u a uniform draw in [0, 1)
     * @return the value at that quantile
     */
    double quantile(double u);

    /** @return the smallest value the distribution can take */
    double min();

    /** @return the largest value the distribution can take ({@code +Infinity} if unbounded) */
    double max();

    /** @return the median */
    default double median() {
        return quantile(0.5);
    }

    /** @return a short text such as {@code uniform(0.3, 0.5)} */
    String describe();

    /**
     * Requires every value the distribution can take to be a fraction: a share, a probability or a factor in [0, 1].
     *
     * @param name what the distribution is, for the message, e.g. "phase leakageFactor"
     * @return this distribution
     * @throws IllegalArgumentException naming it and its range if it can leave [0, 1]
     */
    default Distribution requireFraction(String name) {
        if (min() < 0 || max() > 1) {
            throw new IllegalArgumentException(name + " (" + describe() + ") must be within [0, 1].");
        }
        return this;
    }

    /**
     * The same uncertainty moved by a constant: every quantile plus {@code by}, so paths stay coupled (the same draw
     * gives a value larger by exactly {@code by}). Used to add a strategic reserve's cover to buyers' stocks.
     *
     * @param by the shift, in the distribution's unit (finite)
     * @return this distribution if {@code by} is 0, else the shifted one (the same family where it has a location)
     */
    default Distribution plus(double by) {
        requireFinite(by, "shift");
        return by == 0 ? this : new Shifted(this, by);
    }

    /** @return a point value */
    static Distribution fixed(double value) {
        return new Fixed(value);
    }

    /** @return a uniform distribution on [min, max] */
    static Distribution uniform(double min, double max) {
        return new Uniform(min, max);
    }

    /** @return a triangular distribution */
    static Distribution triangular(double min, double mode, double max) {
        return new Triangular(min, mode, max);
    }

    /**
     * @param median the median (positive)
     * @param p90 the 90th percentile (at least the median)
     * @return a log-normal distribution given by two quantiles, which is how the evidence states buffers and lags
     */
    static Distribution logNormal(double median, double p90) {
        return new LogNormal(median, p90);
    }

    /** A point value. */
    record Fixed(double value) implements Distribution {
        public Fixed {
            requireFinite(value, "fixed value");
        }

        @Override
        public double quantile(double u) {
            return value;
        }

        @Override
        public double min() {
            return value;
        }

        @Override
        public double max() {
            return value;
        }

        @Override
        public String describe() {
            return fmt(value);
        }

        @Override
        public Distribution plus(double by) {
            requireFinite(by, "shift");
            return new Fixed(value + by);
        }
    }

    /** Uniform on [min, max]. */
    record Uniform(double min, double max) implements Distribution {
        public Uniform {
            requireFinite(min, "uniform min");
            requireFinite(max, "uniform max");
            if (max < min) {
                throw new IllegalArgumentException(
                        "uniform bounds (" + min + ", " + max + ") must be ordered min <= max.");
            }
        }

        @Override
        public double quantile(double u) {
            return min + (max - min) * u;
        }

        @Override
        public String describe() {
            return "uniform(" + fmt(min) + ", " + fmt(max) + ")";
        }

        @Override
        public Distribution plus(double by) {
            requireFinite(by, "shift");
            return new Uniform(min + by, max + by);
        }
    }

    /** Triangular on [min, max] with its mode. */
    record Triangular(double min, double mode, double max) implements Distribution {
        public Triangular {
            requireFinite(min, "triangular min");
            requireFinite(mode, "triangular mode");
            requireFinite(max, "triangular max");
            if (!(min <= mode && mode <= max)) {
                throw new IllegalArgumentException(
                        "triangular (" + min + ", " + mode + ", " + max + ") must satisfy min <= mode <= max.");
            }
        }

        @Override
        public double quantile(double u) {
            double width = max - min;
            if (width == 0) {
                return min;
            }
            double cut = (mode - min) / width;
            return u < cut
                    ? min + Math.sqrt(u * width * (mode - min))
                    : max - Math.sqrt((1 - u) * width * (max - mode));
        }

        @Override
        public String describe() {
            return "triangular(" + fmt(min) + ", " + fmt(mode) + ", " + fmt(max) + ")";
        }

        @Override
        public Distribution plus(double by) {
            requireFinite(by, "shift");
            return new Triangular(min + by, mode + by, max + by);
        }
    }

    /** Log-normal given by its median and 90th percentile. */
    record LogNormal(double median, double p90) implements Distribution {
        private static final double Z90 = 1.2815515655446004;

        public LogNormal {
            requireFinite(median, "log-normal median");
            requireFinite(p90, "log-normal p90");
            if (median <= 0 || p90 < median) {
                throw new IllegalArgumentException(
                        "log-normal (median " + median + ", p90 " + p90 + ") must have 0 < median <= p90.");
            }
        }

        @Override
        public double quantile(double u) {
            double sigma = Math.log(p90 / median) / Z90;
            return median * Math.exp(sigma * StandardNormal.quantile(u));
        }

        @Override
        public double min() {
            return 0;
        }

        @Override
        public double max() {
            return p90 == median ? median : Double.POSITIVE_INFINITY;
        }

        @Override
        public String describe() {
            return "log-normal(median " + fmt(median) + ", p90 " + fmt(p90) + ")";
        }
    }

    /**
     * A distribution without a location parameter (the log-normal) moved by a constant.
     *
     * @param base the distribution moved
     * @param by the shift, finite
     */
    record Shifted(Distribution base, double by) implements Distribution {
        public Shifted {
            requireFinite(by, "shift");
        }

        @Override
        public double quantile(double u) {
            return base.quantile(u) + by;
        }

        @Override
        public double min() {
            return base.min() + by;
        }

        @Override
        public double max() {
            return base.max() + by;
        }

        @Override
        public String describe() {
            return base.describe() + (by >= 0 ? " + " : " - ") + fmt(Math.abs(by));
        }

        @Override
        public Distribution plus(double more) {
            requireFinite(more, "shift");
            return more == 0 ? this : new Shifted(base, by + more);
        }
    }

    private static void requireFinite(double value, String name) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " (" + value + ") must be a finite number.");
        }
    }

    private static String fmt(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e9
                ? Long.toString((long) value)
                : String.format(Locale.ROOT, "%.4g", value);
    }
}
