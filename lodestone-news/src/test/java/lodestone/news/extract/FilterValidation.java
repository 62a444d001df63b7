package lodestone.news.extract;

import com.fasterxml.jackson.databind.JsonNode;
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
import java.util.TreeSet;
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
 * and the arguments of {@link TrainingSentences}; {@code -Dl2=} sets the penalty of the cross-validation and {@code
 * -DprecisionFloor=} the pooled precision its thresholds keep out of fold ({@link FilterTraining#PRECISION_FLOOR}
 * unless set):
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
 * DIR/without}); with {@code -Dcompare=frames} the second reading is without round 20b's duty and list frames ({@link
 * NewsExtractor#withoutDutyFrames}, {@link NewsExtractor#withoutListFrames}); with {@code -Dcompare=acts} it is without
 * round 21b's acts on instruments of mining ({@link NewsExtractor#withoutActFrames}). With {@code -Dcoordinated=false} the
 * extractor reads each trigger as one frame, as before round 18a ({@link NewsExtractor#withoutCoordinated}). With
 * {@code -Dheld=REGEX} only the splits whose names match are held out in turn (every split given is still in the
 * classifier's training), and with {@code -Dcandidates=FILE} each held split's filter is trained on the other splits'
 * rows of FILE (the shipped {@code vet/candidates.tsv}) instead of this run's, as {@link ProposalValidation} does.
 * With {@code -DkeepRows=FILE} each fold's threshold keeps every real row of FILE (the seed articles' candidates, {@code
 * vet/seeds.tsv}, as {@link FilterTraining} keeps them for the shipped filter since round 24a). With {@code
 * -Ddescribe=true} each row of the table is also described beside it ({@code CANDIDATES.tsv.rows}: its sentence, type,
 * rule, minerals and whether the headline or lead names its minerals or parties), so that what a fold's filter drops can
 * be read by its sentence (round 26a).
 */
final class FilterValidation {
    private FilterValidation() {}

    /** One article's candidates, the candidates as schema rows, and its gold. */
    private record Run(String split, String article, List<Candidate> candidates, List<JsonNode> rows, JsonNode gold) {}

    public static void main(String[] args) throws IOException {
        Path cache = Path.of(args[0]);
        Path tableFile = Path.of(args[1]);
        SplitArguments arguments = SplitArguments.parse(List.of(args).subList(2, args.length));
        List<Run> without = new ArrayList<>();
        List<Run> runs = Boolean.getBoolean("table") ? List.of() : runs(cache, arguments, without);
        if (!without.isEmpty()) {
            System.out.println(
                    switch (System.getProperty("compare", "false")) {
                        case "frames" -> "without round 20b's duty and list frames:";
                        case "acts" -> "without round 21b's acts on instruments of mining:";
                        default -> "without the borrowed minerals' generic stage:";
                    });
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
            if (Boolean.getBoolean("describe")) {
                describe(runs, Path.of(tableFile + ".rows"));
            }
        }
        double l2 = Double.parseDouble(System.getProperty("l2", String.valueOf(FilterTraining.L2)));
        System.out.println(
                "out of fold by split (l2 " + l2 + "): split, threshold, before m/p/g P R F1, after m/p/g P" + " R F1");
        int[] before = new int[3];
        int[] after = new int[3];
        // -Dcandidates=FILE: each split's filter trained on FILE's rows of the other splits (the shipped table), as
        // ProposalValidation does, instead of this run's
        String candidates = System.getProperty("candidates");
        FilterTraining.Table trainingTable = candidates == null
                ? table
                : FilterTraining.parse(Files.readString(Path.of(candidates), StandardCharsets.UTF_8), candidates);
        for (String held : table.gold().keySet()) {
            Map<String, Integer> gold = new LinkedHashMap<>(trainingTable.gold());
            gold.remove(held);
            List<FilterTraining.Row> training = trainingTable.rows().stream()
                    .filter(r -> !r.split().equals(held))
                    .toList();
            LogisticFilter filter = train(new FilterTraining.Table(gold, training), l2);
            int[] b;
            int[] a;
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
                b = score(heldRuns, CandidateFilter.all());
                a = score(heldRuns, filter);
                if (dir != null) {
                    write(Path.of(dir, held + ".jsonl"), heldRuns, filter);
                }
            }
            for (int k = 0; k < 3; k++) {
                before[k] += b[k];
                after[k] += a[k];
            }
            System.out.printf(Locale.ROOT, "%-10s %.2f  %s  %s%n", held, filter.threshold(), prf(b), prf(a));
        }
        System.out.printf(Locale.ROOT, "%-10s       %s  %s%n", "pooled", prf(before), prf(after));
        LogisticFilter all = train(table, l2);
        System.out.println("trained on every split: threshold " + all.threshold());
        double[] w = all.weights();
        System.out.printf(Locale.ROOT, "  %-24s %8.3f%n", "intercept", w[0]);
        for (int k = 0; k < CandidateFeatures.NAMES.size(); k++) {
            System.out.printf(Locale.ROOT, "  %-24s %8.3f%n", CandidateFeatures.NAMES.get(k), w[k + 1]);
        }
    }

    /**
     * The filter a fold's rows give: {@link FilterTraining#train} at {@link #precisionFloor()}, its threshold chosen
     * out of fold or in sample as {@code -DfilterThreshold=outOfFold} or {@code =inSample} says ({@link
     * FilterTraining#THRESHOLD_OUT_OF_FOLD}, the shipped choice, unless set).
     *
     * @param table the fold's labelled candidates
     * @param l2 the penalty of the fit
     * @return the filter
     */
    static LogisticFilter train(FilterTraining.Table table, double l2) {
        String choice = System.getProperty("filterThreshold");
        boolean outOfFold = choice == null ? FilterTraining.THRESHOLD_OUT_OF_FOLD : choice.equals("outOfFold");
        return FilterTraining.train(table, l2, precisionFloor(), outOfFold, keepRows());
    }

    /**
     * @return the filter's table named by {@code -Dcandidates=FILE} (another run's, as this class writes it), the shipped
     *     {@code vet/candidates.tsv} otherwise
     * @throws IOException if it cannot be read
     */
    static FilterTraining.Table candidatesTable() throws IOException {
        String file =
                System.getProperty("candidates", "lodestone-news/src/test/resources/lodestone/news/vet/candidates.tsv");
        return FilterTraining.parse(Files.readString(Path.of(file), StandardCharsets.UTF_8), file);
    }

    /**
     * @return the candidates a fold's filter must keep: with {@code -DkeepRows=FILE} the real rows of that table (the
     *     seed articles' candidates, {@code vet/seeds.tsv}), else none
     */
    static List<FilterTraining.Row> keepRows() {
        String file = System.getProperty("keepRows");
        if (file == null) {
            return List.of();
        }
        try {
            return FilterTraining.parse(Files.readString(Path.of(file), StandardCharsets.UTF_8), file)
                    .rows();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * @return the pooled precision the filters' and the gates' thresholds keep out of fold: {@link
     *     FilterTraining#PRECISION_FLOOR} unless {@code -DprecisionFloor=} says otherwise (0: the highest F1)
     */
    static double precisionFloor() {
        return Double.parseDouble(System.getProperty("precisionFloor", String.valueOf(FilterTraining.PRECISION_FLOOR)));
    }

    private static void count(int[] c, boolean real) {
        c[1]++;
        c[0] += real ? 1 : 0;
    }

    /**
     * @return the extractor as shipped, or with {@code -Dcoordinated=false} without round 18a's frames of a second
     *     coordinated object ({@link NewsExtractor#withoutCoordinated}), with {@code -DsecondActions=false} without
     *     round 19b's second actions of another type ({@link NewsExtractor#withoutSecondActions}), with {@code
     *     -DdealContent=false} reading an agreement with a company beside an investment as an agreement too ({@link
     *     NewsExtractor#withoutDealContent}), with {@code -DdutyFrames=false} or {@code -DlistFrames=false} without round
     *     20b's duty or list frames
     */
    static NewsExtractor coordinated(NewsExtractor extractor) {
        NewsExtractor out =
                "false".equals(System.getProperty("coordinated")) ? extractor.withoutCoordinated() : extractor;
        out = "false".equals(System.getProperty("secondActions")) ? out.withoutSecondActions() : out;
        out = "false".equals(System.getProperty("dutyFrames")) ? out.withoutDutyFrames() : out;
        out = "false".equals(System.getProperty("listFrames")) ? out.withoutListFrames() : out;
        return "false".equals(System.getProperty("dealContent")) ? out.withoutDealContent() : out;
    }

    /** Runs the extractor with each split's out-of-fold classifier, keeping and recording every candidate. */
    private static List<Run> runs(Path cache, SplitArguments arguments, List<Run> without) throws IOException {
        List<Split> splits = arguments.splits();
        RememberingEncoder encoder = new RememberingEncoder(MiniLmEncoder.shared());
        encoder.read(cache);
        Map<String, List<TrainingSentences.Labelled>> sentences = arguments.labelled();
        List<Run> runs = new ArrayList<>();
        for (Split held : splits) {
            if (!held.name().matches(System.getProperty("held", ".*"))) {
                continue; // -Dheld=REGEX: only these splits are held out in turn; every split is in the training
            }
            SoftmaxClassifier model = arguments.classifierWithout(held.name(), sentences, encoder);
            List<List<Candidate>> seen = new ArrayList<>();
            NewsExtractor extractor = coordinated(new NewsExtractor(
                            Gazetteer.bundled(),
                            Optional.of(new SentenceClassifier(encoder, model)),
                            ClassifierFrames.BUNDLED))
                    .filtered(article -> {
                        seen.add(List.copyOf(article));
                        return CandidateFilter.all().keep(article);
                    });
            List<List<Candidate>> seenWithout = new ArrayList<>();
            // -Dcompare=true: without the borrowed minerals' generic stage; -Dcompare=frames: without round 20b's duty
            // and list frames
            String compare = System.getProperty("compare", "false");
            NewsExtractor variant = switch (compare) {
                case "frames" -> extractor.withoutDutyFrames().withoutListFrames();
                case "acts" -> extractor.withoutActFrames();
                default -> extractor.withoutBorrowedGeneric();
            };
            NewsExtractor baseline = variant.filtered(article -> {
                seenWithout.add(List.copyOf(article));
                return CandidateFilter.all().keep(article);
            });
            Map<String, JsonNode> gold = GoldScore.load(held.dir().resolve("gold.jsonl"));
            for (Article article :
                    ArticleReader.withDefaults().readAll(held.dir().toString())) {
                if (gold.containsKey(article.name())
                        && held.files().matcher(article.name()).matches()) {
                    if (!compare.equals("false")) {
                        without.add(run(held, article, baseline, seenWithout, gold));
                    }
                    runs.add(run(held, article, extractor, seen, gold));
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
            Map<String, JsonNode> gold) {
        JsonNode schema = GoldScore.node(extractor.extract(article).toSchema());
        return new Run(
                split.name(),
                article.name(),
                seen.get(seen.size() - 1),
                GoldScore.list(schema.get("events")),
                gold.get(article.name()));
    }

    /** @return the events of the run that the filter keeps */
    private static List<JsonNode> kept(Run r, CandidateFilter filter) {
        boolean[] keep = filter.keep(r.candidates());
        List<JsonNode> kept = new ArrayList<>();
        for (int i = 0; i < keep.length; i++) {
            if (keep[i]) {
                kept.add(r.rows().get(i));
            }
        }
        return kept;
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

    /**
     * With {@code -Ddescribe=true}: each row of the table as the pipeline built it, in the table's order ({@code
     * CANDIDATES.tsv.rows}: split, article, real, sentence index, sentence count, type, rule, the number of the frame's
     * minerals, whether they are its own, the minerals of its sentence and of the sentences beside it, the frame's
     * minerals, whether the headline or lead names one of them or one of its parties (the runs' filter reads the
     * candidates' signals, so the pipeline gives them), the sentence), so that what a fold's filter drops can be read by
     * its sentence and its article.
     */
    private static void describe(List<Run> runs, Path file) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("split\tarticle\treal\tsentence\tsentences\ttype\trule\tminerals\town\tsentence-minerals"
                + "\tneighbour-minerals\tframe-minerals\tmineral-in-lead\tparty-in-lead\ttext");
        for (Run r : runs) {
            Set<Integer> matched =
                    GoldScore.matchedEvents(GoldScore.list(r.gold().get("events")), r.rows());
            for (int i = 0; i < r.candidates().size(); i++) {
                Candidate c = r.candidates().get(i);
                lines.add(String.join(
                        "\t",
                        r.split(),
                        r.article(),
                        String.valueOf(matched.contains(i)),
                        String.valueOf(c.sentenceIndex()),
                        String.valueOf(c.sentenceCount()),
                        c.type(),
                        c.rule().replace('\t', ' '),
                        String.valueOf(c.minerals()),
                        String.valueOf(c.ownMinerals()),
                        String.valueOf(c.sentenceMinerals()),
                        String.valueOf(c.neighbourMinerals()),
                        String.join(";", new TreeSet<>(c.signals().minerals())),
                        String.valueOf(c.signals().mineralInLead()),
                        String.valueOf(c.signals().partyInLead()),
                        c.sentence().replace('\t', ' ').replace('\n', ' ')));
            }
        }
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    /** Writes the events of the runs that the filter keeps, one article per line. */
    private static void write(Path file, List<Run> runs, CandidateFilter filter) throws IOException {
        List<String> lines = new ArrayList<>();
        for (Run r : runs) {
            List<JsonNode> kept = kept(r, filter);
            lines.add(GoldScore.JSON.writeValueAsString(
                    Map.of("file", r.article(), "events", kept, "claims", List.of())));
        }
        Files.createDirectories(file.getParent());
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    /** @return matched, predicted and gold events of the runs with the filter applied */
    private static int[] score(List<Run> runs, CandidateFilter filter) {
        Map<String, JsonNode> gold = new LinkedHashMap<>();
        Map<String, JsonNode> predicted = new LinkedHashMap<>();
        for (Run r : runs) {
            List<JsonNode> kept = kept(r, filter);
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
