package lodestone.sim.engine;

/**
 * Counter-based uniform streams for one path: stream {@code k} of a path seeded {@code s} is the SplitMix64 sequence
 * started at {@code s ^ mix(k)}. Each market and the disruption use their own stream, so adding a partner to one market
 * (drawn last in that market's stream) changes no other draw. One instance per worker, reset per path: no allocation.
 */
final class PathStreams {
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;
    private long state;

    void reset(long pathSeed, int stream) {
        state = pathSeed ^ mix64((stream + 1L) * 0xD1B54A32D192ED03L);
    }

    /** @return a uniform double in [0, 1) */
    double nextUniform() {
        state += GOLDEN;
        return (mix64(state) >>> 11) * 0x1.0p-53;
    }

    static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
