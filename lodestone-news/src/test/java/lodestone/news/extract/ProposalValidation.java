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
import lodestone.news.frame.FrameProposer;
import lodestone.news.frame.GateTraining;
import lodestone.news.frame.LikeliestTypeProposer;
import lodestone.news.frame.Proposal;
import lodestone.news.frame.Reading;
import lodestone.news.vet.Candidate;
import lodestone.news.vet.CandidateFeatures;
import lodestone.news.vet.FilterTraining;
import lodestone.news.vet.LogisticFilter;

/**
 * Where recall is lost, and the frame proposer measured out of fold by split. For each development split held out in
 * turn, the sentence classifier is trained on the other splits' sentences (and the written ones) and the candidate
 * filter on the other splits' rows of {@code vet/candidates.tsv} (as {@link FilterValidation} does; a split the table
 * does not hold gets the filter of every split), and the extractor runs on the split's articles twice: as shipped
 * before proposals, and with the {@link LikeliestTypeProposer} ({@code -Dfloor=}, 0.1 unless set) keeping every
 * candidate.
 *
 * <p>The first run gives the baseline and the diagnostic: every gold event not matched (score-extraction's rules) with
 * no predicted event near it (none read from its evidence sentence or the sentences next to it shares a party or a
 * mineral) is put at the stage where it was lost, read from what the frame stage saw of its evidence sentence (the
 * first sentence that contains the evidence or is contained in it): no trigger and not read by the classifier; no
 * trigger and the classifier below its thresholds; triggers vetoed by the classifier; a frame built but dropped by the
 * scope filter or merged into another; a candidate dropped by the candidate filter; an event of its sentence kept with
 * another type, parties or minerals. The second run labels each proposed candidate by whether adding it to the
 * article's other kept candidates matches one more gold event, and writes the gate's table ({@link GateTraining}). Then
 * each split is held out in turn again: a gate is trained on the other splits' proposals and the split's proposals it
 * keeps are added to its other kept candidates. It prints matched, predicted and gold events, P, R and F1 per split
 * before and after, and pooled. Run from the repository root with a file that keeps the sentence vectors between runs,
 * the table to write and the arguments of {@link TrainingSentences}:
 *
 * <pre>
 * java -cp ... lodestone.news.extract.ProposalValidation VECTORS.tsv PROPOSALS.tsv DIR[#REGEX]|FILE.tsv...
 * </pre>
 */
final class ProposalValidation {
    private ProposalValidation() {}

    /** One article of one run: its candidates, their schema rows, what the frame stage saw, its sentences and gold. */
    private record Run(
            String split,
            String article,
            List<Candidate> candidates,
            List<JsonNode> rows,
            Map<Integer, Reading> readings,
            List<Sentence> sentences,
            JsonNode gold) {}

    public static void main(String[] args) throws IOException {
        Path cache = Path.of(args[0]);
        Path tableFile = Path.of(args[1]);
        double floor = Double.parseDouble(System.getProperty("floor", "0.1"));
        SplitArguments arguments = SplitArguments.parse(List.of(args).subList(2, args.length));
        List<Split> splits = arguments.splits();
        String candidatesFile = "lodestone-news/src/test/resources/lodestone/news/vet/candidates.tsv";
        FilterTraining.Table filterTable =
                FilterTraining.parse(Files.readString(Path.of(candidatesFile), StandardCharsets.UTF_8), candidatesFile);
        RememberingEncoder encoder = new RememberingEncoder(MiniLmEncoder.shared());
        encoder.read(cache);
        Map<String, List<TrainingSentences.Labelled>> sentences = arguments.labelled();
        List<Run> before = new ArrayList<>();
        List<Run> proposed = new ArrayList<>();
        Map<String, LogisticFilter> filters = new LinkedHashMap<>();
        for (Split held : splits) {
            SoftmaxClassifier model = arguments.classifierWithout(held.name(), sentences, encoder);
            Map<String, Integer> gold = new LinkedHashMap<>(filterTable.gold());
            gold.remove(held.name());
            filters.put(
                    held.name(),
                    FilterTraining.train(new FilterTraining.Table(
                            gold,
                            filterTable.rows().stream()
                                    .filter(r -> !r.split().equals(held.name()))
                                    .toList())));
            NewsExtractor extractor = new NewsExtractor(
                    Gazetteer.bundled(), Optional.of(new SentenceClassifier(encoder, model)), ClassifierFrames.BUNDLED);
            before.addAll(runs(held, extractor, FrameProposer.none()));
            proposed.addAll(runs(held, extractor, new LikeliestTypeProposer(floor)));
            System.err.println("fold " + held.name() + ": " + before.size() + " articles so far");
            encoder.write(cache);
        }
        diagnose(before, filters);
        GateTraining.Table table = table(proposed, filters);
        Files.writeString(tableFile, table.toText(), StandardCharsets.UTF_8);
        System.out.println("out of fold by split (floor " + floor + "): split, gate threshold, before m/p/g P R F1,"
                + " after m/p/g P R F1, proposals kept (real)");
        int[] pooledBefore = new int[3];
        int[] pooledAfter = new int[3];
        for (Split held : splits) {
            LogisticFilter gate = GateTraining.train(table.without(held.name()));
            LogisticFilter filter = filters.get(held.name());
            int[] b = score(
                    before.stream().filter(r -> r.split().equals(held.name())).toList(), filter, null);
            int[] kept = new int[2];
            int[] a = score(
                    proposed.stream().filter(r -> r.split().equals(held.name())).toList(), filter, gate, kept);
            for (int k = 0; k < 3; k++) {
                pooledBefore[k] += b[k];
                pooledAfter[k] += a[k];
            }
            System.out.printf(
                    Locale.ROOT, "%-10s %.2f  %s  %s  %d%n", held.name(), gate.threshold(), prf(b), prf(a), kept[0]);
        }
        System.out.printf(Locale.ROOT, "%-10s       %s  %s%n", "pooled", prf(pooledBefore), prf(pooledAfter));
        LogisticFilter all = GateTraining.train(table);
        System.out.println("gate trained on every split: threshold " + all.threshold() + ", "
                + table.candidates().rows().size() + " proposals, "
                + table.candidates().rows().stream()
                        .filter(FilterTraining.Row::real)
                        .count() + " real");
    }

    /** Runs the extractor on the held split's articles with a proposer, keeping and recording every candidate. */
    private static List<Run> runs(Split held, NewsExtractor extractor, FrameProposer proposer) {
        Map<Integer, Reading> readings = new ConcurrentHashMap<>();
        List<List<Candidate>> seen = new ArrayList<>();
        NewsExtractor recording = extractor.proposing(
                reading -> {
                    readings.put(reading.sentence(), reading);
                    return proposer.propose(reading);
                },
                article -> {
                    seen.add(List.copyOf(article));
                    boolean[] all = new boolean[article.size()];
                    java.util.Arrays.fill(all, true);
                    return all;
                });
        Map<String, JsonNode> gold = GoldScore.load(held.dir().resolve("gold.jsonl"));
        List<Run> out = new ArrayList<>();
        for (Article article : ArticleReader.withDefaults().readAll(held.dir().toString())) {
            if (gold.containsKey(article.name())
                    && held.files().matcher(article.name()).matches()) {
                readings.clear();
                Extraction extraction = recording.extract(article);
                JsonNode schema = GoldScore.node(extraction.toSchema());
                out.add(new Run(
                        held.name(),
                        article.name(),
                        seen.get(seen.size() - 1),
                        GoldScore.list(schema.get("events")),
                        Map.copyOf(readings),
                        extraction.sentences(),
                        gold.get(article.name())));
            }
        }
        return out;
    }

    /** @return the rows the filter keeps, and the proposals the gate keeps (all of them without a gate) */
    private static List<JsonNode> kept(Run r, LogisticFilter filter, LogisticFilter gate, boolean proposals) {
        boolean[] keep = filter.keep(r.candidates());
        List<JsonNode> out = new ArrayList<>();
        for (int i = 0; i < keep.length; i++) {
            boolean proposal = Proposal.proposed(r.candidates().get(i).rule());
            if (proposal
                    ? proposals && (gate == null || gate.probability(r.candidates(), i) >= gate.threshold())
                    : keep[i]) {
                out.add(r.rows().get(i));
            }
        }
        return out;
    }

    private static int[] score(List<Run> runs, LogisticFilter filter, LogisticFilter gate, int... kept) {
        Map<String, JsonNode> gold = new LinkedHashMap<>();
        Map<String, JsonNode> predicted = new LinkedHashMap<>();
        for (Run r : runs) {
            List<JsonNode> rows = kept(r, filter, gate, gate != null);
            if (gate != null) {
                kept[0] += rows.size() - kept(r, filter, gate, false).size();
            }
            gold.put(r.article(), r.gold());
            predicted.put(r.article(), GoldScore.node(Map.of("events", rows, "claims", List.of())));
        }
        GoldScore.Prf events = GoldScore.score(gold, predicted).events();
        return new int[] {events.matched(), events.predicted(), events.gold()};
    }

    /** The gate's table: each proposal labelled by whether it adds a match to the article's other kept candidates. */
    private static GateTraining.Table table(List<Run> runs, Map<String, LogisticFilter> filters) {
        Map<String, Integer> gold = new LinkedHashMap<>();
        Map<String, int[]> base = new LinkedHashMap<>();
        List<FilterTraining.Row> rows = new ArrayList<>();
        for (Run r : runs) {
            List<JsonNode> goldEvents = GoldScore.list(r.gold().get("events"));
            gold.merge(r.split(), goldEvents.size(), Integer::sum);
            List<JsonNode> others = kept(r, filters.get(r.split()), null, false);
            int matched = GoldScore.matchedEvents(goldEvents, others).size();
            int[] b = base.computeIfAbsent(r.split(), k -> new int[2]);
            b[0] += matched;
            b[1] += others.size();
            for (int i = 0; i < r.candidates().size(); i++) {
                if (Proposal.proposed(r.candidates().get(i).rule())) {
                    List<JsonNode> with = new ArrayList<>(others);
                    with.add(r.rows().get(i));
                    boolean real = GoldScore.matchedEvents(goldEvents, with).size() > matched;
                    rows.add(new FilterTraining.Row(
                            r.split(), r.article(), real, CandidateFeatures.of(r.candidates(), i)));
                }
            }
        }
        return new GateTraining.Table(new FilterTraining.Table(gold, rows), base);
    }

    /** Prints, for the gold events missed with nothing near them, the stage where each was lost. */
    private static void diagnose(List<Run> runs, Map<String, LogisticFilter> filters) {
        Map<String, Map<String, Integer>> byStage = new TreeMap<>();
        Map<String, Map<String, Integer>> byType = new TreeMap<>();
        Map<String, Integer> belowThreshold = new TreeMap<>();
        int missed = 0;
        int near = 0;
        int gold = 0;
        for (Run r : runs) {
            boolean[] keep = filters.get(r.split()).keep(r.candidates());
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
                    continue;
                }
                String stage = stage(r, at, keep, e, belowThreshold);
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
            return "2 no trigger, classifier below its thresholds";
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
