package lodestone.news.classify;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import lodestone.news.TabSeparated;

/**
 * Trains the sentence classifier from labelled sentences: one line per sentence, {@code label<TAB>sentence}, with
 * {@code #} comments. The sentences are encoded one by one and the softmax is trained with
 * {@link SoftmaxClassifier.Settings#DEFAULT}; the result depends only on the file and the encoder.
 *
 * <p>To re-train the shipped weights after changing the corpus: {@code java -cp ...
 * lodestone.news.classify.ClassifierTraining lodestone-news/src/main/resources/lodestone/news/classifier/sentences.tsv
 * lodestone-news/src/main/resources/lodestone/news/classifier/classifier.tsv} (the sentences file is written by the
 * test-scope {@code TrainingSentences} tool from the development corpus; see {@code docs/methods/news.md}).
 */
public final class ClassifierTraining {
    private ClassifierTraining() {}

    /**
     * @param text labelled sentences, {@code label<TAB>sentence} per line
     * @param location where they were read from, for messages
     * @return the examples in file order
     * @throws IllegalArgumentException naming the line that is not {@code label<TAB>sentence}
     */
    public static List<LabelledSentence> parse(String text, String location) {
        List<LabelledSentence> out = new ArrayList<>();
        for (TabSeparated.Line line : TabSeparated.lines(text)) {
            String t = line.text();
            int tab = t.indexOf('\t');
            if (tab < 0) {
                throw new IllegalArgumentException(
                        location + ":" + line.number() + ": line (" + t + ") must be label<TAB>sentence.");
            }
            try {
                out.add(new LabelledSentence(SentenceLabel.of(t.substring(0, tab)), t.substring(tab + 1)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(location + ":" + line.number() + ": " + e.getMessage(), e);
            }
        }
        return out;
    }

    /**
     * A sentence and its label.
     *
     * @param label what it reports
     * @param sentence the sentence
     */
    public record LabelledSentence(SentenceLabel label, String sentence) {}

    /**
     * @param sentences the labelled sentences
     * @param encoder the encoder
     * @param settings the hyper-parameters
     * @return the trained softmax
     */
    public static SoftmaxClassifier train(
            List<LabelledSentence> sentences, SentenceEncoder encoder, SoftmaxClassifier.Settings settings) {
        return SoftmaxClassifier.train(examples(sentences, encoder), settings);
    }

    /**
     * The sentences are encoded in parallel, as an extraction encodes an article's: each on its own, so a vector does
     * not depend on the thread or on the other sentences, and the examples are in the given order.
     *
     * @param sentences the labelled sentences
     * @param encoder the encoder, safe to call from several threads at once
     * @return the examples: each sentence's label and vector, in the given order
     */
    public static List<SoftmaxClassifier.Example> examples(List<LabelledSentence> sentences, SentenceEncoder encoder) {
        return sentences.parallelStream()
                .map(s -> new SoftmaxClassifier.Example(s.label(), encoder.encode(s.sentence())))
                .toList();
    }

    /**
     * @param args the labelled sentences file and the weights file to write
     * @throws IOException if a file cannot be read or written
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: ClassifierTraining SENTENCES.tsv WEIGHTS.tsv");
        }
        Path in = Path.of(args[0]);
        List<LabelledSentence> sentences = parse(Files.readString(in, StandardCharsets.UTF_8), in.toString());
        SoftmaxClassifier model = train(sentences, MiniLmEncoder.shared(), SoftmaxClassifier.Settings.DEFAULT);
        Files.writeString(Path.of(args[1]), model.toText(), StandardCharsets.UTF_8);
    }
}
