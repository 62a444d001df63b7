package lodestone.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import lodestone.model.knowledge.EditionChoice;
import lodestone.model.knowledge.KnowledgeSnapshot;
import lodestone.report.Json;
import lodestone.report.ReportContext;
import lodestone.report.risk.RiskRanking;
import lodestone.report.risk.RiskRankingQuery;
import lodestone.risk.index.IndexInputs;
import lodestone.store.baseline.BundledKnowledge;
import lodestone.store.reference.ReferenceData;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Setup;

/**
 * The per-request work of an uncached risk ranking ({@code GET /api/v1/risk?perspective=P&on=D}, issue 12) on the
 * shipped knowledge base (both USGS editions, the EU study, WGI, the curated policy records): {@code ranking} answers
 * the report-layer query for the next (perspective, date) of a seeded sequence (the 24 perspectives of
 * {@code tools/load/risk.lua}, dates 2024-01-01 to 2026-12-31), {@code rankingJson} adds the serialisation the server
 * does, and {@code precompute} is the work done once per snapshot ({@link IndexInputs#of}), which the ranking no longer
 * repeats. Average time per operation (see docs/benchmarks.md).
 */
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RiskRankingBenchmark extends TimedBenchmark {
    /** The perspectives of {@code tools/load/risk.lua}. */
    static final List<String> PERSPECTIVES = List.of(
            "US", "JP", "DE", "FR", "GB", "KR", "IN", "CA", "AU", "BR", "CN", "IT", "ES", "NL", "SE", "PL", "MX", "ZA",
            "ID", "VN", "TR", "SA", "AE", "NO");

    private static final LocalDate FIRST = LocalDate.of(2024, 1, 1);
    private static final int DAYS = 1096;
    private static final int REQUESTS = 4096;

    private ReportContext context;
    private KnowledgeSnapshot snapshot;
    private ObjectMapper json;
    private RiskRankingQuery[] queries;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        KnowledgeSnapshot everyEdition = BundledKnowledge.snapshot(ReferenceData.load(), EditionChoice.all());
        snapshot = EditionChoice.latest().apply(everyEdition);
        context = new ReportContext(snapshot, LocalDate.of(2026, 12, 3), everyEdition);
        json = Json.mapper();
        SplittableRandom random = new SplittableRandom(12);
        queries = new RiskRankingQuery[REQUESTS];
        for (int i = 0; i < REQUESTS; i++) {
            queries[i] = new RiskRankingQuery(
                    PERSPECTIVES.get(random.nextInt(PERSPECTIVES.size())),
                    FIRST.plusDays(random.nextInt(DAYS)),
                    null,
                    null);
        }
    }

    private RiskRankingQuery nextQuery() {
        next = (next + 1) % REQUESTS;
        return queries[next];
    }

    @Benchmark
    public RiskRanking ranking() {
        return nextQuery().answer(context);
    }

    @Benchmark
    public byte[] rankingJson() throws Exception {
        return json.writeValueAsBytes(nextQuery().answer(context));
    }

    @Benchmark
    public IndexInputs precompute() {
        return IndexInputs.of(snapshot);
    }
}
