package lodestone.news.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
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
import lodestone.news.classify.SentenceLabel;
import lodestone.news.classify.SentenceModel;
import lodestone.news.classify.SoftmaxClassifier;
import lodestone.news.extract.SplitArguments.Split;
import lodestone.news.frame.GateTraining;
import lodestone.news.frame.LikeliestTypeProposer;
import lodestone.news.frame.Proposal;
import lodestone.news.frame.ProposalGate;
import lodestone.news.vet.Candidate;
import lodestone.news.vet.CandidateFilter;
import lodestone.news.vet.FilterTraining;
import lodestone.news.vet.LogisticFilter;

/**
 * Where the learned stages lose the events the rules read, out of fold (round 28b, step 1). Each development split is
 * held out in turn with the classifier trained without it ({@code -Dfolds=DIR}, as {@link FilterValidation}), a filter
 * fitted on the other splits' rows of a candidate table ({@code -Dcandidates=}, the shipped {@code vet/candidates.tsv}
 * unless set; its threshold by {@link FilterTraining}'s rule with the seed rows of {@code -DkeepRows=} kept) and a gate
 * on the other splits' rows of {@code frame/proposals.tsv}. Each article is read five ways: the rules alone (R); the
 * rules and the classifier's additions with no veto (V: the veto model answers "every type possible"); the classifier
 * with its veto, every candidate kept (U); U with the filter (F); and F with the proposer and the gate (P, the pipeline
 * out of fold). A gold event the rules read (R matches it) and P does not is lost at the first reading that loses it:
 * V (the classifier's presence), U (the veto), F (the filter), P (the proposals and the gate). Writes one line per lost
 * gold event and one per false prediction of P, with the candidate's features and scores, and one per weak-trigger
 * candidate of V with its label there and the fold classifier's probabilities (kinds {@code weak-real}, {@code
 * weak-false}: what the veto's thresholds keep), to {@code OUT.tsv}:
 *
 * <pre>
 * java -Dfolds=DIR -cp ... lodestone.news.extract.StageLosses VECTORS.tsv OUT.tsv DIR[#REGEX]|FILE.tsv...
 * </pre>
 */
final class StageLosses {
    private StageLosses() {}

    /** A veto model under which no weak trigger is vetoed: no sentence is out of scope and every type is possible. */
    private record NoVeto(int dimensions) implements SentenceModel {
        @Override
        public List<SentenceLabel> labels() {
            return List.of(SentenceLabel.values());
        }

        @Override
        public double[] probabilities(float[] vector) {
            List<SentenceLabel> labels = labels();
            double[] p = new double[labels.size()];
            Arrays.fill(p, 1.0);
            p[labels.indexOf(SentenceLabel.NONE)] = 0;
            return p;
        }
    }

    public static void main(String[] args) throws IOException {
        Path cache = Path.of(args[0]);
        Path out = Path.of(args[1]);
        SplitArguments arguments = SplitArguments.parse(List.of(args).subList(2, args.length));
        FilterTraining.Table filterTable = FilterValidation.candidatesTable();
        String proposals =
                System.getProperty("gateTable", "lodestone-news/src/test/resources/lodestone/news/frame/proposals.tsv");
        GateTraining.Table gateTable =
                GateTraining.parse(Files.readString(Path.of(proposals), StandardCharsets.UTF_8), proposals);
        RememberingEncoder encoder = new RememberingEncoder(MiniLmEncoder.shared());
        encoder.read(cache);
        Map<String, List<TrainingSentences.Labelled>> sentences = arguments.labelled();
        List<String> lines = new ArrayList<>();
        lines.add("kind\tsplit\tarticle\tstage\ttype\tgold-parties\tgold-minerals\trule\tp-none\tp-type\tfilter-p"
                + "\tthreshold\tveto\tsentence");
        NewsExtractor rules = NewsExtractor.rulesOnly();
        for (Split held : arguments.splits()) {
            if (!held.name().matches(System.getProperty("held", ".*"))) {
                continue;
            }
            SoftmaxClassifier model = arguments.classifierWithout(held.name(), sentences, encoder);
            SentenceClassifier fold = new SentenceClassifier(encoder, model);
            SentenceClassifier noVeto =
                    new SentenceClassifier(encoder, new NoVeto(model.dimensions()), Optional.of(model));
            List<FilterTraining.Row> training = filterTable.rows().stream()
                    .filter(r -> !r.split().equals(held.name()))
                    .toList();
            Map<String, Integer> gold = new java.util.LinkedHashMap<>(filterTable.gold());
            gold.remove(held.name());
            LogisticFilter filter = FilterValidation.train(new FilterTraining.Table(gold, training), FilterTraining.L2);
            LogisticFilter gate = GateTraining.train(
                    gateTable.without(held.name()), GateTraining.MAX_PRECISION_FALL, FilterTraining.PRECISION_FLOOR);
            List<List<Candidate>> seen = new ArrayList<>();
            List<boolean[]> kept = new ArrayList<>();
            NewsExtractor vExtractor = new NewsExtractor(
                            Gazetteer.bundled(), Optional.of(noVeto), ClassifierFrames.BUNDLED)
                    .filtered(article -> {
                        seen.add(List.copyOf(article));
                        return CandidateFilter.all().keep(article);
                    });
            NewsExtractor uExtractor = new NewsExtractor(
                            Gazetteer.bundled(), Optional.of(fold), ClassifierFrames.BUNDLED)
                    .filtered(article -> {
                        seen.add(List.copyOf(article));
                        return CandidateFilter.all().keep(article);
                    });
            NewsExtractor pExtractor = new NewsExtractor(
                            Gazetteer.bundled(), Optional.of(fold), ClassifierFrames.BUNDLED)
                    .filtered(article -> {
                        seen.add(List.copyOf(article));
                        boolean[] k = filter.keep(article);
                        kept.add(k);
                        return k;
                    })
                    .proposing(new LikeliestTypeProposer(LikeliestTypeProposer.FLOOR), new ProposalGate(gate));
            Map<String, JsonNode> goldOf = GoldScore.load(held.dir().resolve("gold.jsonl"));
            for (Article article :
                    ArticleReader.withDefaults().readAll(held.dir().toString())) {
                if (!goldOf.containsKey(article.name())
                        || !held.files().matcher(article.name()).matches()) {
                    continue;
                }
                List<JsonNode> g = GoldScore.list(goldOf.get(article.name()).get("events"));
                List<JsonNode> r = events(rules, article);
                List<JsonNode> v = events(vExtractor, article);
                List<Candidate> vc = seen.get(seen.size() - 1);
                List<JsonNode> u = events(uExtractor, article);
                List<Candidate> uc = seen.get(seen.size() - 1);
                boolean[] keep = filter.keep(uc);
                List<JsonNode> f = new ArrayList<>();
                for (int i = 0; i < u.size(); i++) {
                    if (keep[i]) {
                        f.add(u.get(i));
                    }
                }
                List<JsonNode> p = events(pExtractor, article);
                List<Candidate> pcAll = seen.get(seen.size() - 1);
                boolean[] pk = kept.get(kept.size() - 1);
                List<Candidate> pc = new ArrayList<>();
                List<Double> pp = new ArrayList<>();
                for (int j = 0; j < pcAll.size(); j++) {
                    if (pk[j] || Proposal.proposed(pcAll.get(j).rule())) {
                        pc.add(pcAll.get(j));
                        pp.add(filter.probability(pcAll, j));
                    }
                }
                Map<Integer, Integer> mr = GoldScore.matchedEventPairs(g, r);
                Map<Integer, Integer> mv = GoldScore.matchedEventPairs(g, v);
                Map<Integer, Integer> mu = GoldScore.matchedEventPairs(g, u);
                Map<Integer, Integer> mf = GoldScore.matchedEventPairs(g, f);
                Map<Integer, Integer> mp = GoldScore.matchedEventPairs(g, p);
                for (int i = 0; i < g.size(); i++) {
                    if (!mr.containsKey(i) || mp.containsKey(i)) {
                        continue;
                    }
                    String stage;
                    String rule = "";
                    String sentence = "";
                    double pNone = Double.NaN;
                    double pType = Double.NaN;
                    double fp = Double.NaN;
                    String veto = "";
                    if (!mv.containsKey(i)) {
                        stage = "classifier-present";
                        sentence = text(r.get(mr.get(i)), "evidence");
                    } else if (!mu.containsKey(i)) {
                        stage = "veto";
                        Candidate c = vc.get(mv.get(i));
                        rule = c.rule();
                        sentence = c.sentence();
                        if (!sentence.isEmpty()) {
                            SentenceClassifier.Prediction pr = fold.classify(sentence);
                            pNone = pr.probability(SentenceLabel.NONE);
                            String type = c.type().toUpperCase(Locale.ROOT);
                            pType = pr.probability(SentenceLabel.valueOf(type));
                            veto = pNone >= 0.85 ? "p-none>=0.85" : pType < 0.15 ? "p-type<0.15" : "other";
                        }
                    } else if (!mf.containsKey(i)) {
                        stage = "filter";
                        int j = mu.get(i);
                        Candidate c = uc.get(j);
                        rule = c.rule();
                        sentence = c.sentence();
                        pNone = c.probabilityNone();
                        pType = c.probabilityType();
                        fp = filter.probability(uc, j);
                    } else {
                        stage = "proposals-gate";
                        sentence = text(f.get(mf.get(i)), "evidence");
                    }
                    lines.add(line(
                            "lost",
                            held.name(),
                            article.name(),
                            stage,
                            g.get(i),
                            rule,
                            pNone,
                            pType,
                            fp,
                            filter.threshold(),
                            veto,
                            sentence));
                }
                // every weak-trigger candidate of V (no veto) with its label there and the fold classifier's scores, so
                // that the veto's thresholds can be measured (kind "weak")
                Set<Integer> matchedV = new TreeSet<>(mv.values());
                for (int j = 0; j < vc.size(); j++) {
                    Candidate c = vc.get(j);
                    if (c.strong()
                            || c.rule().startsWith("classifier")
                            || c.sentence().length() > 600) {
                        continue;
                    }
                    SentenceClassifier.Prediction pr = fold.classify(c.sentence());
                    lines.add(line(
                            matchedV.contains(j) ? "weak-real" : "weak-false",
                            held.name(),
                            article.name(),
                            "no-veto",
                            v.get(j),
                            c.rule(),
                            pr.probability(SentenceLabel.NONE),
                            pr.probability(SentenceLabel.valueOf(c.type().toUpperCase(Locale.ROOT))),
                            Double.NaN,
                            filter.threshold(),
                            "",
                            c.sentence()));
                }
                Set<Integer> matchedP = new TreeSet<>(mp.values());
                if (pc.size() != p.size()) {
                    System.err.println(article.name() + ": " + pc.size() + " candidates kept, " + p.size() + " events");
                }
                for (int j = 0; j < p.size(); j++) {
                    if (matchedP.contains(j)) {
                        continue;
                    }
                    JsonNode e = p.get(j);
                    Candidate c = j < pc.size() ? pc.get(j) : null;
                    String rule = c == null ? "" : c.rule();
                    String source = Proposal.proposed(rule)
                            ? "proposal-kept-by-gate"
                            : rule.startsWith("classifier") ? "classifier-addition" : "rule";
                    lines.add(line(
                            "false",
                            held.name(),
                            article.name(),
                            source,
                            e,
                            rule,
                            c == null ? Double.NaN : c.probabilityNone(),
                            c == null ? Double.NaN : c.probabilityType(),
                            c == null ? Double.NaN : pp.get(j),
                            filter.threshold(),
                            "",
                            text(e, "evidence")));
                }
            }
            System.err.println("fold " + held.name() + " done");
            encoder.write(cache);
        }
        Files.write(out, lines, StandardCharsets.UTF_8);
    }

    private static List<JsonNode> events(NewsExtractor extractor, Article article) {
        return GoldScore.list(
                GoldScore.node(extractor.extract(article).toSchema()).get("events"));
    }

    private static String text(JsonNode e, String field) {
        JsonNode n = e.get(field);
        return n == null || n.isNull() ? "" : n.asText();
    }

    @SuppressWarnings("ParameterNumber")
    private static String line(
            String kind,
            String split,
            String article,
            String stage,
            JsonNode event,
            String rule,
            double pNone,
            double pType,
            double filterP,
            double threshold,
            String veto,
            String sentence) {
        return String.join(
                "\t",
                kind,
                split,
                article,
                stage,
                text(event, "type"),
                String.valueOf(event.get("parties")),
                String.valueOf(event.get("minerals")),
                rule.replace('\t', ' '),
                String.format(Locale.ROOT, "%.3f", pNone),
                String.format(Locale.ROOT, "%.3f", pType),
                String.format(Locale.ROOT, "%.3f", filterP),
                String.format(Locale.ROOT, "%.2f", threshold),
                veto,
                sentence.replace('\t', ' ').replace('\n', ' '));
    }
}
