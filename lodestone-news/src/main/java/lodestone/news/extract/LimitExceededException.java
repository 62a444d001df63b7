package lodestone.news.extract;

/** An extraction stopped because it hit one of its {@link ExtractionLimits}; the message names the limit and values. */
public final class LimitExceededException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Which limit was hit. */
    public enum Limit {
        /** {@link ExtractionLimits#maxChars()} */
        CHARS,
        /** {@link ExtractionLimits#maxSentences()} */
        SENTENCES,
        /** {@link ExtractionLimits#timeLimit()} */
        TIME
    }

    private final Limit limit;
    private final String stage;

    /**
     * @param limit the limit hit
     * @param stage the pipeline stage that was running ("input", "sentences", "mentions", "events", ...)
     * @param message what happened, with the value and the limit
     */
    public LimitExceededException(Limit limit, String stage, String message) {
        super(message);
        this.limit = limit;
        this.stage = stage;
    }

    /** @return the limit hit */
    public Limit limit() {
        return limit;
    }

    /** @return the stage that was running */
    public String stage() {
        return stage;
    }
}
