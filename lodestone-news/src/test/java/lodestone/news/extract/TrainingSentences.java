package lodestone.news.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import lodestone.news.article.Article;
import lodestone.news.article.ArticleReader;

/**
 * Writes the classifier's labelled sentences from labelled articles: every sentence of every article, labelled with
 * the type of the first gold event whose evidence lies in it, else {@code none}. The sentences come from the
 * development corpus only (never from the blind split). Run from the repository root:
 *
 * <pre>
 * java -cp ... lodestone.news.extract.TrainingSentences OUT.tsv DIR...
 * </pre>
 */
final class TrainingSentences {
    private TrainingSentences() {}

    static List<String> lines(Path dir) {
        Map<String, JsonNode> gold = GoldScore.load(dir.resolve("gold.jsonl"));
        List<String> out = new ArrayList<>();
        for (Article article : ArticleReader.withDefaults().readAll(dir.toString())) {
            JsonNode g = gold.get(article.name());
            if (g == null) {
                continue;
            }
            for (Sentence s : SentenceSplitter.split(article.text())) {
                String label = "none";
                for (JsonNode e : g.get("events")) {
                    String evidence = e.get("evidence").asText();
                    if (s.text().contains(evidence) || evidence.contains(s.text())) {
                        label = e.get("type").asText();
                        break;
                    }
                }
                out.add(label + "\t" + s.text().replace('\t', ' '));
            }
        }
        return out;
    }

    public static void main(String[] args) throws IOException {
        List<String> all = new ArrayList<>();
        all.add("# labelled sentences for the news sentence classifier; written by TrainingSentences from "
                + String.join(", ", java.util.Arrays.asList(args).subList(1, args.length))
                        .toLowerCase(Locale.ROOT)
                        .replaceAll(".*?/lodestone-news/", "lodestone-news/"));
        for (int i = 1; i < args.length; i++) {
            all.addAll(lines(Path.of(args[i])));
        }
        Files.write(Path.of(args[0]), all, StandardCharsets.UTF_8);
    }
}
