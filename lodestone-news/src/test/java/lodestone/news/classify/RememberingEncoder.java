package lodestone.news.classify;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An encoder that remembers every vector it gave, for tests and tools that encode a sentence more than once; {@link
 * #read} and {@link #write} keep the vectors in a file between runs (one line per sentence: its text in Base64, then
 * the numbers). {@link #shared()} is one per test JVM around {@link MiniLmEncoder#shared()}, so that test classes
 * reading the same sentences (the corpus's extractions, the classifier's re-training) encode each of them once.
 */
public final class RememberingEncoder implements SentenceEncoder {
    private final SentenceEncoder encoder;
    private final Map<String, float[]> vectors = new ConcurrentHashMap<>();

    public RememberingEncoder(SentenceEncoder encoder) {
        this.encoder = encoder;
    }

    private static final class Shared {
        static final RememberingEncoder INSTANCE = new RememberingEncoder(MiniLmEncoder.shared());
    }

    /**
     * @return the test JVM's one remembering encoder around {@link MiniLmEncoder#shared()}: the same vectors (an
     *     encoder is deterministic, {@link SentenceEncoder}), each sentence encoded once in the JVM; 384 floats per
     *     distinct sentence, about 16,300 sentences (under 30 MB) in the news module's test run
     */
    public static RememberingEncoder shared() {
        return Shared.INSTANCE;
    }

    /**
     * @param encoder an encoder
     * @return {@link #shared()} for {@link MiniLmEncoder#shared()}, else a new encoder remembering {@code encoder}'s
     *     vectors
     */
    public static RememberingEncoder around(SentenceEncoder encoder) {
        return encoder == MiniLmEncoder.shared() ? shared() : new RememberingEncoder(encoder);
    }

    public void read(Path file) throws IOException {
        if (!Files.exists(file)) {
            return;
        }
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] cells = line.split("\t", -1);
            float[] v = new float[cells.length - 1];
            for (int i = 1; i < cells.length; i++) {
                v[i - 1] = Float.parseFloat(cells[i]);
            }
            vectors.put(new String(Base64.getDecoder().decode(cells[0]), StandardCharsets.UTF_8), v);
        }
    }

    public void write(Path file) throws IOException {
        List<String> lines = new ArrayList<>();
        vectors.forEach((text, v) -> {
            StringBuilder line =
                    new StringBuilder(Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8)));
            for (float x : v) {
                line.append('\t').append(x);
            }
            lines.add(line.toString());
        });
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    @Override
    public float[] encode(String sentence) {
        return vectors.computeIfAbsent(sentence, encoder::encode);
    }

    @Override
    public int dimensions() {
        return encoder.dimensions();
    }
}
