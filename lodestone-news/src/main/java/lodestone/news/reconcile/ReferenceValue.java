package lodestone.news.reconcile;

/**
 * A value from the knowledge base that a claim was compared with.
 *
 * @param stage the stage of the reference (mining, processing, ...)
 * @param mineral the mineral id, or a description for a range over group members
 * @param sharePct the country's share in percent
 * @param period the reference period, e.g. {@code 2024}
 * @param series the series, e.g. "Mine production, rare-earth-oxide equivalent"
 * @param source the source id
 * @param sourceTitle the source's publisher and title
 */
public record ReferenceValue(
        String stage,
        String mineral,
        double sharePct,
        String period,
        String series,
        String source,
        String sourceTitle) {}
