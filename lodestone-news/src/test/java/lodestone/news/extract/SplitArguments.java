package lodestone.news.extract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import lodestone.news.classify.ClassifierTraining;
import lodestone.news.classify.SentenceEncoder;
import lodestone.news.classify.SentenceLabel;
import lodestone.news.classify.SoftmaxClassifier;

/**
 * The splits and written sentences the validations take, as {@link TrainingSentences} reads them: {@code DIR} or {@code
 * DIR#REGEX} (the articles whose file name matches: a split's tuning part) for a split, {@code FILE.tsv} for sentences
 * written for the classifier.
 *
 * @param splits the development splits, in the order given
 * @param written the written sentences, always in training
 */
record SplitArguments(List<SplitArguments.Split> splits, List<ClassifierTraining.LabelledSentence> written) {
    /** A split: its name (the directory's), directory and tuning part. */
    record Split(String name, Path dir, Pattern files) {}

    /**
     * @param args the arguments, splits and sentence files in any order
     * @return them read
     * @throws IOException if a sentence file cannot be read
     */
    static SplitArguments parse(List<String> args) throws IOException {
        List<Split> splits = new ArrayList<>();
        List<ClassifierTraining.LabelledSentence> written = new ArrayList<>();
        for (String arg : args) {
            if (arg.endsWith(".tsv")) {
                Path in = Path.of(arg);
                written.addAll(ClassifierTraining.parse(Files.readString(in, StandardCharsets.UTF_8), in.toString()));
                continue;
            }
            int hash = arg.indexOf('#');
            Path dir = Path.of(hash < 0 ? arg : arg.substring(0, hash));
            splits.add(new Split(
                    dir.getFileName().toString(), dir, Pattern.compile(hash < 0 ? ".*" : arg.substring(hash + 1))));
        }
        return new SplitArguments(List.copyOf(splits), List.copyOf(written));
    }

    /** @return each split's labelled sentences ({@link TrainingSentences#labelled}), by split name */
    Map<String, List<TrainingSentences.Labelled>> labelled() {
        Map<String, List<TrainingSentences.Labelled>> out = new LinkedHashMap<>();
        for (Split s : splits) {
            out.put(s.name(), TrainingSentences.labelled(s.dir(), s.files()));
        }
        return out;
    }

    /**
     * The softmax trained without a split. With the system property {@code folds=DIR} the model is kept in {@code
     * DIR/HELD.tsv} (its text form, as the shipped weights are) and read from there when it is present, so that the
     * validations run one after another train each fold's classifier once; either way the model returned is the one
     * its text form gives. With {@code waitFolds=true} as well, a missing file is waited for rather than trained: a
     * second validation run beside a first (round 24a: {@code ProposalValidation} beside {@code FilterValidation})
     * reads each fold's classifier once the first has trained it and moved a copy into the directory whole.
     *
     * @param held the split held out
     * @param labelled each split's labelled sentences
     * @param encoder the sentence encoder
     * @return the softmax trained on the written sentences and every other split's sentences
     */
    SoftmaxClassifier classifierWithout(
            String held, Map<String, List<TrainingSentences.Labelled>> labelled, SentenceEncoder encoder) {
        String folds = System.getProperty("folds");
        if (folds == null) {
            return trainedWithout(held, labelled, encoder);
        }
        Path file = Path.of(folds, held + ".tsv");
        try {
            while (Boolean.getBoolean("waitFolds") && !Files.exists(file)) {
                Thread.sleep(5000); // -DwaitFolds=true: another process trains it (and moves it into DIR whole)
            }
            if (!Files.exists(file)) {
                Files.createDirectories(file.getParent());
                Files.writeString(file, trainedWithout(held, labelled, encoder).toText(), StandardCharsets.UTF_8);
            }
            return SoftmaxClassifier.parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + file, e);
        }
    }

    private SoftmaxClassifier trainedWithout(
            String held, Map<String, List<TrainingSentences.Labelled>> labelled, SentenceEncoder encoder) {
        List<ClassifierTraining.LabelledSentence> training = new ArrayList<>(written);
        labelled.forEach((name, sentences) -> {
            if (!name.equals(held)) {
                sentences.forEach(x ->
                        training.add(new ClassifierTraining.LabelledSentence(SentenceLabel.of(x.label()), x.text())));
            }
        });
        return ClassifierTraining.train(training, encoder, SoftmaxClassifier.Settings.DEFAULT);
    }
}
