package lodestone.news.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Files and HTML: clean text, publication dates, and hostile input refused quickly with a clear message. */
class ArticleReaderTest {
    @TempDir
    Path dir;

    private final ArticleReader reader = ArticleReader.withDefaults();

    @Test
    void aNumericPublishedDateIsReadWhenDayAndMonthCannotSwap() throws IOException {
        Path file = Files.writeString(dir.resolve("n.txt"), "Published date: 18/07/2025\n\nChina paused its curbs.\n");
        assertThat(reader.readFile(file).published()).contains(LocalDate.of(2025, 7, 18));
        assertThat(reader.readFile(file).dateNote()).isEmpty();
    }

    @Test
    void aPublicationLineThatReadsTwoWaysLeavesTheArticleUndatedWithANoteAndTheCallersDateClearsIt()
            throws IOException {
        Path ambiguous = Files.writeString(dir.resolve("m.txt"), "Published: 03/07/2025\n\nChina paused its curbs.\n");
        Article article = reader.readFile(ambiguous);
        assertThat(article.published()).isEmpty();
        assertThat(article.text().strip()).isEqualTo("China paused its curbs.");
        assertThat(article.dateNote())
                .hasValueSatisfying(note -> assertThat(note)
                        .contains("(Published: 03/07/2025) holds no date that reads one way only")
                        .contains("--published"));
        Article given = article.withPublished(LocalDate.of(2025, 7, 3));
        assertThat(given.published()).contains(LocalDate.of(2025, 7, 3));
        assertThat(given.dateNote()).isEmpty();
    }

    @Test
    void aPublishedLineGivesTheDateAndLeavesTheText() throws IOException {
        Path file = Files.writeString(dir.resolve("a.txt"), "Published: 2025-11-08\n\nChina paused its curbs.\n");
        Article article = reader.readFile(file);
        assertThat(article.published()).contains(LocalDate.of(2025, 11, 8));
        assertThat(article.text().strip()).isEqualTo("China paused its curbs.");
        assertThat(article.name()).isEqualTo("a.txt");
    }

    @Test
    void anUpdateLabelWithAColonIsAPublicationLine() throws IOException {
        String[][] cases = {
            {"Update: December 11, 2025 - 09:15", "2025-12-11"}, {"Last update: 27/10/2025", "2025-10-27"}
        };
        for (String[] c : cases) {
            Path file = Files.writeString(dir.resolve("up.txt"), "Hanoi bans ore exports\n\n" + c[0] + "\n\nText.\n");
            Article article = reader.readFile(file);
            assertThat(article.published()).as(c[0]).contains(LocalDate.parse(c[1]));
            assertThat(article.text()).as(c[0]).doesNotContain(c[0]);
        }
    }

    @Test
    void aHeaderLineWithADateAloneOrAsOneOfItsFieldsGivesThePublicationDate() throws IOException {
        String[][] cases = {
            {"November 4, 2025", "2025-11-04"},
            {"Wednesday 4 February 2026", "2026-02-04"},
            {"Analysis | July 16, 2025", "2025-07-16"},
            {"Europe Industry Wire | Tuesday, 4 July 2023", "2023-07-04"},
            {"THE WEEK IN METALS - Friday 10 October 2025", "2025-10-10"},
            {"Asia Metals Desk | Updated 7 Feb 2024 08:20 GMT", "2024-02-07"},
            {"Dec. 16, 2025 | Industry | Reporter Kim", "2025-12-16"},
            {"2025-11-09 21:04:17", "2025-11-09"},
            {"For immediate release - March 28, 2023 (Washington time)", "2023-03-28"},
            {"Seoul Industry Daily | 2026.02.06 | Reporter Park", "2026-02-06"},
            {"New Delhi, 15th January, 2024", "2024-01-15"},
            {"Energy Materials Monitor -- August 7, 2023", "2023-08-07"},
            {"Edition of 9 May 2024", "2024-05-09"},
            {"June 12, 2025 at 6:04 AM EDT", "2025-06-12"},
            {"Jakarta, Thursday (15/1/2026) - The ministry set the quota.", "2026-01-15"},
            {"Wednesday 4 February 2026. All times Eastern.", "2026-02-04"},
            {"MONTRÉAL, Feb. 15, 2024 /CNW/ - The company signed.", "2024-02-15"},
            {"Essay | By Tomás Echeverría | Santiago, 5 December 2024", "2024-12-05"},
        };
        for (String[] c : cases) {
            Path file = Files.writeString(
                    dir.resolve("h.txt"),
                    "Zambia halts cobalt exports\n\n" + c[0] + "\n\nZambia said on Monday it halted exports.\n");
            Article article = reader.readFile(file);
            assertThat(article.published()).as(c[0]).contains(LocalDate.parse(c[1]));
            assertThat(article.text()).contains(c[0]);
        }
        for (String body : List.of(
                "April 2026",
                "Interview conducted 14 July 2023.",
                "ANSWERED ON 11.12.2025",
                "On 7 November 2025, MOFCOM suspended the controls.",
                "Officials said in a statement on 4 July 2025 that exports halted.",
                "Last updated 16:40 ET")) {
            Path file =
                    Files.writeString(dir.resolve("u.txt"), "Zambia halts cobalt exports\n\n" + body + "\n\nText.\n");
            assertThat(reader.readFile(file).published()).as(body).isEmpty();
        }
    }

    @Test
    void htmlLosesScriptsStylesAndNavigationAndKeepsParagraphsAndMetadata() throws IOException {
        String html = "<!doctype html><html><head><title>T</title>"
                + "<meta property=\"article:published_time\" content=\"2025-10-21T08:00:00Z\">"
                + "<style>p{color:red}</style><script>alert('x')</script></head><body>"
                + "<nav>Home | World</nav><article><h1>Pact sealed</h1><p>The United States and Australia signed a"
                + " framework.</p><script>document.write('injected')</script><p>Second paragraph.</p></article>"
                + "<footer>Copyright</footer></body></html>";
        Path file = Files.writeString(dir.resolve("a.html"), html);
        Article article = reader.readFile(file);
        assertThat(article.published()).contains(LocalDate.of(2025, 10, 21));
        assertThat(article.title()).contains("T");
        assertThat(article.text())
                .isEqualTo("Pact sealed\n\nThe United States and Australia signed a framework.\n\nSecond paragraph.")
                .doesNotContain("alert", "injected", "Home", "Copyright", "color");
    }

    @Test
    @Timeout(10)
    void deeplyNestedHtmlIsRefusedBeforeParsing() throws IOException {
        String html = "<html><body>" + "<div>".repeat(200_000) + "x" + "</div>".repeat(200_000) + "</body></html>";
        Path file = Files.writeString(dir.resolve("deep.html"), html);
        assertThatThrownBy(() -> reader.readFile(file))
                .isInstanceOf(ArticleException.class)
                .hasMessageContaining("nests elements deeper than");
    }

    @Test
    void binaryDataIsRefused() throws IOException {
        byte[] bytes = new byte[4096];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31);
        }
        Path file = Files.write(dir.resolve("image.txt"), bytes);
        assertThatThrownBy(() -> reader.readFile(file))
                .isInstanceOf(ArticleException.class)
                .hasMessageContaining("binary data");
    }

    @Test
    @Timeout(10)
    void aFiftyMegabyteFileIsRefusedWithoutReadingIt() throws IOException {
        Path file = dir.resolve("huge.txt");
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(50L * 1024 * 1024);
        }
        assertThatThrownBy(() -> reader.readFile(file))
                .isInstanceOf(ArticleException.class)
                .hasMessageContaining("52428800 bytes, more than the limit of 5242880 bytes");
    }

    @Test
    void textThatIsNotUtf8IsReadAsWindows1252() throws IOException {
        Path file = Files.write(
                dir.resolve("latin.txt"), "Caf\u00e9 in S\u00e3o Paulo".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(reader.readFile(file).text()).isEqualTo("Caf\u00e9 in S\u00e3o Paulo");
    }

    @Test
    void aDirectoryGivesItsArticlesByName() throws IOException {
        Files.writeString(dir.resolve("b.txt"), "Second.");
        Files.writeString(dir.resolve("a.txt"), "First.");
        Files.writeString(dir.resolve("gold.jsonl"), "{}");
        List<Article> articles = reader.readAll(dir.toString());
        assertThat(articles).extracting(Article::name).containsExactly("a.txt", "b.txt");
    }

    @Test
    void missingAndEmptyFilesAreExplained() throws IOException {
        assertThatThrownBy(() -> reader.readAll(dir.resolve("none.txt").toString()))
                .isInstanceOf(ArticleException.class)
                .hasMessageContaining("does not exist");
        Path empty = Files.writeString(dir.resolve("empty.txt"), "");
        assertThatThrownBy(() -> reader.readFile(empty)).hasMessageContaining("is empty");
    }
}
