package lodestone.plan.path;

import java.util.Arrays;

/**
 * Disruption paths held in one array, path-major. Immutable: the array is copied in and never handed out.
 */
public final class PathMatrix implements DisruptionPaths {
    private final int paths;
    private final int months;
    private final double[] shortfall;

    private PathMatrix(int paths, int months, double[] shortfall) {
        this.paths = paths;
        this.months = months;
        this.shortfall = shortfall;
    }

    /**
     * @param paths number of paths (≥ 1)
     * @param months months per path (≥ 1)
     * @param shortfall {@code paths × months} values, path-major, each a fraction in [0, 1]
     * @return the matrix (the array is copied)
     * @throws IllegalArgumentException if the sizes disagree or a value is outside [0, 1], naming path and month
     */
    public static PathMatrix of(int paths, int months, double[] shortfall) {
        if (paths < 1 || months < 1) {
            throw new IllegalArgumentException(
                    "paths (" + paths + ") and months (" + months + ") must both be at least 1.");
        }
        if (shortfall.length != (long) paths * months) {
            throw new IllegalArgumentException("shortfall has " + shortfall.length + " values; " + paths + " paths × "
                    + months + " months need " + (long) paths * months + ".");
        }
        for (int i = 0; i < shortfall.length; i++) {
            if (!(shortfall[i] >= 0 && shortfall[i] <= 1)) {
                throw new IllegalArgumentException("shortfall (" + shortfall[i] + ") of path " + i / months + ", month "
                        + i % months + " must be a fraction within [0, 1].");
            }
        }
        return new PathMatrix(paths, months, shortfall.clone());
    }

    /**
     * @param paths any paths
     * @return the same paths held in an array
     */
    public static PathMatrix copyOf(DisruptionPaths paths) {
        if (paths instanceof PathMatrix matrix) {
            return matrix;
        }
        double[] values = new double[Math.multiplyExact(paths.paths(), paths.months())];
        for (int p = 0; p < paths.paths(); p++) {
            for (int t = 0; t < paths.months(); t++) {
                values[p * paths.months() + t] = paths.shortfall(p, t);
            }
        }
        return of(paths.paths(), paths.months(), values);
    }

    @Override
    public int paths() {
        return paths;
    }

    @Override
    public int months() {
        return months;
    }

    @Override
    public double shortfall(int path, int month) {
        return shortfall[path * months + month];
    }

    /** @return a copy of one path's months */
    public double[] path(int path) {
        return Arrays.copyOfRange(shortfall, path * months, (path + 1) * months);
    }

    /** @return the sum over months of one path: its cumulative shortfall, months of demand */
    public double cumulative(int path) {
        double sum = 0;
        for (int t = path * months, end = t + months; t < end; t++) {
            sum += shortfall[t];
        }
        return sum;
    }
}
