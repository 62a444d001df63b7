package lodestone.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import lodestone.model.knowledge.KnowledgeSnapshot;

/**
 * What a query is answered from.
 *
 * @param snapshot the knowledge held in memory
 * @param today the date taken as today (the default of every "on" date)
 */
public record ReportContext(KnowledgeSnapshot snapshot, LocalDate today) {
    public ReportContext {
        Objects.requireNonNull(snapshot, "snapshot");
        Objects.requireNonNull(today, "today");
    }

    /**
     * @param snapshot the knowledge held in memory
     * @param clock where today comes from
     * @return the context
     */
    public static ReportContext of(KnowledgeSnapshot snapshot, Clock clock) {
        return new ReportContext(snapshot, LocalDate.now(clock));
    }

    /**
     * @param on a date the user gave, or null
     * @return it, or today
     */
    public LocalDate dateOr(LocalDate on) {
        return on == null ? today : on;
    }
}
