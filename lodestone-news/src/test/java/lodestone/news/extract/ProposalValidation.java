package lodestone.news.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import lodestone.news.article.Article;
import lodestone.news.article.ArticleReader;
import lodestone.news.classify.MiniLmEncoder;
import lodestone.news.classify.RememberingEncoder;
import lodestone.news.classify.SentenceClassifier;
import lodestone.news.classify.SentenceLabel;
import lodestone.news.classify.SoftmaxClassifier;
import lodestone.news.extract.SplitArguments.Split;
import lodestone.news.frame.BesideTriggersProposer;
import lodestone.news.frame.FrameProposer;
import lodestone.news.frame.GateFeatures;
import lodestone.news.frame.GateTraining;
import lodestone.news.frame.LikeliestTypeProposer;
import lodestone.news.frame.Proposal;
import lodestone.news.frame.ProposalGate;
import lodestone.news.frame.Reading;
import lodestone.news.vet.Candidate;
import lodestone.news.vet.CandidateFeatures;
import lodestone.news.vet.CandidateFilter;
import lodestone.news.vet.FilterTraining;
import lodestone.news.vet.LogisticFilter;

/**
 * Where recall is lost, and the frame proposer measured out of fold by split. For each development split held out in
 * turn, the sentence classifier is trained on the other splits' sentences (and the written ones) and the candidate
 * filter on the other splits' rows of {@code vet/candidates.tsv} (as {@link FilterValidation} does; a split the table
 * does not hold gets the filter of every split), and the extractor runs on the split's articles: as shipped, without
 * proposals; with the {@link LikeliestTypeProposer} ({@code -Dfloor=}, 0.1 unless set) and a gate that rejects every
 * proposal (which must give the same events: a rejected proposal leaves no trace; {@code -Dcheck=false} skips the
 * shipped run and takes this one as the baseline); and once per proposal with a gate
 * that keeps that proposal alone. The last stage keeps every candidate, and the fold's filter is applied afterwards to
 * the candidates that were not proposed, as the pipeline does.
 *
 * <p>The first run gives the baseline and the diagnostic: every gold event not matched (score-extraction's rules) with
 * no predicted event near it (none read from its evidence sentence or the sentences next to it shares a party or a
 * mineral) is put at the stage where it was lost, read from what the frame stage saw of its evidence sentence (the
 * first sentence that contains the evidence or is contained in it): no trigger and not read by the classifier; no
 * trigger and the classifier below its thresholds; triggers vetoed by the classifier; a frame built but dropped by the
 * scope filter or merged into another; a candidate dropped by the candidate filter; an event of its sentence kept with
 * another type, parties or minerals. For the sentences no stage reads it also prints why each was not read (what the
 * sentence, its neighbours and the headline name). The same diagnostic is printed for the run with the shipped gate
 * (the gate over the filter's features), where every miss is sorted, also those with a kept prediction near: the
 * nearest such prediction matches it but is paired with another gold event, has another type (the type wrong), other
 * parties or minerals, or is matched to another gold event (a second action beside one that was found);
 * {@code -Dmisses=true} lists each miss with its sentence, and {@code -DshippedOnly=true} stops after it. With
 * {@code -Dbeside=other} or {@code -Dbeside=likeliest} the proposer is {@link BesideTriggersProposer}. Each proposal is labelled by whether keeping it alone matches one
 * more gold event than the baseline, with the features a gate can read before coreference ({@link GateFeatures}), and
 * the gate's table is written ({@link GateTraining}), with the same table over the candidate filter's features alone
 * beside it ({@code .filter} appended: the shipped gate's). Then each split is held out in turn again: a gate is
 * trained on the other splits' proposals and the extractor runs on the split with the proposer and that gate ({@link
 * ProposalGate}), once for a gate over the filter's features and once for a gate over {@link GateFeatures} ({@code
 * -Dprefixes=k,...} adds the gates over the filter's features and the first k of {@link GateFeatures#OWN}, {@code
 * -Dfall=x} one over every feature with its threshold chosen within a fall x of precision). It prints
 * matched, predicted and gold events, P, R and F1 per split before and after, and pooled. Run from the repository root
 * with a file that keeps the sentence vectors between runs, the table to write and the arguments of {@link
 * TrainingSentences} ({@code -Dheld=REGEX} reads and holds out only the splits whose names match, every split given
 * staying in the classifier's training, so that a run can be shared between processes: {@code -DtableOnly=true} stops
 * once the tables are written, their lines are joined in split order, and {@code -DgateTable=} the joined {@code .filter}
 * table with {@code -Dlabels=false}, which labels no proposal, measures each process's splits with its gates; {@code
 * -Dcandidates=FILE} reads the filter's table from FILE instead of the shipped one, and
 * {@code -Dcoordinated=false} reads each trigger as one frame, as before round 18a; {@code -DsecondActions=false} and
 * {@code -DdealContent=false} leave out round 19b's steps; {@code -DgateTable=FILE} trains each fold's gate on the
 * {@code .filter} table of another run, so that two variants of the frame stage are measured with the same gates;
 * with {@code -Dmisses=true} the false alarms are listed as well; {@code -DprecisionFloor=} sets the pooled precision
 * the filters' and gates' thresholds keep out of fold, {@link FilterTraining#PRECISION_FLOOR} unless set):
 *
 * <pre>
 * java -cp ... lodestone.news.extract.ProposalValidation VECTORS.tsv PROPOSALS.tsv DIR[#REGEX]|FILE.tsv...
 * </pre>
 */
final class ProposalValidation {
    private ProposalValidation() {}

    /** One article of one run: its candidates, their schema rows, what the frame stage saw, its text and gold. */
    private record Run(
            String split,
            String article,
            List<Candidate> candidates,
            List<JsonNode> rows,
            Map<Integer, Reading> readings,
            List<Sentence> sentences,
            List<Mention> mentions,
            JsonNode gold) {}

    /** What one extraction showed the proposer, the proposal gate and the last stage. */
    private static final class Recorder {
        final Map<Integer, Reading> readings = new ConcurrentHashMap<>();
        List<Candidate> gated = List.of();
        List<Candidate> last = List.of();
    }

    public static void main(String[] args) throws IOException {
        Path cache = Path.of(args[0]);
        Path tableFile = Path.of(args[1]);
        double floor = Double.parseDouble(System.getProperty("floor", "0.1"));
        // -Dbeside=other (or =likeliest): also propose beside triggers of other types (BesideTriggersProposer)
        String beside = System.getProperty("beside");
        FrameProposer proposer = beside == null
                ? new LikeliestTypeProposer(floor)
                : new BesideTriggersProposer(floor, beside.equals("likeliest"));
        // whether to run the shipped pipeline too, to check that rejected proposals change nothing
        boolean check = !"false".equals(System.getProperty("check"));
        SplitArguments arguments = SplitArguments.parse(List.of(args).subList(2, args.length));
        // -Dheld=REGEX: only these splits are read and held out in turn (every split given is still in the
        // classifier's training), so that one run can be shared between processes (their tables are joined line by
        // line; -DgateTable then measures the joined table's gates on each process's splits)
        String heldSplits = System.getProperty("held", ".*");
        List<Split> splits = arguments.splits().stream()
                .filter(s -> s.name().matches(heldSplits))
                .toList();
        // -Dlabels=false: no proposal is labelled (no run per proposal); with -DgateTable, for the measurement alone
        boolean labels = !"false".equals(System.getProperty("labels"));
        // -Dcandidates=FILE: the filter's table of another run (FilterValidation's), the shipped one otherwise
        FilterTraining.Table filterTable = FilterValidation.candidatesTable();
        RememberingEncoder encoder = new RememberingEncoder(MiniLmEncoder.shared());
        encoder.read(cache);
        Map<String, List<TrainingSentences.Labelled>> sentences = arguments.labelled();
        List<Run> before = new ArrayList<>();
        Map<String, LogisticFilter> filters = new LinkedHashMap<>();
        Map<String, NewsExtractor> extractors = new LinkedHashMap<>();
        Map<String, Integer> gold = new LinkedHashMap<>();
        Map<String, int[]> base = new LinkedHashMap<>();
        List<FilterTraining.Row> rows = new ArrayList<>();
        int differing = 0;
        for (Split held : splits) {
            SoftmaxClassifier model = arguments.classifierWithout(held.name(), sentences, encoder);
            Map<String, Integer> filterGold = new LinkedHashMap<>(filterTable.gold());
            filterGold.remove(held.name());
            LogisticFilter filter = FilterValidation.train(
                    new FilterTraining.Table(
                            filterGold,
                            filterTable.rows().stream()
                                    .filter(r -> !r.split().equals(held.name()))
                                    .toList()),
                    FilterTraining.L2);
            filters.put(held.name(), filter);
            NewsExtractor extractor = FilterValidation.coordinated(new NewsExtractor(
                    Gazetteer.bundled(),
                    Optional.of(new SentenceClassifier(encoder, model)),
                    ClassifierFrames.BUNDLED));
            extractors.put(held.name(), extractor);
            Map<String, JsonNode> goldOf = GoldScore.load(held.dir().resolve("gold.jsonl"));
            for (Article article : articles(held, goldOf)) {
                JsonNode g = goldOf.get(article.name());
                List<JsonNode> goldEvents = GoldScore.list(g.get("events"));
                Recorder rejecting = new Recorder();
                Run rejected = run(held, article, g, extractor, proposer, -1, rejecting);
                Run shipped =
                        check ? run(held, article, g, extractor, FrameProposer.none(), -1, new Recorder()) : rejected;
                before.add(shipped);
                if (!rejected.rows().equals(shipped.rows())) {
                    differing++;
                }
                int matched = GoldScore.matchedEvents(goldEvents, kept(shipped, filter))
                        .size();
                gold.merge(held.name(), goldEvents.size(), Integer::sum);
                int[] b = base.computeIfAbsent(held.name(), k -> new int[2]);
                b[0] += matched;
                b[1] += kept(shipped, filter).size();
                List<Integer> proposed = proposed(rejecting.gated);
                double[][] features = GateFeatures.of(rejecting.gated);
                for (int k = 0; labels && k < proposed.size(); k++) {
                    Run alone = run(held, article, g, extractor, proposer, k, new Recorder());
                    boolean real = GoldScore.matchedEvents(goldEvents, kept(alone, filter))
                                    .size()
                            > matched;
                    rows.add(new FilterTraining.Row(held.name(), article.name(), real, features[proposed.get(k)]));
                }
            }
            System.err.println(
                    "fold " + held.name() + ": " + before.size() + " articles, " + rows.size() + " proposals so far");
            encoder.write(cache);
        }
        if (check) {
            System.out.println("articles whose events differ with every proposal rejected: " + differing);
        }
        diagnose(before, filters);
        GateTraining.Table table =
                new GateTraining.Table(new FilterTraining.Table(gold, rows, GateFeatures.NAMES), base);
        Files.writeString(tableFile, table.toText(), StandardCharsets.UTF_8);
        // beside it, the same table over the candidate filter's features alone (the shipped gate's,
        // frame/proposals.tsv)
        Files.writeString(
                Path.of(tableFile + ".filter"),
                table.first(CandidateFeatures.NAMES.size()).toText(),
                StandardCharsets.UTF_8);
        if (Boolean.getBoolean("tableOnly")) {
            return; // -DtableOnly=true: the tables alone (a share of a run split between processes)
        }
        // the gate over the candidate filter's features alone (rounds 14a-15b), then over the gate's own as well
        // -DgateTable=FILE: each fold's gate trained on another run's table (a .filter table this class wrote), so
        // that two variants of the frame stage are measured with the same gates
        String gateTable = System.getProperty("gateTable");
        GateTraining.Table shippedTable = gateTable == null
                ? table.first(CandidateFeatures.NAMES.size())
                : GateTraining.parse(Files.readString(Path.of(gateTable), StandardCharsets.UTF_8), gateTable);
        System.out.println("the gate over the candidate filter's features alone:");
        List<Run> shipped = afterByFold(
                splits, shippedTable, before, filters, extractors, proposer, GateTraining.MAX_PRECISION_FALL);
        System.out.println("where the shipped pipeline (the gate over the filter's features) loses recall:");
        diagnose(shipped, filters);
        if (Boolean.getBoolean("shippedOnly")) {
            return;
        }
        System.out.println("the gate over its own features as well (GateFeatures):");
        afterByFold(splits, table, before, filters, extractors, proposer, GateTraining.MAX_PRECISION_FALL);
        // nested gates: the filter's features and the first k of the gate's own (GateFeatures.OWN, in its order)
        String prefixes = System.getProperty("prefixes");
        if (prefixes != null) {
            for (String k : prefixes.split(",", -1)) {
                int n = CandidateFeatures.NAMES.size() + Integer.parseInt(k.strip());
                System.out.println("the gate over the filter's features and the first " + k.strip() + " of its own "
                        + GateFeatures.NAMES.subList(CandidateFeatures.NAMES.size(), n) + ":");
                afterByFold(
                        splits, table.first(n), before, filters, extractors, proposer, GateTraining.MAX_PRECISION_FALL);
            }
        }
        String fall = System.getProperty("fall");
        if (fall != null) {
            System.out.println("the gate over its own features as well, precision falling at most " + fall + ":");
            afterByFold(splits, table, before, filters, extractors, proposer, Double.parseDouble(fall));
        }
    }

    /**
     * Prints the extraction out of fold by split, before and with the proposer and a gate trained on the other splits,
     * the gates' thresholds chosen within a given fall of precision ({@link GateTraining#MAX_PRECISION_FALL}, the rule
     * a stage is shipped by, or the one {@code -Dfall} names for its extra run).
     */
    private static List<Run> afterByFold(
            List<Split> splits,
            GateTraining.Table table,
            List<Run> before,
            Map<String, LogisticFilter> filters,
            Map<String, NewsExtractor> extractors,
            FrameProposer proposer,
            double fall) {
        System.out.println(
                "out of fold by split: split, gate threshold, before m/p/g P R F1, after m/p/g P R F1, proposals kept");
        int[] pooledBefore = new int[3];
        int[] pooledAfter = new int[3];
        List<Run> all = new ArrayList<>();
        for (Split held : splits) {
            LogisticFilter gate =
                    GateTraining.train(table.without(held.name()), fall, FilterValidation.precisionFloor());
            LogisticFilter filter = filters.get(held.name());
            Map<String, JsonNode> goldOf = GoldScore.load(held.dir().resolve("gold.jsonl"));
            ProposalGate decide = new ProposalGate(gate);
            List<Run> after = new ArrayList<>();
            for (Article article : articles(held, goldOf)) {
                after.add(run(
                        held,
                        article,
                        goldOf.get(article.name()),
                        extractors.get(held.name()),
                        proposer,
                        decide,
                        new Recorder()));
            }
            int[] b = score(
                    before.stream().filter(r -> r.split().equals(held.name())).toList(), filter);
            int[] a = score(after, filter);
            all.addAll(after);
            long kept = after.stream()
                    .flatMap(r -> r.candidates().stream())
                    .filter(c -> Proposal.proposed(c.rule()))
                    .count();
            for (int k = 0; k < 3; k++) {
                pooledBefore[k] += b[k];
                pooledAfter[k] += a[k];
            }
            System.out.printf(
                    Locale.ROOT, "%-10s %.2f  %s  %s  %d%n", held.name(), gate.threshold(), prf(b), prf(a), kept);
        }
        System.out.printf(Locale.ROOT, "%-10s       %s  %s%n", "pooled", prf(pooledBefore), prf(pooledAfter));
        LogisticFilter every = GateTraining.train(table, fall, FilterValidation.precisionFloor());
        System.out.println("gate trained on every split: threshold " + every.threshold() + ", "
                + table.candidates().rows().size() + " proposals, "
                + table.candidates().rows().stream()
                        .filter(FilterTraining.Row::real)
                        .count() + " real");
        double[] w = every.weights();
        List<String> names = every.names();
        for (int k = CandidateFeatures.NAMES.size(); k < names.size(); k++) {
            System.out.printf(Locale.ROOT, "  %-24s %8.3f%n", names.get(k), w[k + 1]);
        }
        return all;
    }

    private static List<Article> articles(Split held, Map<String, JsonNode> gold) {
        return ArticleReader.withDefaults().readAll(held.dir().toString()).stream()
                .filter(a -> gold.containsKey(a.name())
                        && held.files().matcher(a.name()).matches())
                .toList();
    }

    /** @return the indices of the proposed candidates, in order */
    private static List<Integer> proposed(List<Candidate> candidates) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            if (Proposal.proposed(candidates.get(i).rule())) {
                out.add(i);
            }
        }
        return out;
    }

    /** Runs the extractor with a proposer and a gate that keeps only the proposal of that rank (none when -1). */
    private static Run run(
            Split held,
            Article article,
            JsonNode gold,
            NewsExtractor extractor,
            FrameProposer proposer,
            int alone,
            Recorder recorder) {
        return run(
                held,
                article,
                gold,
                extractor,
                proposer,
                candidates -> {
                    boolean[] keep = new boolean[candidates.size()];
                    int rank = 0;
                    for (int i = 0; i < keep.length; i++) {
                        boolean proposal = Proposal.proposed(candidates.get(i).rule());
                        keep[i] = !proposal || rank == alone;
                        rank += proposal ? 1 : 0;
                    }
                    return keep;
                },
                recorder);
    }

    /** Runs the extractor with a proposer and a gate, keeping and recording every candidate of the last stage. */
    private static Run run(
            Split held,
            Article article,
            JsonNode gold,
            NewsExtractor extractor,
            FrameProposer proposer,
            CandidateFilter gate,
            Recorder recorder) {
        NewsExtractor recording = extractor
                .filtered(candidates -> {
                    recorder.last = List.copyOf(candidates);
                    return CandidateFilter.all().keep(candidates);
                })
                .proposing(
                        reading -> {
                            recorder.readings.put(reading.sentence(), reading);
                            return proposer.propose(reading);
                        },
                        candidates -> {
                            recorder.gated = List.copyOf(candidates);
                            return gate.keep(candidates);
                        });
        Extraction extraction = recording.extract(article);
        JsonNode schema = GoldScore.node(extraction.toSchema());
        return new Run(
                held.name(),
                article.name(),
                recorder.last,
                GoldScore.list(schema.get("events")),
                Map.copyOf(recorder.readings),
                extraction.sentences(),
                extraction.mentions(),
                gold);
    }

    /** @return the rows the pipeline keeps: the proposed ones the gate let through and the others the filter keeps */
    private static List<JsonNode> kept(Run r, LogisticFilter filter) {
        boolean[] keep = filter.keep(r.candidates());
        List<JsonNode> out = new ArrayList<>();
        for (int i = 0; i < keep.length; i++) {
            if (keep[i] || Proposal.proposed(r.candidates().get(i).rule())) {
                out.add(r.rows().get(i));
            }
        }
        return out;
    }

    private static int[] score(List<Run> runs, LogisticFilter filter) {
        Map<String, JsonNode> gold = new LinkedHashMap<>();
        Map<String, JsonNode> predicted = new LinkedHashMap<>();
        for (Run r : runs) {
            gold.put(r.article(), r.gold());
            predicted.put(r.article(), GoldScore.node(Map.of("events", kept(r, filter), "claims", List.of())));
        }
        GoldScore.Prf events = GoldScore.score(gold, predicted).events();
        return new int[] {events.matched(), events.predicted(), events.gold()};
    }

    /** Prints, for the gold events missed with nothing near them, the stage where each was lost. */
    private static void diagnose(List<Run> runs, Map<String, LogisticFilter> filters) {
        Map<String, Map<String, Integer>> byStage = new TreeMap<>();
        Map<String, Map<String, Integer>> byType = new TreeMap<>();
        Map<String, Integer> belowThreshold = new TreeMap<>();
        Map<String, Integer> unread = new TreeMap<>();
        int missed = 0;
        int near = 0;
        int gold = 0;
        for (Run r : runs) {
            boolean[] keep = filters.get(r.split()).keep(r.candidates());
            for (int i = 0; i < keep.length; i++) {
                keep[i] |= Proposal.proposed(r.candidates().get(i).rule());
            }
            List<JsonNode> goldEvents = GoldScore.list(r.gold().get("events"));
            List<JsonNode> rows = new ArrayList<>();
            List<Candidate> keptCandidates = new ArrayList<>();
            for (int i = 0; i < keep.length; i++) {
                if (keep[i]) {
                    rows.add(r.rows().get(i));
                    keptCandidates.add(r.candidates().get(i));
                }
            }
            gold += goldEvents.size();
            // the scorer's rules are symmetric: the predicted rows' matching names the gold events matched
            Set<Integer> matched = GoldScore.matchedEvents(rows, goldEvents);
            Set<Integer> paired =
                    Set.copyOf(GoldScore.matchedEventPairs(goldEvents, rows).values());
            if (Boolean.getBoolean("misses")) {
                // the false alarms: kept predictions the scorer pairs with no gold event
                for (int k = 0; k < rows.size(); k++) {
                    if (!paired.contains(k)) {
                        Candidate c = keptCandidates.get(k);
                        System.out.println("    false " + r.split() + " " + r.article() + " ["
                                + rows.get(k).get("type").asText() + "] " + c.rule() + ": "
                                + abbreviated(
                                        r.sentences().get(c.sentenceIndex()).text()) + " | minerals "
                                + rows.get(k).get("minerals") + " parties "
                                + rows.get(k).get("parties"));
                    }
                }
            }
            for (int g = 0; g < goldEvents.size(); g++) {
                if (matched.contains(g)) {
                    continue;
                }
                missed++;
                JsonNode e = goldEvents.get(g);
                int at = evidenceSentence(r.sentences(), e.get("evidence").asText());
                boolean isNear = false;
                for (int k = 0; k < rows.size(); k++) {
                    int s = keptCandidates.get(k).sentenceIndex();
                    if (at >= 0 && Math.abs(s - at) <= 1 && shares(e, rows.get(k))) {
                        isNear = true;
                    }
                }
                if (isNear) {
                    near++;
                    String why = nearMiss(e, at, rows, keptCandidates, paired);
                    byStage.computeIfAbsent(why, k -> new TreeMap<>()).merge(r.split(), 1, Integer::sum);
                    byType.computeIfAbsent(why, k -> new TreeMap<>())
                            .merge(e.get("type").asText(), 1, Integer::sum);
                    if (Boolean.getBoolean("misses")) {
                        // the types of the kept predictions near it (its sentence or the next ones, sharing a party
                        // or a mineral), and whether one of them is told in the same sentence
                        Set<String> nearTypes = new java.util.TreeSet<>();
                        boolean same = false;
                        for (int k = 0; k < rows.size(); k++) {
                            int s = keptCandidates.get(k).sentenceIndex();
                            if (Math.abs(s - at) <= 1 && shares(e, rows.get(k))) {
                                nearTypes.add(rows.get(k).get("type").asText());
                                same |= s == at;
                            }
                        }
                        System.out.println("    near " + r.split() + " " + r.article() + " ["
                                + e.get("type").asText() + "] " + why + ": "
                                + abbreviated(r.sentences().get(at).text()) + " | minerals " + e.get("minerals")
                                + " parties " + e.get("parties") + " | near " + nearTypes
                                + (same ? " same sentence" : " next sentence"));
                    }
                    continue;
                }
                String stage = stage(r, at, keep, e, belowThreshold);
                if (Boolean.getBoolean("misses") && at >= 0) {
                    System.out.println("    lost " + r.split() + " " + r.article() + " ["
                            + e.get("type").asText()
                            + "] " + stage + ": "
                            + abbreviated(r.sentences().get(at).text()) + " | minerals "
                            + e.get("minerals") + " parties " + e.get("parties"));
                }
                if (stage.startsWith("1 ")) {
                    String why = unread(r, at);
                    unread.merge(why, 1, Integer::sum);
                    System.out.println("    unread " + r.split() + " " + r.article() + " ["
                            + e.get("type").asText()
                            + "] " + why + ": "
                            + abbreviated(r.sentences().get(at).text()) + " | minerals " + e.get("minerals")
                            + " parties " + e.get("parties"));
                }
                byStage.computeIfAbsent(stage, k -> new TreeMap<>()).merge(r.split(), 1, Integer::sum);
                byType.computeIfAbsent(stage, k -> new TreeMap<>())
                        .merge(e.get("type").asText(), 1, Integer::sum);
            }
        }
        System.out.println("gold events " + gold + ", missed " + missed + ", missed with a prediction near " + near
                + ", with nothing near " + (missed - near));
        byStage.forEach((stage, counts) -> System.out.println("  " + stage + ": "
                + counts.values().stream().mapToInt(Integer::intValue).sum() + " " + counts + " by type "
                + byType.get(stage)));
        System.out.println(
                "  below the classifier's thresholds, the gold type's probability and rank: " + belowThreshold);
        System.out.println("  not read by the classifier, why: " + unread);
    }

    /**
     * Why a missed gold event with a kept prediction near it (its evidence sentence or the next ones, sharing a party
     * or a mineral) was not matched, by the scorer's rules (the same type, half the parties, a mineral): the nearest
     * such prediction that matches it is paired with another gold event (two events told as one, or one told twice and
     * paired with the other); one of the same type differs in its parties, its minerals or both; one of another type
     * would match with the gold type (the type is wrong) or also differs in its parties or minerals.
     */
    private static String nearMiss(
            JsonNode gold, int at, List<JsonNode> rows, List<Candidate> kept, Set<Integer> paired) {
        String best = "";
        for (int k = 0; k < rows.size(); k++) {
            int s = kept.get(k).sentenceIndex();
            JsonNode p = rows.get(k);
            if (Math.abs(s - at) > 1 || !shares(gold, p)) {
                continue;
            }
            String why;
            if (GoldScore.eventScore(gold, p) == null && paired.contains(k)) {
                why = "d near: only predictions matched to other gold events";
            } else if (GoldScore.eventScore(gold, p) != null) {
                why = "7 near: a matching prediction paired with another gold event (merged or told twice)";
            } else {
                com.fasterxml.jackson.databind.node.ObjectNode typed = p.deepCopy();
                typed.put("type", gold.get("type").asText());
                boolean sameType =
                        gold.get("type").asText().equals(p.get("type").asText());
                boolean attributes = GoldScore.eventScore(gold, typed) != null;
                boolean parties = GoldScore.eventScore(gold, with(typed, gold, "minerals")) != null;
                boolean minerals = GoldScore.eventScore(gold, with(typed, gold, "parties")) != null;
                if (!sameType && attributes) {
                    why = "8 near: another type, parties and minerals agree (type wrong): "
                            + p.get("type").asText();
                } else if (sameType) {
                    why = parties
                            ? "9 near: the same type, minerals differ"
                            : minerals
                                    ? "a near: the same type, parties differ"
                                    : "a near: the same type, parties and minerals differ";
                } else {
                    why = "b near: another type, and parties or minerals differ";
                }
            }
            if (best.isEmpty() || why.compareTo(best) < 0) {
                best = why;
            }
        }
        return best.isEmpty() ? "c near: no prediction in the sentences next to it" : best;
    }

    /** @return a copy of a predicted event with the gold event's value of one field */
    private static JsonNode with(com.fasterxml.jackson.databind.node.ObjectNode p, JsonNode gold, String field) {
        com.fasterxml.jackson.databind.node.ObjectNode copy = p.deepCopy();
        copy.set(field, gold.get(field).deepCopy());
        return copy;
    }

    /**
     * Why the classifier did not read a sentence (it reads one of 25 to 600 characters that names a mineral, or follows
     * one that does, and names a party): where the nearest mineral and party are named.
     */
    private static String unread(Run r, int at) {
        Sentence s = r.sentences().get(at);
        if (s.text().length() > 600) {
            return "longer than 600 characters";
        }
        if (s.text().length() < 25) {
            return "shorter than 25 characters";
        }
        return "mineral " + nearest(r, at, MentionKind.MINERAL) + "; party "
                + nearest(r, at, MentionKind.COUNTRY, MentionKind.ORGANISATION);
    }

    /** @return where the nearest mention of those kinds is, told from the sentence at that index */
    private static String nearest(Run r, int at, MentionKind... kinds) {
        Set<MentionKind> wanted = Set.of(kinds);
        java.util.function.IntPredicate names = i -> {
            Sentence s = r.sentences().get(i);
            return r.mentions().stream()
                    .anyMatch(m -> wanted.contains(m.kind()) && m.start() >= s.start() && m.end() <= s.end());
        };
        if (names.test(at)) {
            return "in the sentence";
        }
        boolean mineral = wanted.contains(MentionKind.MINERAL);
        if (mineral && at > 0 && names.test(at - 1)) {
            return "in the sentence before";
        }
        for (int d = 1; d <= 5; d++) {
            if (at - d >= 0 && names.test(at - d)) {
                return d + " sentences before" + (at - d <= 1 ? " (headline or lead)" : "");
            }
            if (at + d < r.sentences().size() && names.test(at + d)) {
                return d + " sentences after";
            }
        }
        return (names.test(0) || (r.sentences().size() > 1 && names.test(1)))
                ? "only further away, and in the headline or lead"
                : "nowhere within five sentences, nor in the headline or lead";
    }

    private static String abbreviated(String text) {
        return text.length() <= 160 ? text : text.substring(0, 157) + "...";
    }

    private static String stage(Run r, int at, boolean[] keep, JsonNode e, Map<String, Integer> belowThreshold) {
        if (at < 0) {
            return "0 evidence not in one sentence";
        }
        Reading reading = r.readings().get(at);
        if (reading == null) {
            return "0 sentence not read by the frame stage";
        }
        boolean candidate = false;
        boolean kept = false;
        for (int i = 0; i < r.candidates().size(); i++) {
            if (r.candidates().get(i).sentenceIndex() == at) {
                candidate = true;
                kept |= keep[i];
            }
        }
        if (reading.ruleTriggers() == 0 && reading.triggersLeft() == 0) {
            SentenceClassifier.Prediction p = reading.prediction();
            if (p == null) {
                return "1 no trigger, not read by the classifier";
            }
            SentenceLabel type = SentenceLabel.of(e.get("type").asText());
            double pt = p.additionProbability(type);
            int rank = 1;
            for (SentenceLabel l : SentenceLabel.values()) {
                if (l != SentenceLabel.NONE && l != type && p.additionProbability(l) > pt) {
                    rank++;
                }
            }
            String bucket = (pt >= 0.3 ? "p>=0.3" : pt >= 0.2 ? "p 0.2-0.3" : pt >= 0.1 ? "p 0.1-0.2" : "p<0.1")
                    + (rank == 1 ? " first" : " lower")
                    + (reading.speculative() ? " speculative" : "");
            belowThreshold.merge(bucket, 1, Integer::sum);
            if (reading.speculative()) {
                return "2 no trigger, classifier below its thresholds; the sentence speculates (no proposal)";
            }
            return rank > 1
                    ? "2 no trigger, classifier below its thresholds; its likeliest type is another"
                    : pt < LikeliestTypeProposer.FLOOR
                            ? "2 no trigger, classifier below its thresholds; the gold type under the proposal floor"
                            : "2 no trigger, classifier below its thresholds; the gold type proposed, the gate rejected it";
        }
        if (reading.triggersLeft() == 0) {
            return "3 triggers vetoed by the classifier";
        }
        if (!candidate) {
            return "4 frame dropped by the scope filter or merged";
        }
        if (!kept) {
            return "5 candidate dropped by the candidate filter";
        }
        return "6 event kept with another type, parties or minerals";
    }

    /** @return the index of the first sentence that contains the evidence or is contained in it, else -1 */
    private static int evidenceSentence(List<Sentence> sentences, String evidence) {
        for (Sentence s : sentences) {
            if (s.text().contains(evidence) || evidence.contains(s.text())) {
                return s.index();
            }
        }
        return -1;
    }

    private static boolean shares(JsonNode gold, JsonNode predicted) {
        return !Set.copyOf(names(gold.get("parties"))).stream()
                        .filter(names(predicted.get("parties"))::contains)
                        .toList()
                        .isEmpty()
                || !Set.copyOf(names(gold.get("minerals"))).stream()
                        .filter(names(predicted.get("minerals"))::contains)
                        .toList()
                        .isEmpty();
    }

    private static Set<String> names(JsonNode array) {
        Set<String> out = new HashSet<>();
        if (array != null) {
            array.forEach(n -> out.add(String.join(
                    " ", n.asText().toLowerCase(Locale.ROOT).replace("'s ", " ").split("\\s+"))));
        }
        return out;
    }

    private static String prf(int[] c) {
        double p = c[1] == 0 ? 0 : (double) c[0] / c[1];
        double r = c[2] == 0 ? 0 : (double) c[0] / c[2];
        double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        return String.format(Locale.ROOT, "%4d/%4d/%4d %.3f %.3f %.3f", c[0], c[1], c[2], p, r, f);
    }
}
