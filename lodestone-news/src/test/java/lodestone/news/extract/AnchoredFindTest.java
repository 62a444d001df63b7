package lodestone.news.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Each whole-text pattern of {@link MentionFinder}, tried only near its anchors, finds exactly what {@link Matcher#find()}
 * finds: on every article of the corpus and on random text made of the pieces the patterns read.
 */
class AnchoredFindTest {
    private static List<String> anchored(Pattern p, String text) {
        List<String> out = new ArrayList<>();
        AnchoredFind scan = MentionFinder.scan(p, text);
        while (scan.find()) {
            Matcher m = scan.matcher();
            out.add(m.start() + ":" + m.end() + ":" + m.group());
        }
        return out;
    }

    @Test
    void findsWhatFindFindsOnEveryCorpusArticle() throws IOException, URISyntaxException {
        Path root = Path.of(AnchoredFindTest.class
                        .getResource("/lodestone/news/corpus/LABELLING.md")
                        .toURI())
                .getParent();
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
                texts.add(Files.readString(f, StandardCharsets.UTF_8));
            }
        }
        assertThat(texts).hasSizeGreaterThan(250);
        int found = 0;
        for (Pattern p : MentionFinder.SCANNED) {
            for (String text : texts) {
                List<String> expected = LeadDispatchTest.matches(p, text);
                assertThat(anchored(p, text)).as(p.pattern()).isEqualTo(expected);
                found += expected.size();
            }
        }
        assertThat(found).isGreaterThan(1000);
    }

    private static final List<String> PIECES = List.of(
            "US$",
            "$",
            "€",
            "£",
            "¥",
            "USD",
            "AUD",
            "EUR",
            "RMB",
            "CNY",
            "C$",
            "5",
            "12",
            "1,200",
            "3.5",
            "12345",
            "2026",
            "2026-12-01",
            "1999.03.04",
            "-",
            "–",
            " to ",
            "billion",
            "million",
            "bn",
            "m",
            "yuan",
            "US dollars",
            "dollars",
            "euros",
            "each",
            "approximately",
            "as much as",
            "more than",
            "an estimated",
            "up to",
            "some",
            "about",
            "%",
            "percent",
            "three quarters",
            "three-quarters",
            "a third",
            "nine out of ten",
            "four of five",
            "OF",
            " of",
            "out",
            "per cent",
            "half",
            "two-thirds",
            "of",
            "September",
            "Sept",
            "Sept.",
            "March",
            "May",
            "Dec",
            "st",
            "th",
            "1st",
            "day",
            "days",
            "Day",
            "DAYS",
            "ago",
            "earlier",
            "later",
            "before",
            "after",
            "yesterday",
            "today",
            "earlier today",
            "this morning",
            "Morning",
            "last",
            "on",
            "since",
            "from",
            "late on",
            "early on",
            "Monday",
            "Wednesday",
            "Thursday",
            "SUNDAY",
            "said",
            "signed",
            "the",
            "next",
            "following",
            "preceding",
            "same",
            "a",
            "one",
            "seven",
            "Inc.",
            "x",
            "ed",
            "us",
            "decade",
            "by",
            ",",
            ".",
            "(",
            "\"",
            "’");
    private static final List<String> GAPS = List.of("", " ", " ", " ", "  ", "\n", "\t", " \n ", "_", "-");

    @Test
    void findsWhatFindFindsOnRandomTextOfThePiecesThePatternsRead() {
        Random random = new Random(20261204);
        int found = 0;
        for (int round = 0; round < 3000; round++) {
            StringBuilder text = new StringBuilder();
            int pieces = 1 + random.nextInt(40);
            for (int i = 0; i < pieces; i++) {
                text.append(GAPS.get(random.nextInt(GAPS.size())));
                text.append(PIECES.get(random.nextInt(PIECES.size())));
            }
            String s = text.toString();
            for (Pattern p : MentionFinder.SCANNED) {
                List<String> expected = LeadDispatchTest.matches(p, s);
                assertThat(anchored(p, s)).as(p.pattern() + " on <" + s + ">").isEqualTo(expected);
                found += expected.size();
            }
        }
        assertThat(found).isGreaterThan(2000);
    }
}
