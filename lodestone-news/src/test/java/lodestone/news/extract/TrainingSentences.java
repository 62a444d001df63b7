package lodestone.news.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import lodestone.news.article.Article;
import lodestone.news.article.ArticleReader;

/**
 * Writes the classifier's labelled sentences from labelled articles: every sentence of every article, labelled with
 * the type of the first gold event whose evidence lies in it; else, when the sentence restates a gold event (the rules,
 * run on the sentence alone, find an event of that type whose parties and minerals match the gold event's under the
 * scorer's rules: a headline, a recap, a quote), with that event's type; else, for the headline and the lead (the
 * article's first two sentences, which tell its main action, often in headline words the rules do not read), when the sentence's own mentions name the parties and a mineral of a gold event under the scorer's rules, with
 * that event's type; else {@code none}. Restatements are events for the classifier: whether two sentences tell one
 * action is coreference's question, not the classifier's. Files named
 * {@code *.tsv} among the arguments are added as they are ({@code label<TAB>sentence}: sentences written for the
 * classifier). A directory may be followed by {@code #REGEX} to take only the articles whose file name matches (the
 * tuning part of a split). The held-out part of the moment (today {@code corpus/blind2} files {@code b2-21} to {@code
 * b2-40}, {@code corpus/blind3} files {@code b3-21} to {@code b3-30} and {@code corpus/blind4} files {@code b4-16} to
 * {@code b4-30}, see {@code docs/methods/news.md} §4) and {@code corpus/blind5} are never arguments. Run from the repository root:
 *
 * <pre>
 * java -cp ... lodestone.news.extract.TrainingSentences OUT.tsv DIR[#REGEX]|FILE.tsv...
 * </pre>
 */
final class TrainingSentences {
    private TrainingSentences() {}

    /**
     * A labelled sentence and where it comes from.
     *
     * @param article the split's directory name and the article's file name, e.g. {@code blind7/b7-03.txt}
     * @param label the event type the sentence tells, or {@code none}
     * @param text the sentence, tabs replaced by spaces
     */
    record Labelled(String article, String label, String text) {
        String line() {
            return label + "\t" + text;
        }
    }

    static List<String> lines(Path dir, Pattern files) {
        return labelled(dir, files).stream().map(Labelled::line).toList();
    }

    static List<Labelled> labelled(Path dir, Pattern files) {
        Map<String, JsonNode> gold = GoldScore.load(dir.resolve("gold.jsonl"));
        NewsExtractor rules = NewsExtractor.rulesOnly();
        List<Labelled> out = new ArrayList<>();
        for (Article article : ArticleReader.withDefaults().readAll(dir.toString())) {
            JsonNode g = gold.get(article.name());
            if (g == null || !files.matcher(article.name()).matches()) {
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
                if (label.equals("none")) {
                    label = restated(rules, article, s, g);
                }
                if (label.equals("none") && s.index() < LEAD) {
                    label = told(rules, article, s, g);
                }
                out.add(new Labelled(
                        dir.getFileName() + "/" + article.name(),
                        label,
                        s.text().replace('\t', ' ')));
            }
        }
        return out;
    }

    /** The type of the gold event the sentence restates, by the rules on the sentence alone, else {@code none}. */
    private static String restated(NewsExtractor rules, Article article, Sentence s, JsonNode gold) {
        Article alone =
                new Article(article.name(), article.location(), s.text(), article.published(), Optional.empty());
        for (Event e : rules.extract(alone).events()) {
            JsonNode predicted =
                    GoldScore.node(Map.of("type", e.type().id(), "parties", e.parties(), "minerals", e.minerals()));
            for (JsonNode g : gold.get("events")) {
                if (GoldScore.eventScore(g, predicted) != null) {
                    return g.get("type").asText();
                }
            }
        }
        return "none";
    }

    /** The headline and the lead sentence: the sentences an article opens with, which tell its main action. */
    private static final int LEAD = 2;

    /**
     * The type of the gold event whose parties and minerals the sentence names (under the scorer's rules, by the
     * sentence's own mentions; the best match, the first in the gold's order on a tie), else {@code none}.
     */
    private static String told(NewsExtractor rules, Article article, Sentence s, JsonNode gold) {
        Article alone =
                new Article(article.name(), article.location(), s.text(), article.published(), Optional.empty());
        Set<String> parties = new LinkedHashSet<>();
        Set<String> minerals = new LinkedHashSet<>();
        for (Mention m : rules.extract(alone).mentions()) {
            switch (m.kind()) {
                case COUNTRY -> parties.add(m.key());
                case ORGANISATION -> parties.add(m.key().replaceFirst("^company:", ""));
                case MINERAL -> minerals.add(m.key());
                default -> {}
            }
        }
        if (parties.isEmpty() || minerals.isEmpty()) {
            return "none";
        }
        JsonNode predicted = GoldScore.node(Map.of("parties", parties, "minerals", minerals));
        String best = "none";
        double bestScore = 0;
        for (JsonNode g : gold.get("events")) {
            Double score = GoldScore.eventScore(
                    g,
                    ((ObjectNode) predicted.deepCopy())
                            .put("type", g.get("type").asText()));
            if (score != null && score > bestScore) {
                best = g.get("type").asText();
                bestScore = score;
            }
        }
        return best;
    }

    public static void main(String[] args) throws IOException {
        List<String> all = new ArrayList<>();
        all.add("# labelled sentences for the news sentence classifier; written by TrainingSentences from "
                + String.join(", ", java.util.Arrays.asList(args).subList(1, args.length))
                        .toLowerCase(Locale.ROOT)
                        .replaceAll(".*?/lodestone-news/", "lodestone-news/"));
        for (int i = 1; i < args.length; i++) {
            Path in = Path.of(args[i]);
            if (in.toString().endsWith(".tsv")) {
                Files.readAllLines(in, StandardCharsets.UTF_8).stream()
                        .filter(line -> !line.isBlank() && !line.startsWith("#"))
                        .forEach(all::add);
            } else {
                // "DIR#REGEX": only the articles whose file name matches (a split's tuning part)
                int hash = args[i].indexOf('#');
                Pattern files = Pattern.compile(hash < 0 ? ".*" : args[i].substring(hash + 1));
                all.addAll(lines(Path.of(hash < 0 ? args[i] : args[i].substring(0, hash)), files));
            }
        }
        Files.write(Path.of(args[0]), all, StandardCharsets.UTF_8);
    }
}
