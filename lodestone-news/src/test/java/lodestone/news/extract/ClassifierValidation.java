package lodestone.news.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import lodestone.news.article.Article;
import lodestone.news.article.ArticleReader;
import lodestone.news.classify.ClassifierTraining;
import lodestone.news.classify.CueEncoder;
import lodestone.news.classify.MiniLmEncoder;
import lodestone.news.classify.MlpClassifier;
import lodestone.news.classify.RememberingEncoder;
import lodestone.news.classify.SentenceClassifier;
import lodestone.news.classify.SentenceEncoder;
import lodestone.news.classify.SentenceLabel;
import lodestone.news.classify.SentenceModel;
import lodestone.news.classify.SoftmaxClassifier;

/**
 * Cross-validates the sentence classifier by split: for each development split, a classifier is trained on the
 * sentences of every other split (and the written sentences) and run on that split's articles, so every figure is out
 * of fold. It prints (1) the sentence labels' precision and recall by type at the most probable label; (2) the gold
 * events of each type whose sentence no rule frame reads; (3) for each type and threshold, the frames the classifier
 * adds end to end and how many more gold events are matched with them than without any (their precision); (4) event
 * precision, recall and F1 over all the splits for one threshold for every type. The training settings are {@link
 * SoftmaxClassifier.Settings#DEFAULT} unless the system properties {@code epochs}, {@code learningRate}, {@code l2} or
 * {@code classWeighting} say otherwise. With {@code -Dmodel=mlp} the model is an {@link MlpClassifier} (its settings
 * {@link MlpClassifier.Settings#DEFAULT} unless {@code units}, {@code epochs}, {@code batch}, {@code learningRate},
 * {@code l2} or {@code seed} say otherwise); with {@code -Dmodel=split} the softmax vetoes weak triggers and the
 * hidden layer adds frames (two models over one vector, as shipped since round 13a); and with {@code -Dcues=true} the
 * vectors are followed by the {@link CueEncoder} cues. (5) then chooses, for each type, the lowest threshold at which
 * the frames it adds reach a precision of {@code floor} (0.8 unless {@code -Dfloor} says otherwise) and scores the
 * extraction with those thresholds together; {@code -Dthresholds=0.5,0.55,...} sets the thresholds tried (0.3 to 0.9
 * by 0.1 unless set; a frame's probability is read from its rule, rounded to two decimals). {@code -Dthreads=N} runs N
 * folds at once (the output is the same). With {@code -Dfolds=DIR} (and {@code -DwaitFolds=true}) the softmax of each
 * fold is read from {@code DIR/HELD.tsv} as {@link FilterValidation} keeps it (round 27a), when the settings are the
 * shipped ones and the vectors carry no cues. Run from the repository root, with the arguments of {@link TrainingSentences}
 * after a file that keeps the sentence vectors between runs:
 *
 * <pre>
 * java -cp ... lodestone.news.extract.ClassifierValidation VECTORS.tsv DIR[#REGEX]|FILE.tsv...
 * </pre>
 */
final class ClassifierValidation {
    private ClassifierValidation() {}

    /** The thresholds tried for each type: {@code -Dthresholds=0.5,0.55,...} (ascending), else 0.3 to 0.9 by 0.1. */
    private static final double[] THRESHOLDS = java.util.Arrays.stream(
                    System.getProperty("thresholds", "0.3,0.4,0.5,0.6,0.7,0.8,0.9")
                            .split(","))
            .mapToDouble(Double::parseDouble)
            .sorted()
            .toArray();

    private static final Pattern CLASSIFIER_RULE = Pattern.compile("classifier: (\\w+) ([0-9.]+)");

    /** A split: its directory, the articles of its tuning part, and its labelled sentences. */
    private record Split(String name, Path dir, Pattern files, List<TrainingSentences.Labelled> sentences) {}

    /** One article's extraction with an out-of-fold classifier, and its gold. */
    private record Run(String split, Article article, List<Event> events, JsonNode gold) {}

    public static void main(String[] args) throws IOException {
        Path cache = Path.of(args[0]);
        RememberingEncoder encoder = new RememberingEncoder(MiniLmEncoder.shared());
        encoder.read(cache);
        List<Split> listed = new ArrayList<>();
        List<ClassifierTraining.LabelledSentence> written = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            if (args[i].endsWith(".tsv")) {
                Path in = Path.of(args[i]);
                written.addAll(ClassifierTraining.parse(Files.readString(in, StandardCharsets.UTF_8), in.toString()));
                continue;
            }
            int hash = args[i].indexOf('#');
            Path dir = Path.of(hash < 0 ? args[i] : args[i].substring(0, hash));
            Pattern files = Pattern.compile(hash < 0 ? ".*" : args[i].substring(hash + 1));
            listed.add(new Split(dir.getFileName().toString(), dir, files, List.of()));
        }
        List<Split> splits = listed.parallelStream()
                .map(s -> new Split(s.name(), s.dir(), s.files(), TrainingSentences.labelled(s.dir(), s.files())))
                .toList();
        SoftmaxClassifier.Settings d = SoftmaxClassifier.Settings.DEFAULT;
        SoftmaxClassifier.Settings settings = new SoftmaxClassifier.Settings(
                Integer.getInteger("epochs", d.epochs()),
                Double.parseDouble(System.getProperty("learningRate", String.valueOf(d.learningRate()))),
                Double.parseDouble(System.getProperty("l2", String.valueOf(d.l2()))),
                Double.parseDouble(System.getProperty("classWeighting", String.valueOf(d.classWeighting()))));
        MlpClassifier.Settings m = MlpClassifier.Settings.DEFAULT;
        MlpClassifier.Settings mlp = new MlpClassifier.Settings(
                Integer.getInteger("units", m.units()),
                Integer.getInteger("epochs", m.epochs()),
                Integer.getInteger("batch", m.batch()),
                Double.parseDouble(System.getProperty("learningRate", String.valueOf(m.learningRate()))),
                Double.parseDouble(System.getProperty("l2", String.valueOf(m.l2()))),
                Long.getLong("seed", m.seed()));
        String kind = System.getProperty("model", "softmax");
        boolean hidden = kind.equals("mlp");
        boolean split = kind.equals("split");
        boolean cues = Boolean.getBoolean("cues");
        SentenceEncoder features = cues ? new CueEncoder(encoder) : encoder;
        System.out.println(kind + " " + (hidden ? mlp : split ? settings + " " + mlp : settings) + " cues " + cues);
        Map<SentenceLabel, int[]> sentenceCounts = new LinkedHashMap<>(); // gold, predicted, right
        for (SentenceLabel l : SentenceLabel.values()) {
            sentenceCounts.put(l, new int[3]);
        }
        List<Run> runs = new ArrayList<>();
        int threads = Integer.getInteger("threads", 1);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        List<java.util.concurrent.Future<List<Run>>> folds = new ArrayList<>();
        for (Split held : splits) {
            folds.add(pool.submit(
                    () -> fold(held, splits, written, features, hidden, split, mlp, settings, sentenceCounts)));
        }
        for (java.util.concurrent.Future<List<Run>> f : folds) {
            try {
                runs.addAll(f.get());
            } catch (InterruptedException | java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException(e);
            }
            encoder.write(cache);
        }
        pool.shutdown();
        report(sentenceCounts, runs);
    }

    /** Trains the fold's classifier without the held-out split, counts its sentence labels and extracts its articles. */
    private static List<Run> fold(
            Split held,
            List<Split> splits,
            List<ClassifierTraining.LabelledSentence> written,
            SentenceEncoder features,
            boolean hidden,
            boolean split,
            MlpClassifier.Settings mlp,
            SoftmaxClassifier.Settings settings,
            Map<SentenceLabel, int[]> sentenceCounts) {
        List<Run> runs = new ArrayList<>();
        List<ClassifierTraining.LabelledSentence> training = new ArrayList<>(written);
        for (Split s : splits) {
            if (!s.name().equals(held.name())) {
                s.sentences()
                        .forEach(x -> training.add(
                                new ClassifierTraining.LabelledSentence(SentenceLabel.of(x.label()), x.text())));
            }
        }
        SentenceModel model = hidden
                ? MlpClassifier.train(ClassifierTraining.examples(training, features), mlp)
                : reusable(settings, features)
                        ? new SplitArguments(List.of(), written)
                                .classifierWithout(held.name(), labelled(splits), features)
                        : ClassifierTraining.train(training, features, settings);
        Optional<SentenceModel> additions = split
                ? Optional.of(MlpClassifier.train(ClassifierTraining.examples(training, features), mlp))
                : Optional.empty();
        SentenceClassifier classifier = new SentenceClassifier(features, model, additions);
        for (TrainingSentences.Labelled x : held.sentences()) {
            SentenceLabel gold = SentenceLabel.of(x.label());
            SentenceLabel best = classifier.classify(x.text()).addition();
            synchronized (sentenceCounts) {
                sentenceCounts.get(gold)[0]++;
                sentenceCounts.get(best)[1]++;
                if (gold == best) {
                    sentenceCounts.get(gold)[2]++;
                }
            }
        }
        NewsExtractor extractor = new NewsExtractor(
                Gazetteer.bundled(), Optional.of(classifier), ClassifierFrames.uniform(THRESHOLDS[0]));
        Map<String, JsonNode> gold = GoldScore.load(held.dir().resolve("gold.jsonl"));
        for (Article article : ArticleReader.withDefaults().readAll(held.dir().toString())) {
            if (gold.containsKey(article.name())
                    && held.files().matcher(article.name()).matches()) {
                runs.add(
                        new Run(held.name(), article, extractor.extract(article).events(), gold.get(article.name())));
            }
        }
        System.err.println("fold " + held.name() + ": " + held.sentences().size() + " sentences");
        return runs;
    }

    /**
     * Whether the fold's softmax may be read from (and kept in) {@code -Dfolds=DIR} as {@link
     * SplitArguments#classifierWithout} keeps it: only the shipped settings over the sentence vectors alone give the
     * model a fold file holds (the same written sentences, then every other split's, in the order given).
     */
    private static boolean reusable(SoftmaxClassifier.Settings settings, SentenceEncoder features) {
        return System.getProperty("folds") != null
                && settings.equals(SoftmaxClassifier.Settings.DEFAULT)
                && !(features instanceof CueEncoder);
    }

    /** @return each split's labelled sentences by split name, in the order given */
    private static Map<String, List<TrainingSentences.Labelled>> labelled(List<Split> splits) {
        Map<String, List<TrainingSentences.Labelled>> out = new LinkedHashMap<>();
        splits.forEach(s -> out.put(s.name(), s.sentences()));
        return out;
    }

    private static void report(Map<SentenceLabel, int[]> sentenceCounts, List<Run> runs) {
        System.out.println("(1) sentence labels out of fold by the model that adds frames, at the most probable label:"
                + " label, gold, predicted, right, precision, recall");
        sentenceCounts.forEach((l, c) -> System.out.printf(
                Locale.ROOT,
                "%-26s %5d %5d %5d %.3f %.3f%n",
                l.id(),
                c[0],
                c[1],
                c[2],
                c[1] == 0 ? 0 : (double) c[2] / c[1],
                c[0] == 0 ? 0 : (double) c[2] / c[0]));
        System.out.println("(2) gold events by type: all, in a sentence no rule frame reads");
        Map<String, int[]> unread = new LinkedHashMap<>();
        for (Run r : runs) {
            List<Sentence> sentences = SentenceSplitter.split(r.article().text());
            Set<Integer> read = new LinkedHashSet<>();
            for (Event e : r.events()) {
                if (!e.rule().startsWith("classifier")) {
                    read.add(sentenceOf(sentences, e.start()));
                }
            }
            for (JsonNode g : r.gold().get("events")) {
                int[] c = unread.computeIfAbsent(g.get("type").asText(), k -> new int[2]);
                c[0]++;
                int at = evidenceSentence(
                        r.article().text(), sentences, g.get("evidence").asText());
                if (at < 0 || !read.contains(at)) {
                    c[1]++;
                }
            }
        }
        unread.forEach((type, c) -> System.out.printf(Locale.ROOT, "%-26s %5d %5d%n", type, c[0], c[1]));
        GoldScore.Prf none = score(runs, e -> false);
        System.out.println("(3) frames the classifier adds, by type and threshold: added, gold events matched more"
                + " than without any (precision); without any: " + none);
        for (SentenceLabel l : SentenceLabel.values()) {
            if (l == SentenceLabel.NONE) {
                continue;
            }
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-26s", l.id()));
            for (double t : THRESHOLDS) {
                int added = 0;
                for (Run r : runs) {
                    added += (int)
                            r.events().stream().filter(e -> classified(e, l, t)).count();
                }
                GoldScore.Prf with = score(runs, e -> classified(e, l, t));
                int more = with.matched() - none.matched();
                line.append(String.format(
                        Locale.ROOT,
                        "  %.2f: %3d %3d (%s)",
                        t,
                        added,
                        more,
                        added == 0 ? "-" : String.format(Locale.ROOT, "%.2f", (double) more / added)));
            }
            System.out.println(line);
        }
        System.out.println(
                "(4) events over all splits, every type at one threshold: matched, predicted, gold, P, R," + " F1");
        for (double t : THRESHOLDS) {
            System.out.printf(Locale.ROOT, "%.2f %s%n", t, line(score(runs, e -> classified(e, null, t))));
        }
        chosen(runs, none);
    }

    /**
     * For each type, the lowest threshold at which the frames it adds match gold events no rule frame matches with a
     * precision of the floor or more; then the extraction with those thresholds together.
     */
    private static void chosen(List<Run> runs, GoldScore.Prf none) {
        double floor = Double.parseDouble(System.getProperty("floor", "0.8"));
        Map<SentenceLabel, Double> thresholds = new LinkedHashMap<>();
        for (SentenceLabel l : SentenceLabel.values()) {
            for (double t : l == SentenceLabel.NONE ? new double[0] : THRESHOLDS) {
                int added = 0;
                for (Run r : runs) {
                    added += (int)
                            r.events().stream().filter(e -> classified(e, l, t)).count();
                }
                int more = score(runs, e -> classified(e, l, t)).matched() - none.matched();
                if (added > 0 && more >= floor * added) {
                    thresholds.put(l, t);
                    break;
                }
            }
        }
        GoldScore.Prf s =
                score(runs, e -> thresholds.entrySet().stream().anyMatch(x -> classified(e, x.getKey(), x.getValue())));
        System.out.printf(
                Locale.ROOT,
                "(5) thresholds reaching precision %.2f: %s; end to end: matched, predicted, gold, P, R, F1: %s%n",
                floor,
                thresholds,
                line(s));
        Map<SentenceLabel, Double> shipped = ClassifierFrames.BUNDLED.thresholds();
        System.out.printf(
                Locale.ROOT,
                "(6) by split, the thresholds chosen (5) against the shipped ones %s: matched, predicted, gold, P, R,"
                        + " F1%n",
                shipped);
        Map<String, List<Run>> bySplit = new LinkedHashMap<>();
        runs.forEach(
                r -> bySplit.computeIfAbsent(r.split(), k -> new ArrayList<>()).add(r));
        bySplit.put("pooled", runs);
        bySplit.forEach((name, part) -> System.out.printf(
                Locale.ROOT,
                "%-10s chosen %s  shipped %s%n",
                name,
                line(score(
                        part,
                        e -> thresholds.entrySet().stream().anyMatch(x -> classified(e, x.getKey(), x.getValue())))),
                line(score(
                        part,
                        e -> shipped.entrySet().stream().anyMatch(x -> classified(e, x.getKey(), x.getValue()))))));
    }

    /** Matched, predicted, gold, precision, recall and F1. */
    private static String line(GoldScore.Prf s) {
        return String.format(
                Locale.ROOT,
                "%4d %4d %4d %.3f %.3f %.3f",
                s.matched(),
                s.predicted(),
                s.gold(),
                s.precision(),
                s.gold() == 0 ? 0 : (double) s.matched() / s.gold(),
                s.f1());
    }

    /** Whether the event is a frame the classifier added for the label (any label when null) at p of t or more. */
    private static boolean classified(Event e, SentenceLabel label, double t) {
        var m = CLASSIFIER_RULE.matcher(e.rule());
        return m.lookingAt()
                && (label == null || m.group(1).equals(label.id()))
                && Double.parseDouble(m.group(2)) >= t - 1e-9;
    }

    /** The score of the runs keeping every rule frame and the classifier's frames that pass the filter. */
    private static GoldScore.Prf score(List<Run> runs, Predicate<Event> keep) {
        Map<String, JsonNode> gold = new LinkedHashMap<>();
        Map<String, JsonNode> predicted = new LinkedHashMap<>();
        for (Run r : runs) {
            String key = predicted.size() + "/" + r.article().name();
            gold.put(key, r.gold());
            List<Map<String, Object>> events = new ArrayList<>();
            for (Event e : r.events()) {
                if (!e.rule().startsWith("classifier") || keep.test(e)) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("type", e.type().id());
                    row.put("parties", e.parties());
                    row.put("minerals", e.minerals());
                    events.add(row);
                }
            }
            predicted.put(key, GoldScore.node(Map.of("events", events, "claims", List.of())));
        }
        return GoldScore.score(gold, predicted).events();
    }

    private static int sentenceOf(List<Sentence> sentences, int offset) {
        for (Sentence s : sentences) {
            if (offset >= s.start() && offset < s.end()) {
                return s.index();
            }
        }
        return -1;
    }

    private static int evidenceSentence(String text, List<Sentence> sentences, String evidence) {
        for (Sentence s : sentences) {
            if (s.text().contains(evidence) || evidence.contains(s.text())) {
                return s.index();
            }
        }
        int at = text.indexOf(evidence);
        return at < 0 ? -1 : sentenceOf(sentences, at);
    }
}
