package lodestone.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import lodestone.app.TestDatabase;
import lodestone.store.db.LodestoneStore;
import lodestone.store.news.NewsArchive;
import lodestone.store.reference.ReferenceData;
import lodestone.testkit.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The extract, check and ingest commands, with the expectations of issue 6 on the seed articles. */
class NewsCliTest {
    @TempDir
    static Path dir;

    private static Path seed(String name) {
        return SharedData.seeds().resolve(name);
    }

    private static JsonNode only(JsonNode json) {
        assertThat(json.get("articles")).hasSize(1);
        return json.get("articles").get(0);
    }

    private static List<JsonNode> where(JsonNode array, String field, String value) {
        List<JsonNode> out = new ArrayList<>();
        array.forEach(n -> {
            if (n.get(field).asText().equals(value)) {
                out.add(n);
            }
        });
        return out;
    }

    /** @return the check report of one seed article, as JSON */
    private static JsonNode checked(String seed) {
        CliTest.Run run = CliTest.runDb("check", seed(seed).toString(), "--format", "json");
        assertThat(run.code()).as(run.err()).isZero();
        return only(run.json());
    }

    @Test
    void checkOfSeed002FlagsTheEightyPercentTheDateAndVietnam() {
        JsonNode report = checked("002_07beffb3b47bb78a.txt");
        JsonNode claim = report.get("claims").get(0);
        assertThat(claim.get("share_pct").asInt()).isEqualTo(80);
        assertThat(claim.get("verdict").asText()).isIn("ambiguous-stage", "conflicting");
        List<String> stages = new ArrayList<>();
        claim.get("references").forEach(r -> stages.add(r.get("stage").asText()));
        assertThat(stages).contains("mining", "processing");
        assertThat(where(claim.get("references"), "stage", "mining"))
                .anySatisfy(r -> assertThat(r.get("source").asText()).startsWith("usgs"));

        JsonNode flags = report.get("flags");
        assertThat(where(flags, "kind", "office-holder")).singleElement().satisfies(f -> {
            assertThat(f.get("message").asText())
                    .contains("Donald Trump did not hold office", "2024-03-12", "Joe Biden")
                    .contains("us-au-framework-2025", "us-jp-framework-2025");
            assertThat(f.get("sources")).isNotEmpty();
        });
        assertThat(where(flags, "kind", "no-record"))
                .anySatisfy(f -> assertThat(f.get("message").asText()).contains("Vietnam"));
        JsonNode event = report.get("events").get(0);
        assertThat(event.get("date").asText()).isEqualTo("2024-03-12");
        assertThat(event.get("match").asText()).isEqualTo("contradicts");
        assertThat(where(event.get("differences"), "field", "date")).hasSize(2);
    }

    @Test
    void checkOfSeed000FindsSixEventsTwoConsistentClaimsAndTheDifferences() {
        JsonNode report = checked("000_32b86bfb85c06b0a.txt");
        assertThat(report.get("events")).hasSize(6);
        assertThat(report.get("claims")).hasSize(2).allSatisfy(c -> {
            assertThat(c.get("verdict").asText()).isEqualTo("consistent");
            assertThat(c.get("references")).isNotEmpty();
        });
        JsonNode agreement = where(report.get("events"), "type", "agreement").get(0);
        assertThat(where(agreement.get("differences"), "field", "title"))
                .singleElement()
                .satisfies(d -> assertThat(d.get("record").asText())
                        .startsWith("United States-Australia Framework for Securing of Supply"));
        JsonNode venture = where(report.get("events"), "type", "joint_venture").get(0);
        assertThat(where(venture.get("differences"), "field", "party"))
                .singleElement()
                .satisfies(d -> assertThat(d.get("article").asText()).contains("US-Australian"));
        assertThat(where(report.get("flags"), "kind", "press-only-amount"))
                .singleElement()
                .satisfies(f -> assertThat(f.get("message").asText()).contains("US$400 million"));
    }

    @Test
    void checkPrintsAReadableReport() {
        CliTest.Run run =
                CliTest.runDb("check", seed("002_07beffb3b47bb78a.txt").toString(), "--wide");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("CLAIMS (1)", "verdict: AMBIGUOUS-STAGE", "record:  mining 69.2 %")
                .contains("EVENTS (1)", "match:   CONTRADICTS")
                .contains("! office-holder: Donald Trump did not hold office");
    }

    @Test
    void extractOfTheSeedsScoresAtLeastPointNine() throws IOException {
        CliTest.Run run = CliTest.run("extract", SharedData.seeds().toString(), "--format", "jsonl");
        assertThat(run.code()).as(run.err()).isZero();
        Path predicted = Files.writeString(dir.resolve("predicted.jsonl"), run.out());
        double[] f1 = Scorer.score(SharedData.seeds().resolve("gold.jsonl"), predicted);
        assertThat(f1[0]).as("event F1").isGreaterThanOrEqualTo(0.9);
        assertThat(f1[1]).as("claim F1").isGreaterThanOrEqualTo(0.9);
        assertThat(run.out().lines())
                .hasSize(2)
                .allSatisfy(line -> assertThat(line).startsWith("{\"file\":"));
    }

    @Test
    void extractReadsTextWithoutADatabaseAndHonoursThePublicationFlag() throws IOException {
        Path file = Files.writeString(
                dir.resolve("wire.txt"), "China on Friday suspended its export controls on gallium and germanium.");
        CliTest.Run run = CliTest.run("extract", file.toString(), "--published", "2025-11-08", "--format", "json");
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode event = run.json().get("articles").get(0).get("events").get(0);
        assertThat(event.get("type").asText()).isEqualTo("export_control_suspension");
        assertThat(event.get("date").asText()).isEqualTo("2025-11-07");
    }

    @Test
    void anArticleWhosePublicationLineReadsTwoWaysIsExtractedUndatedWithANoteAndTheOthersStillAre() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("batch"));
        Files.writeString(
                folder.resolve("a.txt"),
                "Published: 04/03/2026\n\nChina on Friday suspended its export controls on gallium and germanium.");
        Files.writeString(
                folder.resolve("b.txt"),
                "Published: 2025-11-08\n\nChina on Friday suspended its export controls on gallium and germanium.");
        CliTest.Run run = CliTest.run("extract", folder.toString(), "--format", "jsonl");
        assertThat(run.code()).as(run.err()).isZero();
        List<JsonNode> lines = run.out()
                .lines()
                .map(line -> {
                    try {
                        return Output.JSON.readTree(line);
                    } catch (IOException e) {
                        throw new AssertionError(line, e);
                    }
                })
                .toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).get("events").get(0).get("date").isNull())
                .as("a relative date stays unresolved without a publication date")
                .isTrue();
        assertThat(lines.get(1).get("events").get(0).get("date").asText()).isEqualTo("2025-11-07");
        assertThat(run.err())
                .contains("note: a.txt: publication line (Published: 04/03/2026) holds no date that reads one way only")
                .doesNotContain("b.txt");
        CliTest.Run given = CliTest.run(
                "extract", folder.resolve("a.txt").toString(), "--published", "2025-11-08", "--format", "jsonl");
        assertThat(given.code()).as(given.err()).isZero();
        assertThat(given.out()).contains("\"date\":\"2025-11-07\"");
        assertThat(given.err()).doesNotContain("note:");
    }

    @Test
    void ingestStoresUnverifiedRecordsLinkedToTheirArticleAndReplacesOnRepeat() {
        Path db = TestDatabase.copyTo(dir.resolve("ingest.duckdb"));
        String seed = seed("000_32b86bfb85c06b0a.txt").toString();
        CliTest.Run first = CliTest.run("ingest", seed, "--db", db.toString(), "--format", "json");
        assertThat(first.code()).as(first.err()).isZero();
        JsonNode row = first.json().get("articles").get(0);
        assertThat(row.get("events").asInt()).isEqualTo(6);
        assertThat(row.get("claims").asInt()).isEqualTo(2);
        assertThat(row.get("replaced").asBoolean()).isFalse();
        CliTest.Run again = CliTest.run("ingest", seed, "--db", db.toString());
        assertThat(again.code()).as(again.err()).isZero();
        assertThat(again.out()).contains("Stored 6 events and 2 claims", "replacing the earlier copy");
        try (LodestoneStore store = LodestoneStore.open(db, ReferenceData.load())) {
            List<NewsArchive.StoredArticle> articles = new NewsArchive(store).articles();
            assertThat(articles).singleElement().satisfies(a -> {
                assertThat(a.name()).isEqualTo("000_32b86bfb85c06b0a.txt");
                assertThat(a.records())
                        .hasSize(8)
                        .allSatisfy(r -> assertThat(r.status()).isEqualTo("unverified"));
                assertThat(a.records()).anySatisfy(r -> {
                    assertThat(r.kind()).isEqualTo("claim");
                    assertThat(r.verdict()).isEqualTo("consistent");
                    assertThat(r.payload()).contains("\"share_pct\":70");
                });
            });
        }
    }

    @Test
    void hostileInputEndsWithAClearError() throws IOException {
        Path binary = Files.write(dir.resolve("blob.txt"), new byte[] {0, 1, 2, 3, (byte) 0xff, 0, 7});
        CliTest.Run run = CliTest.run("extract", binary.toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("error: article", "binary data");
        CliTest.Run missing = CliTest.run(
                "check",
                dir.resolve("none.txt").toString(),
                "--db",
                dir.resolve("x.duckdb").toString());
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.err()).contains("does not exist");
        CliTest.Run closed = CliTest.run("extract", "http://127.0.0.1:9/never", "--timeout", "2");
        assertThat(closed.code()).isEqualTo(1);
        assertThat(closed.err()).startsWith("error: ");
    }

    /** The matching rules of ../shared/tools/score-extraction (events: type, half the parties, a mineral; claims: all keys and 1 point). */
    static final class Scorer {
        static double[] score(Path gold, Path predicted) throws IOException {
            java.util.Map<String, JsonNode> g = load(gold);
            java.util.Map<String, JsonNode> p = load(predicted);
            int[] e = new int[3];
            int[] c = new int[3];
            for (var entry : g.entrySet()) {
                JsonNode pred = p.get(entry.getKey());
                tally(entry.getValue().get("events"), pred == null ? null : pred.get("events"), true, e);
                tally(entry.getValue().get("claims"), pred == null ? null : pred.get("claims"), false, c);
            }
            return new double[] {f1(e), f1(c)};
        }

        private static java.util.Map<String, JsonNode> load(Path file) throws IOException {
            java.util.Map<String, JsonNode> out = new java.util.LinkedHashMap<>();
            for (String line : Files.readAllLines(file)) {
                if (!line.isBlank()) {
                    JsonNode node = Output.JSON.readTree(line);
                    out.put(node.get("file").asText(), node);
                }
            }
            return out;
        }

        private static double f1(int[] t) {
            double p = t[1] == 0 ? 1 : (double) t[0] / t[1];
            double r = t[2] == 0 ? 1 : (double) t[0] / t[2];
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        private static java.util.Set<String> set(JsonNode a) {
            java.util.Set<String> out = new java.util.HashSet<>();
            a.forEach(n -> out.add(String.join(
                    " ",
                    n.asText()
                            .toLowerCase(java.util.Locale.ROOT)
                            .replace("'s ", " ")
                            .trim()
                            .split("\\s+"))));
            return out;
        }

        private static double overlap(JsonNode a, JsonNode b) {
            java.util.Set<String> x = set(a);
            java.util.Set<String> y = set(b);
            if (x.isEmpty() && y.isEmpty()) {
                return 1;
            }
            if (x.isEmpty() || y.isEmpty()) {
                return 0;
            }
            java.util.Set<String> both = new java.util.HashSet<>(x);
            both.retainAll(y);
            return (double) both.size() / Math.min(x.size(), y.size());
        }

        private static void tally(JsonNode gold, JsonNode pred, boolean events, int[] t) {
            List<double[]> pairs = new ArrayList<>();
            int ng = gold.size();
            int np = pred == null ? 0 : pred.size();
            for (int i = 0; i < ng; i++) {
                for (int j = 0; j < np; j++) {
                    JsonNode a = gold.get(i);
                    JsonNode b = pred.get(j);
                    double s;
                    if (events) {
                        double po = overlap(a.get("parties"), b.get("parties"));
                        double mo = overlap(a.get("minerals"), b.get("minerals"));
                        if (!a.get("type").asText().equals(b.get("type").asText()) || po < 0.5 || mo == 0) {
                            continue;
                        }
                        s = po + mo;
                    } else {
                        boolean same = a.get("subject_country")
                                        .asText()
                                        .equalsIgnoreCase(
                                                b.get("subject_country").asText())
                                && a.get("stage")
                                        .asText()
                                        .equalsIgnoreCase(b.get("stage").asText())
                                && a.get("mineral")
                                        .asText()
                                        .equalsIgnoreCase(b.get("mineral").asText())
                                && Math.abs(a.get("share_pct").asDouble()
                                                - b.get("share_pct").asDouble())
                                        <= 1;
                        if (!same) {
                            continue;
                        }
                        s = 1;
                    }
                    pairs.add(new double[] {s, i, j});
                }
            }
            pairs.sort((x, y) -> Double.compare(y[0], x[0]));
            java.util.Set<Integer> ug = new java.util.HashSet<>();
            java.util.Set<Integer> up = new java.util.HashSet<>();
            for (double[] pair : pairs) {
                if (!ug.contains((int) pair[1]) && !up.contains((int) pair[2])) {
                    ug.add((int) pair[1]);
                    up.add((int) pair[2]);
                    t[0]++;
                }
            }
            t[1] += np;
            t[2] += ng;
        }
    }
}
