package lodestone.sim.engine;

import java.util.OptionalInt;

/**
 * How to run a scenario. The seed and the number of paths fix the result; the number of threads does not change it.
 *
 * @param paths Monte Carlo paths (1..10,000,000)
 * @param seed seed of the splittable generator
 * @param horizonMonths months to simulate; empty for the scenario's own horizon
 * @param threads worker threads (≥ 1)
 */
public record RunOptions(int paths, long seed, OptionalInt horizonMonths, int threads) {
    /** The default seed, fixed so that runs without one are reproducible too. */
    public static final long DEFAULT_SEED = 0L;

    public RunOptions {
        if (paths < 1 || paths > 10_000_000) {
            throw new IllegalArgumentException("paths (" + paths + ") must be within [1, 10000000].");
        }
        if (threads < 1 || threads > 1024) {
            throw new IllegalArgumentException("threads (" + threads + ") must be within [1, 1024].");
        }
        horizonMonths.ifPresent(h -> {
            if (h < 1 || h > 600) {
                throw new IllegalArgumentException("horizon (" + h + " months) must be within [1, 600].");
            }
        });
    }

    /** @return options with the scenario's horizon and every available core */
    public static RunOptions of(int paths, long seed) {
        return new RunOptions(
                paths, seed, OptionalInt.empty(), Runtime.getRuntime().availableProcessors());
    }

    /** @return a copy with another thread count */
    public RunOptions withThreads(int count) {
        return new RunOptions(paths, seed, horizonMonths, count);
    }

    /** @return a copy with another horizon */
    public RunOptions withHorizon(int months) {
        return new RunOptions(paths, seed, OptionalInt.of(months), threads);
    }
}
