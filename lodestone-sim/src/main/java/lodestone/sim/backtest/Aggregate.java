package lodestone.sim.backtest;

/** How an observation's window of months is reduced to one number per path. */
public enum Aggregate {
    /** The mean of the monthly values over the window. */
    MEAN,
    /** The realised price over the window weighted by the perspective's receipts month by month. */
    VOLUME_WEIGHTED,
    /**
     * The world's volume-weighted price over the window: the perspective's realised price weighted by its receipts and
     * the issuer's home price weighted by the issuer's own consumption before the measure, month by month. Only for a
     * scenario whose perspective is every buyer outside the issuer ({@code OUTSIDE}), where the two make up the world.
     */
    WORLD_VOLUME_WEIGHTED,
    /** Months from the start to the first month in which some of the perspective's buyers stopped (window ignored). */
    FIRST_STOP;

    /**
     * @param text {@code mean}, {@code volumeWeighted}, {@code worldVolumeWeighted} or {@code firstStop} (case-insensitive)
     * @return the aggregate
     * @throws IllegalArgumentException for any other text
     */
    public static Aggregate parse(String text) {
        return switch (text.toLowerCase(java.util.Locale.ROOT)) {
            case "mean" -> MEAN;
            case "volumeweighted", "volume-weighted" -> VOLUME_WEIGHTED;
            case "worldvolumeweighted", "world-volume-weighted" -> WORLD_VOLUME_WEIGHTED;
            case "firststop", "first-stop" -> FIRST_STOP;
            default ->
                throw new IllegalArgumentException("aggregate (" + text
                        + ") must be one of mean, volumeWeighted, worldVolumeWeighted, firstStop.");
        };
    }
}
