package lodestone.report.mineral;

import java.util.List;
import lodestone.model.knowledge.KnowledgeSnapshot;
import lodestone.model.observation.Flag;
import lodestone.report.Names;
import lodestone.report.source.SourceView;
import lodestone.risk.concentration.ProducerShare;
import org.jspecify.annotations.Nullable;

/**
 * One producer's share, with everything needed to trace it.
 *
 * @param country ISO 3166-1 alpha-2 code (or a group such as CA+US)
 * @param name the country's name
 * @param mineral the mineral id
 * @param stage the stage id
 * @param year the last year of the period the share refers to
 * @param period the period ("2024" or "2020-2023")
 * @param quantity the producer's quantity in {@code unit}, or null for published shares
 * @param unit the unit of {@code quantity}
 * @param share the share, a fraction in [0, 1]
 * @param flags qualifiers (estimated, quota, less-than, ...)
 * @param note the source's note
 * @param source the source
 * @param locator the place in the source (file:line column)
 */
public record ShareView(
        String country,
        String name,
        String mineral,
        String stage,
        int year,
        String period,
        @Nullable Double quantity,
        @Nullable String unit,
        double share,
        List<String> flags,
        String note,
        SourceView source,
        String locator) {

    /**
     * @param snapshot the knowledge
     * @param share a producer's share
     * @param stage the stage id of its set
     * @return its view
     */
    public static ShareView of(KnowledgeSnapshot snapshot, ProducerShare share, String stage) {
        var observation = share.observation();
        return new ShareView(
                share.area().code(),
                Names.area(snapshot, share.area()),
                observation.mineral().value(),
                stage,
                observation.period().endYear(),
                observation.period().toString(),
                share.quantity().map(q -> q.value()).orElse(null),
                share.quantity().map(q -> q.unit().symbol()).orElse(null),
                share.share(),
                observation.flags().stream().map(Flag::id).sorted().toList(),
                observation.note(),
                SourceView.of(snapshot.source(observation.provenance().source())),
                observation.provenance().locator());
    }
}
