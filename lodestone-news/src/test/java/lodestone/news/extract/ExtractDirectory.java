package lodestone.news.extract;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import lodestone.news.article.Article;
import lodestone.news.article.ArticleReader;

/**
 * Writes the extraction of every article of a directory as JSONL (the schema of {@code gold.jsonl}), for {@code
 * ../shared/tools/score-extraction}: {@code java -cp ... lodestone.news.extract.ExtractDirectory DIR OUT.jsonl
 * [rules]}. The optional third argument {@code rules} runs without the classifier.
 */
final class ExtractDirectory {
    private ExtractDirectory() {}

    public static void main(String[] args) throws IOException {
        NewsExtractor extractor =
                args.length > 2 && args[2].equals("rules") ? NewsExtractor.rulesOnly() : NewsExtractor.bundled();
        ObjectMapper json = new ObjectMapper();
        List<String> lines = new ArrayList<>();
        for (Article article : ArticleReader.withDefaults().readAll(args[0])) {
            Extraction x = extractor.extract(article);
            lines.add(json.writeValueAsString(x.toSchema()));
            if (args[1].equals("-")) {
                for (Event e : x.events()) {
                    lines.add(e.type().id() + " | " + e.rule() + " | " + e.parties() + " | " + e.minerals() + " | "
                            + e.money().map(Money::surface).orElse("") + " | "
                            + e.date().map(Object::toString).orElse("")
                            + " | " + e.evidence());
                }
            }
        }
        if (args[1].equals("-")) {
            lines.forEach(System.out::println);
            return;
        }
        Files.write(Path.of(args[1]), lines, StandardCharsets.UTF_8);
    }
}
