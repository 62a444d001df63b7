package lodestone.news.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lodestone.news.article.Article;
import lodestone.news.article.ArticleReader;
import lodestone.news.vet.Candidate;
import lodestone.news.vet.CandidateFeatures;
import lodestone.news.vet.CandidateFilter;
import lodestone.news.vet.FilterTraining;

/**
 * Writes the candidate table of the brief's seed articles: the candidates the shipped pipeline (bundled classifier,
 * proposer and gate) hands the candidate filter on each seed article, labelled by whether they match a gold event (the
 * scorer's one-to-one matching), in {@link FilterTraining}'s table format. {@link FilterTraining} keeps every real row
 * of it (the threshold is chosen among those at or under the lowest probability the fit gives them), so that the filter
 * never drops a seed event; it is written again whenever the classifier is. Run from the repository root:
 *
 * <pre>
 * java -cp ... lodestone.news.extract.SeedCandidates SEEDS_DIR lodestone-news/src/test/resources/lodestone/news/vet/seeds.tsv
 * </pre>
 */
final class SeedCandidates {
    private SeedCandidates() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: SeedCandidates SEEDS_DIR TABLE.tsv");
        }
        Path dir = Path.of(args[0]);
        Map<String, JsonNode> gold = GoldScore.load(dir.resolve("gold.jsonl"));
        List<List<Candidate>> seen = new ArrayList<>();
        NewsExtractor extractor = NewsExtractor.bundled().filtered(article -> {
            seen.add(List.copyOf(article));
            return CandidateFilter.all().keep(article);
        });
        List<FilterTraining.Row> rows = new ArrayList<>();
        int goldEvents = 0;
        for (Article article : ArticleReader.withDefaults().readAll(dir.toString())) {
            JsonNode g = gold.get(article.name());
            if (g == null) {
                continue;
            }
            List<JsonNode> predicted = GoldScore.list(
                    GoldScore.node(extractor.extract(article).toSchema()).get("events"));
            List<Candidate> candidates = seen.get(seen.size() - 1);
            if (candidates.size() != predicted.size()) {
                throw new IllegalStateException(article.name() + ": " + predicted.size() + " events for "
                        + candidates.size() + " candidates; a proposal was kept, so rows and events do not align.");
            }
            List<JsonNode> goldList = GoldScore.list(g.get("events"));
            goldEvents += goldList.size();
            Set<Integer> matched = GoldScore.matchedEvents(goldList, predicted);
            for (int i = 0; i < candidates.size(); i++) {
                rows.add(new FilterTraining.Row(
                        "seeds", article.name(), matched.contains(i), CandidateFeatures.of(candidates, i)));
            }
        }
        Files.writeString(
                Path.of(args[1]),
                new FilterTraining.Table(Map.of("seeds", goldEvents), rows).toText(),
                StandardCharsets.UTF_8);
    }
}
