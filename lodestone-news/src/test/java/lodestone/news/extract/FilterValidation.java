package lodestone.news.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import lodestone.news.article.Article;
import lodestone.news.article.ArticleReader;
import lodestone.news.classify.MiniLmEncoder;
import lodestone.news.classify.RememberingEncoder;
import lodestone.news.classify.SentenceClassifier;
import lodestone.news.classify.SoftmaxClassifier;
import lodestone.news.extract.SplitArguments.Split;
import lodestone.news.vet.Candidate;
import lodestone.news.vet.CandidateFeatures;
import lodestone.news.vet.CandidateFilter;
import lodestone.news.vet.FilterTraining;
import lodestone.news.vet.LogisticFilter;
import lodestone.news.vet.TypeChooser;
import lodestone.news.vet.TypeCombiner;
import lodestone.news.vet.TypeFeatures;
import lodestone.news.vet.TypeTraining;
import org.jspecify.annotations.Nullable;

/**
 * Writes the candidate filter's training table and cross-validates the filter by split. For each development split
 * held out in turn, the sentence classifier is trained on the other splits' sentences (and the written ones), as in
 * {@link ClassifierValidation}, and the extractor runs with it on the split's articles (its tuning part) keeping every
 * candidate; each candidate is labelled by whether it matches a gold event ({@link GoldScore#matchedEvents}, the
 * scorer's one-to-one matching). So the classifier's probabilities in the table are out of fold, as they are on an
 * unseen article. Then, for each split held out in turn, a filter is trained on the other splits' candidates ({@link
 * FilterTraining#train}, its threshold chosen on them alone) and the split's candidates are filtered and scored again
 * against the gold: it prints events matched, predicted, gold, precision, recall and F1 per split before and after, and
 * pooled. Run from the repository root, with a file that keeps the sentence vectors between runs, the table to write
 * and the arguments of {@link TrainingSentences}; {@code -Dl2=} sets the penalty of the cross-validation:
 *
 * <pre>
 * java -cp ... lodestone.news.extract.FilterValidation VECTORS.tsv CANDIDATES.tsv DIR[#REGEX]|FILE.tsv...
 * </pre>
 *
 * With {@code -Dtable=true} the extraction is skipped and the table is read from {@code CANDIDATES.tsv}. With {@code
 * -Dpredictions=DIR} the held-out split's events that its out-of-fold filter keeps are written to {@code
 * DIR/SPLIT.jsonl}, in the schema of {@code gold.jsonl}, for {@link NearMisses} or {@code score-extraction}. With
 * {@code -Dcompare=true} each split is also read by the extractor without the stage that adds critical minerals to
 * events with borrowed minerals, with the same out-of-fold classifier, and the same cross-validation is printed for it
 * first (its table is written beside the other, as {@code CANDIDATES.tsv.without}; its predictions to {@code
 * DIR/without}). With {@code -Dtypes=TYPES.tsv} the candidates that match a gold event are also written there with the
 * gold event's type ({@link TypeTraining}'s table; the classifier reads every candidate's sentence for it), and for
 * each split held out in turn a type combiner trained on the other splits' rows decides the types of the events its
 * filter keeps: the cross-validation prints a third column, end to end with the combiner (its predictions in {@code
 * DIR/typed}).
 */
final class FilterValidation {
    private FilterValidation() {}

    /**
     * One article's candidates, the classifier's probabilities for each one's sentence (empty when it did not read it),
     * the candidates as schema rows, and its gold.
     */
    private record Run(
            String split,
            String article,
            List<Candidate> candidates,
            List<double[]> probabilities,
            List<JsonNode> rows,
            JsonNode gold) {}

    public static void main(String[] args) throws IOException {
        Path cache = Path.of(args[0]);
        Path tableFile = Path.of(args[1]);
        SplitArguments arguments = SplitArguments.parse(List.of(args).subList(2, args.length));
        List<Run> without = new ArrayList<>();
        List<Run> runs = Boolean.getBoolean("table") ? List.of() : runs(cache, arguments, without);
        if (!without.isEmpty()) {
            System.out.println("without the borrowed minerals' generic stage:");
            String dir = System.getProperty("predictions");
            crossValidate(
                    without,
                    Path.of(tableFile + ".without"),
                    dir == null ? null : Path.of(dir, "without").toString());
            System.out.println("with it (shipped):");
        }
        crossValidate(runs, tableFile, System.getProperty("predictions"));
    }

    private static void crossValidate(List<Run> runs, Path tableFile, @Nullable String dir) throws IOException {
        FilterTraining.Table table = runs.isEmpty()
                ? FilterTraining.parse(Files.readString(tableFile, StandardCharsets.UTF_8), tableFile.toString())
                : table(runs);
        if (!runs.isEmpty()) {
            Files.writeString(tableFile, table.toText(), StandardCharsets.UTF_8);
        }
        double l2 = Double.parseDouble(System.getProperty("l2", String.valueOf(FilterTraining.L2)));
        String typesFile = System.getProperty("types");
        List<TypeTraining.Row> typeRows = typesFile == null || runs.isEmpty() ? List.of() : typeRows(runs);
        if (!typeRows.isEmpty()) {
            Files.writeString(Path.of(typesFile), TypeTraining.toText(typeRows), StandardCharsets.UTF_8);
        }
        System.out.println("out of fold by split (l2 " + l2 + "): split, threshold, before m/p/g P R F1, after m/p/g P"
                + " R F1" + (typeRows.isEmpty() ? "" : ", with the type combiner m/p/g P R F1, margin, retyped"));
        int[] before = new int[3];
        int[] after = new int[3];
        int[] typed = new int[3];
        for (String held : table.gold().keySet()) {
            Map<String, Integer> gold = new LinkedHashMap<>(table.gold());
            gold.remove(held);
            List<FilterTraining.Row> training =
                    table.rows().stream().filter(r -> !r.split().equals(held)).toList();
            LogisticFilter filter = FilterTraining.train(new FilterTraining.Table(gold, training), l2);
            int[] b;
            int[] a;
            String combined = "";
            if (runs.isEmpty()) {
                // from the table alone: labels of the unfiltered matching (a dropped match could free a gold event
                // for another candidate, which only the full run counts)
                b = new int[] {0, 0, table.gold().get(held)};
                a = new int[] {0, 0, table.gold().get(held)};
                for (FilterTraining.Row r : table.rows()) {
                    if (r.split().equals(held)) {
                        count(b, r.real());
                        if (filter.probability(r.x()) >= filter.threshold()) {
                            count(a, r.real());
                        }
                    }
                }
            } else {
                List<Run> heldRuns =
                        runs.stream().filter(r -> r.split().equals(held)).toList();
                b = score(heldRuns, CandidateFilter.all(), TypeChooser.triggers());
                a = score(heldRuns, filter, TypeChooser.triggers());
                if (dir != null) {
                    write(Path.of(dir, held + ".jsonl"), heldRuns, filter, TypeChooser.triggers());
                }
                if (!typeRows.isEmpty()) {
                    TypeCombiner combiner = TypeTraining.train(typeRows.stream()
                            .filter(r -> !r.split().equals(held))
                            .toList());
                    int[] c = score(heldRuns, filter, combiner);
                    for (int k = 0; k < 3; k++) {
                        typed[k] += c[k];
                    }
                    combined = String.format(
                            Locale.ROOT,
                            "  %s %.2f %d",
                            prf(c),
                            combiner.margin(),
                            retyped(heldRuns, filter, combiner));
                    if (dir != null) {
                        write(Path.of(dir, "typed", held + ".jsonl"), heldRuns, filter, combiner);
                    }
                }
            }
            for (int k = 0; k < 3; k++) {
                before[k] += b[k];
                after[k] += a[k];
            }
            System.out.printf(
                    Locale.ROOT, "%-10s %.2f  %s  %s%s%n", held, filter.threshold(), prf(b), prf(a), combined);
        }
        System.out.printf(
                Locale.ROOT,
                "%-10s       %s  %s%s%n",
                "pooled",
                prf(before),
                prf(after),
                typeRows.isEmpty() ? "" : "  " + prf(typed));
        LogisticFilter all = FilterTraining.train(table, l2);
        System.out.println("trained on every split: threshold " + all.threshold());
        double[] w = all.weights();
        System.out.printf(Locale.ROOT, "  %-24s %8.3f%n", "intercept", w[0]);
        for (int k = 0; k < CandidateFeatures.NAMES.size(); k++) {
            System.out.printf(Locale.ROOT, "  %-24s %8.3f%n", CandidateFeatures.NAMES.get(k), w[k + 1]);
        }
    }

    private static void count(int[] c, boolean real) {
        c[1]++;
        c[0] += real ? 1 : 0;
    }

    /** Runs the extractor with each split's out-of-fold classifier, keeping and recording every candidate. */
    private static List<Run> runs(Path cache, SplitArguments arguments, List<Run> without) throws IOException {
        List<Split> splits = arguments.splits();
        RememberingEncoder encoder = new RememberingEncoder(MiniLmEncoder.shared());
        encoder.read(cache);
        Map<String, List<TrainingSentences.Labelled>> sentences = arguments.labelled();
        List<Run> runs = new ArrayList<>();
        for (Split held : splits) {
            SoftmaxClassifier model = arguments.classifierWithout(held.name(), sentences, encoder);
            List<List<Candidate>> seen = new ArrayList<>();
            List<List<double[]>> read = new ArrayList<>();
            NewsExtractor extractor = new NewsExtractor(
                            Gazetteer.bundled(),
                            Optional.of(new SentenceClassifier(encoder, model)),
                            ClassifierFrames.BUNDLED)
                    .filtered(article -> {
                        seen.add(List.copyOf(article));
                        return CandidateFilter.all().keep(article);
                    })
                    .typed((article, probabilities) -> {
                        read.add(List.copyOf(probabilities));
                        return TypeChooser.triggers().types(article, probabilities);
                    });
            List<List<Candidate>> seenWithout = new ArrayList<>();
            NewsExtractor baseline = extractor.withoutBorrowedGeneric().filtered(article -> {
                seenWithout.add(List.copyOf(article));
                return CandidateFilter.all().keep(article);
            });
            Map<String, JsonNode> gold = GoldScore.load(held.dir().resolve("gold.jsonl"));
            for (Article article :
                    ArticleReader.withDefaults().readAll(held.dir().toString())) {
                if (gold.containsKey(article.name())
                        && held.files().matcher(article.name()).matches()) {
                    if (Boolean.getBoolean("compare")) {
                        without.add(run(held, article, baseline, seenWithout, read, gold));
                    }
                    runs.add(run(held, article, extractor, seen, read, gold));
                }
            }
            System.err.println("fold " + held.name() + ": " + runs.size() + " articles so far");
            encoder.write(cache);
        }
        return runs;
    }

    /** Extracts one article, keeping the candidates the extractor's filter saw and the article's gold. */
    private static Run run(
            Split split,
            Article article,
            NewsExtractor extractor,
            List<List<Candidate>> seen,
            List<List<double[]>> read,
            Map<String, JsonNode> gold) {
        JsonNode schema = GoldScore.node(extractor.extract(article).toSchema());
        return new Run(
                split.name(),
                article.name(),
                seen.get(seen.size() - 1),
                read.get(read.size() - 1),
                GoldScore.list(schema.get("events")),
                gold.get(article.name()));
    }

    /** @return the events of the run that the filter keeps, each with the type the chooser gives it */
    private static List<JsonNode> kept(Run r, CandidateFilter filter, TypeChooser types) {
        boolean[] keep = filter.keep(r.candidates());
        List<JsonNode> kept = new ArrayList<>();
        List<Candidate> candidates = new ArrayList<>();
        List<double[]> probabilities = new ArrayList<>();
        for (int i = 0; i < keep.length; i++) {
            if (keep[i]) {
                kept.add(r.rows().get(i));
                candidates.add(r.candidates().get(i));
                probabilities.add(r.probabilities().get(i));
            }
        }
        List<String> chosen = types.types(candidates, probabilities);
        List<JsonNode> out = new ArrayList<>();
        for (int i = 0; i < kept.size(); i++) {
            ObjectNode row = kept.get(i).deepCopy();
            row.put("type", chosen.get(i));
            out.add(row);
        }
        return out;
    }

    /** @return how many of the events of the runs that the filter keeps the chooser gives another type */
    private static int retyped(List<Run> runs, CandidateFilter filter, TypeChooser types) {
        int n = 0;
        for (Run r : runs) {
            List<JsonNode> before = kept(r, filter, TypeChooser.triggers());
            List<JsonNode> after = kept(r, filter, types);
            for (int i = 0; i < before.size(); i++) {
                n += before.get(i).get("type").equals(after.get(i).get("type")) ? 0 : 1;
            }
        }
        return n;
    }

    /**
     * @return the candidates of the runs that match a gold event, labelled with its type: the gold event the scorer
     *     matches to the candidate, else an unmatched gold event with the same parties and minerals and another type
     *     ({@link NearMisses}), the one told in the candidate's sentence first
     */
    private static List<TypeTraining.Row> typeRows(List<Run> runs) {
        List<TypeTraining.Row> out = new ArrayList<>();
        for (Run r : runs) {
            List<JsonNode> goldEvents = GoldScore.list(r.gold().get("events"));
            Map<Integer, Integer> pairs = GoldScore.matchedEventPairs(goldEvents, r.rows());
            Map<Integer, Integer> byPrediction = new java.util.HashMap<>();
            pairs.forEach((g, p) -> byPrediction.put(p, g));
            Set<Integer> usedGold = new java.util.HashSet<>(pairs.keySet());
            for (int i = 0; i < r.rows().size(); i++) {
                Integer g = byPrediction.get(i);
                if (g == null) {
                    g = nearestOfAnotherType(goldEvents, usedGold, r.rows().get(i));
                }
                if (g != null) {
                    usedGold.add(g);
                    out.add(new TypeTraining.Row(
                            r.split(),
                            r.article(),
                            goldEvents.get(g).get("type").asText(),
                            TypeFeatures.of(
                                    r.candidates().get(i), r.probabilities().get(i))));
                }
            }
        }
        return out;
    }

    /** @return the unused gold event with the prediction's parties and minerals and another type, or null */
    private static @Nullable Integer nearestOfAnotherType(List<JsonNode> gold, Set<Integer> used, JsonNode predicted) {
        Integer best = null;
        for (int g = 0; g < gold.size(); g++) {
            if (used.contains(g) || NearMisses.kind(gold.get(g), predicted) != NearMisses.Kind.TYPE) {
                continue;
            }
            NearMisses.Miss m = new NearMisses.Miss("", NearMisses.Kind.TYPE, gold.get(g), predicted);
            if (best == null || m.sameSentence()) {
                best = g;
                if (m.sameSentence()) {
                    break;
                }
            }
        }
        return best;
    }

    private static FilterTraining.Table table(List<Run> runs) {
        Map<String, Integer> gold = new LinkedHashMap<>();
        List<FilterTraining.Row> rows = new ArrayList<>();
        for (Run r : runs) {
            List<JsonNode> goldEvents = GoldScore.list(r.gold().get("events"));
            gold.merge(r.split(), goldEvents.size(), Integer::sum);
            Set<Integer> matched = GoldScore.matchedEvents(goldEvents, r.rows());
            for (int i = 0; i < r.candidates().size(); i++) {
                rows.add(new FilterTraining.Row(
                        r.split(), r.article(), matched.contains(i), CandidateFeatures.of(r.candidates(), i)));
            }
        }
        return new FilterTraining.Table(gold, rows);
    }

    /** Writes the events of the runs that the filter keeps, one article per line. */
    private static void write(Path file, List<Run> runs, CandidateFilter filter, TypeChooser types) throws IOException {
        List<String> lines = new ArrayList<>();
        for (Run r : runs) {
            List<JsonNode> kept = kept(r, filter, types);
            lines.add(GoldScore.JSON.writeValueAsString(
                    Map.of("file", r.article(), "events", kept, "claims", List.of())));
        }
        Files.createDirectories(file.getParent());
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    /** @return matched, predicted and gold events of the runs with the filter applied */
    private static int[] score(List<Run> runs, CandidateFilter filter, TypeChooser types) {
        Map<String, JsonNode> gold = new LinkedHashMap<>();
        Map<String, JsonNode> predicted = new LinkedHashMap<>();
        for (Run r : runs) {
            List<JsonNode> kept = kept(r, filter, types);
            gold.put(r.article(), r.gold());
            predicted.put(r.article(), GoldScore.node(Map.of("events", kept, "claims", List.of())));
        }
        GoldScore.Prf events = GoldScore.score(gold, predicted).events();
        return new int[] {events.matched(), events.predicted(), events.gold()};
    }

    private static String prf(int[] c) {
        double p = c[1] == 0 ? 0 : (double) c[0] / c[1];
        double r = c[2] == 0 ? 0 : (double) c[0] / c[2];
        double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        return String.format(Locale.ROOT, "%4d/%4d/%4d %.3f %.3f %.3f", c[0], c[1], c[2], p, r, f);
    }
}
