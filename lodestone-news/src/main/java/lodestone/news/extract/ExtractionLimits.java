package lodestone.news.extract;

import java.time.Duration;
import lodestone.model.Guards;

/**
 * The budget of one extraction. The work is linear in the input's length; these limits bound it for inputs that are
 * too large or adversarial. Hitting {@link #maxChars}, {@link #maxSentences} or {@link #timeLimit} stops the work with
 * {@link LimitExceededException}, which names the limit; {@link #maxModelSentences} only caps how many sentences the
 * statistical classifier reads (the others are decided by the rules alone, and the extraction says so in its notices).
 *
 * @param maxChars the longest clean text accepted, in characters
 * @param maxSentences the most sentences accepted
 * @param maxModelSentences the most sentences the classifier reads per article (0: rules only)
 * @param timeLimit the longest the extraction may run (wall-clock, measured with {@link System#nanoTime()})
 */
public record ExtractionLimits(long maxChars, int maxSentences, int maxModelSentences, Duration timeLimit) {
    /**
     * 6,000,000 characters (a 5 MB article and more), 250,000 sentences, 400 classified sentences (about 1.2 s of
     * model time on one core; a typical article has 10 to 60 candidates), 60 s. See {@code docs/methods/news.md} §1.
     */
    public static final ExtractionLimits DEFAULT =
            new ExtractionLimits(6_000_000L, 250_000, 400, Duration.ofSeconds(60));

    public ExtractionLimits {
        Guards.requireAtLeast(maxChars, 1, "maxChars");
        Guards.requireAtLeast(maxSentences, 1, "maxSentences");
        Guards.requireAtLeast(maxModelSentences, 0, "maxModelSentences");
        if (timeLimit.isNegative() || timeLimit.isZero()) {
            throw new IllegalArgumentException("timeLimit (" + timeLimit + ") must be positive.");
        }
    }

    /**
     * @param limit the new time limit
     * @return a copy with it
     */
    public ExtractionLimits withTimeLimit(Duration limit) {
        return new ExtractionLimits(maxChars, maxSentences, maxModelSentences, limit);
    }

    /**
     * @param chars the new size limit in characters
     * @return a copy with it
     */
    public ExtractionLimits withMaxChars(long chars) {
        return new ExtractionLimits(chars, maxSentences, maxModelSentences, timeLimit);
    }

    /**
     * @param sentences the new cap on classified sentences (0: rules only)
     * @return a copy with it
     */
    public ExtractionLimits withMaxModelSentences(int sentences) {
        return new ExtractionLimits(maxChars, maxSentences, sentences, timeLimit);
    }

    /**
     * @param sentences the new sentence limit
     * @return a copy with it
     */
    public ExtractionLimits withMaxSentences(int sentences) {
        return new ExtractionLimits(maxChars, sentences, maxModelSentences, timeLimit);
    }
}
