package lodestone.sim.scenario;

/**
 * The Poisson distribution's quantile function, so that a count can be drawn by inverse transform from one uniform:
 * exact up to a mean of 30 (the probabilities summed from 0, at most 200 terms), and above it the normal approximation
 * with mean and variance λ, not rounded and floored at 0. Like {@link StandardNormal} it needs no statistics library;
 * the engine's licence draws and the benchmark's lean baseline share it.
 */
public final class Poisson {
    private Poisson() {}

    /**
     * @param mean λ, the distribution's mean; at or below 0 the count is 0
     * @param u a probability in [0, 1], the uniform draw
     * @return the smallest k with P(N ≤ k) ≥ u for N Poisson with mean λ (a whole number up to λ = 30), or above λ = 30
     *     max(0, λ + √λ z) with z the standard normal quantile of u
     */
    public static double quantile(double mean, double u) {
        if (mean <= 0) {
            return 0;
        }
        if (mean > 30) {
            return Math.max(0, mean + Math.sqrt(mean) * StandardNormal.quantile(u));
        }
        double p = Math.exp(-mean);
        double cdf = p;
        int k = 0;
        while (u > cdf && k < 200) {
            k++;
            p *= mean / k;
            cdf += p;
        }
        return k;
    }
}
