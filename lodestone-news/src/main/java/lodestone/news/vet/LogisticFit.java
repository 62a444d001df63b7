package lodestone.news.vet;

import java.util.List;

/**
 * Fits an L2-regularised logistic regression by Newton's method: from zero weights, a fixed number of iterations, the
 * examples in the given order, {@link StrictMath} for the exponential, no threads and no randomness, so that the same
 * examples give the same weights on every machine. The penalty {@code l2 / 2 * |w|^2} is on the coefficients, not the
 * intercept; it also keeps the Hessian positive definite, so every step is defined.
 */
public final class LogisticFit {
    private LogisticFit() {}

    /** Newton iterations; the fits here converge (the step's largest change falls under 1e-12) in fewer than 15. */
    public static final int ITERATIONS = 30;

    /** A labelled feature vector (copied in). */
    public static final class Example {
        private final double[] x;
        private final boolean real;

        /**
         * @param x the features
         * @param real whether the candidate matched a gold event
         */
        public Example(double[] x, boolean real) {
            this.x = x.clone();
            this.real = real;
        }

        /** @return the features (a copy) */
        public double[] x() {
            return x.clone();
        }

        /** @return whether the candidate matched a gold event */
        public boolean real() {
            return real;
        }

        double[] features() {
            return x;
        }
    }

    /**
     * @param examples the examples, all of the same length
     * @param l2 the penalty on the squared coefficients (mean loss plus {@code l2 / 2 * |w|^2}), positive
     * @return the intercept followed by one coefficient per feature
     */
    public static double[] fit(List<Example> examples, double l2) {
        if (examples.isEmpty()) {
            throw new IllegalArgumentException("examples must not be empty.");
        }
        if (!(l2 > 0)) {
            throw new IllegalArgumentException("l2 (" + l2 + ") must be positive.");
        }
        int d = examples.get(0).features().length + 1;
        int n = examples.size();
        double[] w = new double[d];
        for (int iteration = 0; iteration < ITERATIONS; iteration++) {
            double[] gradient = new double[d];
            double[][] hessian = new double[d][d];
            double[] z = new double[d];
            for (Example e : examples) {
                if (e.x().length != d - 1) {
                    throw new IllegalArgumentException(
                            "every example must have " + (d - 1) + " features, not " + e.x().length + ".");
                }
                z[0] = 1;
                System.arraycopy(e.x(), 0, z, 1, d - 1);
                double p = probability(w, z);
                double r = p - (e.real() ? 1 : 0);
                double v = p * (1 - p);
                for (int a = 0; a < d; a++) {
                    gradient[a] += r * z[a] / n;
                    double va = v * z[a] / n;
                    if (va != 0) {
                        for (int b = 0; b <= a; b++) {
                            hessian[a][b] += va * z[b];
                        }
                    }
                }
            }
            for (int a = 0; a < d; a++) {
                for (int b = 0; b < a; b++) {
                    hessian[b][a] = hessian[a][b];
                }
                if (a > 0) {
                    gradient[a] += l2 * w[a];
                    hessian[a][a] += l2;
                } else {
                    hessian[a][a] += 1e-9; // the intercept is not penalised; this keeps the system regular
                }
            }
            double[] step = solve(hessian, gradient);
            for (int a = 0; a < d; a++) {
                w[a] -= step[a];
            }
        }
        return w;
    }

    /**
     * @param w the intercept and coefficients
     * @param z 1 followed by the features
     * @return the logistic of their product
     */
    static double probability(double[] w, double[] z) {
        double s = 0;
        for (int a = 0; a < w.length; a++) {
            s += w[a] * z[a];
        }
        return 1 / (1 + StrictMath.exp(-s));
    }

    /** Solves {@code A x = b} by Gaussian elimination with partial pivoting (A and b are overwritten). */
    private static double[] solve(double[][] a, double[] b) {
        int d = b.length;
        for (int col = 0; col < d; col++) {
            int pivot = col;
            for (int row = col + 1; row < d; row++) {
                if (Math.abs(a[row][col]) > Math.abs(a[pivot][col])) {
                    pivot = row;
                }
            }
            double[] t = a[col];
            a[col] = a[pivot];
            a[pivot] = t;
            double tb = b[col];
            b[col] = b[pivot];
            b[pivot] = tb;
            for (int row = col + 1; row < d; row++) {
                double f = a[row][col] / a[col][col];
                if (f != 0) {
                    for (int k = col; k < d; k++) {
                        a[row][k] -= f * a[col][k];
                    }
                    b[row] -= f * b[col];
                }
            }
        }
        double[] x = new double[d];
        for (int row = d - 1; row >= 0; row--) {
            double s = b[row];
            for (int k = row + 1; k < d; k++) {
                s -= a[row][k] * x[k];
            }
            x[row] = s / a[row][row];
        }
        return x;
    }
}
