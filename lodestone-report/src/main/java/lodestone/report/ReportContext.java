package lodestone.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import lodestone.model.knowledge.EditionChoice;
import lodestone.model.knowledge.KnowledgeSnapshot;
import org.jspecify.annotations.Nullable;

/**
 * What a query is answered from.
 *
 * @param snapshot the knowledge held in memory as queries see it by default: the latest edition of each data year
 * @param today the date taken as today (the default of every "on" date)
 * @param everyEdition the same knowledge with every edition of the recurring publications side by side (USGS MCS 2025
 *     and 2026), for a query that names an edition or compares two
 */
public record ReportContext(KnowledgeSnapshot snapshot, LocalDate today, KnowledgeSnapshot everyEdition) {
    public ReportContext {
        Objects.requireNonNull(snapshot, "snapshot");
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(everyEdition, "everyEdition");
    }

    /**
     * A context whose knowledge holds one edition of each data year only (a test fixture, an old store).
     *
     * @param snapshot the knowledge
     * @param today the date taken as today
     */
    public ReportContext(KnowledgeSnapshot snapshot, LocalDate today) {
        this(snapshot, today, snapshot);
    }

    /**
     * @param everyEdition the knowledge with every edition side by side, as the store reads it with {@link
     *     EditionChoice#all()}
     * @param clock where today comes from
     * @return the context, whose default snapshot shows the latest edition of each data year
     */
    public static ReportContext of(KnowledgeSnapshot everyEdition, Clock clock) {
        return new ReportContext(EditionChoice.latest().apply(everyEdition), LocalDate.now(clock), everyEdition);
    }

    /**
     * @param edition {@code latest}, an edition id such as {@code mcs-2025}, or null for the latest
     * @return the knowledge showing that edition of each recurring publication
     * @throws QueryException naming the editions held if the knowledge holds no such edition
     */
    public KnowledgeSnapshot snapshot(@Nullable String edition) {
        if (edition == null || edition.isBlank() || edition.trim().equalsIgnoreCase("latest")) {
            return snapshot;
        }
        if (edition.trim().equalsIgnoreCase("all")) {
            throw QueryException.badParameter(
                    "edition",
                    "edition (all) would show every revision twice; use lodestone diff (GET /api/v1/diff) to compare"
                            + " editions, or name one edition such as mcs-2025.");
        }
        try {
            return EditionChoice.parse(edition).apply(everyEdition);
        } catch (IllegalArgumentException e) {
            throw QueryException.badParameter("edition", e.getMessage());
        }
    }

    /**
     * @param edition as for {@link #snapshot(String)}
     * @return how the editions were chosen, e.g. "latest edition of each data year"
     */
    public static String describeEdition(@Nullable String edition) {
        return edition == null || edition.isBlank()
                ? EditionChoice.latest().description()
                : EditionChoice.parse(edition).description();
    }

    /**
     * @param on a date the user gave, or null
     * @return it, or today
     */
    public LocalDate dateOr(@Nullable LocalDate on) {
        return on == null ? today : on;
    }
}
