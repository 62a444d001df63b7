package lodestone.news.classify;

/** Turns a sentence into a fixed-length vector. Implementations are deterministic and safe to call from threads. */
public interface SentenceEncoder {
    /**
     * @param sentence a sentence
     * @return its vector, of {@link #dimensions()} numbers
     */
    float[] encode(String sentence);

    /** @return the length of every vector */
    int dimensions();
}
