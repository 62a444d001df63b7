package lodestone.sim.scenario;

/**
 * The standard normal distribution: its quantile function by Acklam's rational approximation (relative error below
 * 1.15e-9), so that log-normal inputs and monthly noise can be sampled by inverse transform, and its distribution
 * function through the complementary error function (Chebyshev fit of Press et al., <i>Numerical Recipes</i>, 3rd ed.,
 * §6.2; fractional error below 1.2e-7), for the licence-decision lags. No statistics library is needed for two
 * functions.
 */
public final class StandardNormal {
    private static final double[] A = {
        -3.969683028665376e+01,
        2.209460984245205e+02,
        -2.759285104469687e+02,
        1.383577518672690e+02,
        -3.066479806614716e+01,
        2.506628277459239e+00
    };
    private static final double[] B = {
        -5.447609879822406e+01,
        1.615858368580409e+02,
        -1.556989798598866e+02,
        6.680131188771972e+01,
        -1.328068155288572e+01
    };
    private static final double[] C = {
        -7.784894002430293e-03,
        -3.223964580411365e-01,
        -2.400758277161838e+00,
        -2.549732539343734e+00,
        4.374664141464968e+00,
        2.938163982698783e+00
    };
    private static final double[] D = {
        7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00
    };
    private static final double LOW = 0.02425;
    private static final double[] ERFC = {
        -1.26551223,
        1.00002368,
        0.37409196,
        0.09678418,
        -0.18628806,
        0.27886807,
        -1.13520398,
        1.48851587,
        -0.82215223,
        0.17087277
    };

    private StandardNormal() {}

    /**
     * @param p a probability; values at or beyond 0 and 1 are clamped to 1e-12 and 1 - 1e-12
     * @return z such that P(Z <= z) = p for a standard normal Z
     */
    public static double quantile(double p) {
        double q = Math.min(Math.max(p, 1e-12), 1 - 1e-12);
        if (q < LOW) {
            double r = Math.sqrt(-2 * Math.log(q));
            return (((((C[0] * r + C[1]) * r + C[2]) * r + C[3]) * r + C[4]) * r + C[5])
                    / ((((D[0] * r + D[1]) * r + D[2]) * r + D[3]) * r + 1);
        }
        if (q > 1 - LOW) {
            double r = Math.sqrt(-2 * Math.log(1 - q));
            return -(((((C[0] * r + C[1]) * r + C[2]) * r + C[3]) * r + C[4]) * r + C[5])
                    / ((((D[0] * r + D[1]) * r + D[2]) * r + D[3]) * r + 1);
        }
        double s = q - 0.5;
        double r = s * s;
        return (((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5])
                * s
                / (((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1);
    }

    /**
     * @param z a value
     * @return P(Z <= z) for a standard normal Z
     */
    public static double cdf(double z) {
        return 0.5 * erfc(-z / Math.sqrt(2));
    }

    /** The complementary error function (Numerical Recipes' {@code erfcc}, fractional error below 1.2e-7). */
    static double erfc(double x) {
        double z = Math.abs(x);
        double t = 1 / (1 + 0.5 * z);
        double poly = 0;
        for (int i = ERFC.length - 1; i >= 0; i--) {
            poly = poly * t + ERFC[i];
        }
        double r = t * Math.exp(-z * z + poly);
        return x >= 0 ? r : 2 - r;
    }
}
