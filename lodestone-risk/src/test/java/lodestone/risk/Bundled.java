package lodestone.risk;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import lodestone.model.knowledge.EditionChoice;
import lodestone.model.knowledge.KnowledgeSnapshot;
import lodestone.risk.economic.MarketSeries;
import lodestone.store.baseline.BundledKnowledge;
import lodestone.store.reference.ReferenceData;

/**
 * The knowledge Lodestone ships (USGS MCS 2025 and 2026, EU CRM 2023, WGI 2024, curated records), read in memory once per test
 * run, for reference-value tests against published figures.
 */
public final class Bundled {
    private static final KnowledgeSnapshot EVERY_EDITION =
            BundledKnowledge.snapshot(ReferenceData.load(), EditionChoice.all());
    private static final KnowledgeSnapshot SNAPSHOT = EditionChoice.latest().apply(EVERY_EDITION);
    private static final List<MarketSeries> MARKET_SERIES = MarketSeries.parse(readMarketSeries());

    private Bundled() {}

    /**
     * @param edition an edition id, e.g. {@code mcs-2025}
     * @return the bundled snapshot showing that edition of each recurring publication
     */
    public static KnowledgeSnapshot edition(String edition) {
        return EditionChoice.parse(edition).apply(EVERY_EDITION);
    }

    /** @return the U.S. market series bundled with lodestone-risk (the index's E) */
    public static List<MarketSeries> marketSeries() {
        return MARKET_SERIES;
    }

    private static String readMarketSeries() {
        try (InputStream in = MarketSeries.class.getClassLoader().getResourceAsStream(MarketSeries.RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(MarketSeries.RESOURCE + " is missing from the classpath.");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the bundled snapshot, the latest edition of each data year */
    public static KnowledgeSnapshot snapshot() {
        return SNAPSHOT;
    }
}
