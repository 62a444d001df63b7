package lodestone.sim.engine;

import java.util.Locale;

/**
 * A run that would not fit in the memory this JVM may use, refused before anything is allocated. The message names the
 * limit, what the run needs and the largest number of paths that fits at the same horizon.
 */
public final class SimulationTooLargeException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final long bytesNeeded;
    private final long bytesAvailable;
    private final int largestPaths;

    SimulationTooLargeException(
            int paths, int months, int storedMarkets, long bytesNeeded, long bytesAvailable, long limit, int largest) {
        super(String.format(
                Locale.ROOT,
                "%,d paths x %,d months%s need about %s for the monthly values (%d quantities at 4 bytes and a stop"
                        + " count at 1 byte per path-month, plus per-path totals), but this JVM can give the engine"
                        + " about %s (its limit, -Xmx, is %s). At %,d months at most %,d paths fit.%n"
                        + "Maybe lower the paths or the horizon, or raise the JVM's limit (for example"
                        + " LODESTONE_JAVA_OPTS=-Xmx%dg for ./lodestone).",
                paths,
                months,
                storedMarkets > 1 ? " for " + storedMarkets + " markets kept at once" : "",
                bytes(bytesNeeded),
                Series.values().length,
                bytes(bytesAvailable),
                bytes(limit),
                months,
                largest,
                Math.max(2, (bytesNeeded + (1L << 30) - 1) / (1L << 30) + 1)));
        this.bytesNeeded = bytesNeeded;
        this.bytesAvailable = bytesAvailable;
        this.largestPaths = largest;
    }

    /** @return bytes the run needs */
    public long bytesNeeded() {
        return bytesNeeded;
    }

    /** @return bytes the engine could use */
    public long bytesAvailable() {
        return bytesAvailable;
    }

    /** @return the most paths that fit at the same horizon (0 if none) */
    public int largestPaths() {
        return largestPaths;
    }

    static String bytes(long value) {
        double gib = value / (double) (1L << 30);
        return gib >= 1
                ? String.format(Locale.ROOT, "%.1f GiB", gib)
                : String.format(Locale.ROOT, "%.0f MiB", value / (double) (1L << 20));
    }
}
