package lodestone.report.policy;

import java.time.LocalDate;
import java.util.List;
import lodestone.model.geo.CountryCode;
import lodestone.model.knowledge.KnowledgeSnapshot;
import lodestone.model.mineral.MineralId;
import lodestone.model.policy.MeasureEvent;
import lodestone.model.policy.MeasureStatus;
import lodestone.model.policy.TradeMeasure;
import lodestone.report.source.SourceView;
import lodestone.report.table.Cell;
import lodestone.report.table.Column;
import lodestone.report.table.Columns;
import lodestone.report.table.Table;
import lodestone.report.table.Tabular;
import org.jspecify.annotations.Nullable;

/**
 * A trade measure with its derived status on a date.
 *
 * @param id measure id
 * @param issuer issuing country (ISO alpha-2)
 * @param kind licensing, ban, quota, export-tax, content-rule, technology-control
 * @param title title
 * @param legalReference the instrument
 * @param minerals mineral ids covered
 * @param productForms product forms covered
 * @param targets "all" or the ISO alpha-2 codes of the destinations covered
 * @param status the status on the date asked
 * @param events the history
 * @param sources the sources
 * @param note caveats
 * @param draft for a draft promoted from unverified news, where it came from; null for a curated record
 */
public record MeasureView(
        String id,
        String issuer,
        String kind,
        String title,
        String legalReference,
        List<String> minerals,
        List<String> productForms,
        List<String> targets,
        StatusView status,
        List<EventView> events,
        List<SourceView> sources,
        String note,
        @Nullable String draft)
        implements Tabular {

    /** The columns of a measure in a listing. */
    public static final List<Column<MeasureView>> COLUMNS = List.of(
            Column.of("id", "ID", MeasureView::id),
            Column.of("issuer", "ISSUER", MeasureView::issuer),
            Column.of("kind", "KIND", MeasureView::kind),
            Column.of("minerals", "MINERALS", MeasureView::minerals),
            Column.of("targets", "TARGETS", MeasureView::targets),
            Column.<MeasureView>of("state", null, m -> m.status().state()),
            Column.<MeasureView>of("binds", null, m -> m.status().binds()),
            Column.<MeasureView>of("status", "STATUS", m -> m.status().description())
                    .shownAs(m -> (m.draft() == null ? "" : "DRAFT (unverified news): ")
                            + m.status().description()),
            Column.of("legal_reference", "LEGAL REFERENCE", MeasureView::legalReference),
            Column.<MeasureView>of(
                    "sources",
                    null,
                    m -> m.sources().stream().map(SourceView::id).toList()));

    /** The columns of an event in a measure's history. */
    public static final List<Column<EventView>> EVENT_COLUMNS = Columns.of(EventView.class);

    /** @return the history, one row per event, as CSV prints it */
    @Override
    public Table<EventView> table() {
        return Table.of("measure", id, EVENT_COLUMNS, events).width(60);
    }

    /**
     * @param on the date asked about
     * @param state the derived state id (in-force, suspended, suspension-ended, ...)
     * @param binds true if the measure binds on that date
     * @param description the status in words, e.g. "suspension ended 2026-11-10; no later record"
     * @param since the date of the event it rests on, or null
     * @param until a suspension's stated last day, or null
     */
    public record StatusView(
            LocalDate on,
            String state,
            boolean binds,
            String description,
            @Nullable LocalDate since,
            @Nullable LocalDate until) {
        static StatusView of(MeasureStatus status) {
            return new StatusView(
                    status.on(),
                    status.state().id(),
                    status.state().binds(),
                    status.description(),
                    status.since().orElse(null),
                    status.until().orElse(null));
        }
    }

    /**
     * @param type event type
     * @param date date
     * @param until a suspension's last day, or null
     * @param source source id
     * @param note detail
     */
    public record EventView(
            @Cell(value = "EVENT", csv = "event") String type,
            LocalDate date,
            @Nullable LocalDate until,
            String source,
            String note) {
        static EventView of(MeasureEvent event) {
            return new EventView(
                    event.type().id(),
                    event.date(),
                    event.until().orElse(null),
                    event.source().value(),
                    event.note());
        }
    }

    /**
     * @param snapshot the knowledge
     * @param measure a measure
     * @param on the date of its status
     * @return its view
     */
    public static MeasureView of(KnowledgeSnapshot snapshot, TradeMeasure measure, LocalDate on) {
        return new MeasureView(
                measure.id(),
                measure.issuer().value(),
                measure.kind().id(),
                measure.title(),
                measure.legalReference(),
                measure.minerals().stream().map(MineralId::value).toList(),
                measure.productForms(),
                measure.targets().all()
                        ? List.of("all")
                        : measure.targets().countries().stream()
                                .map(CountryCode::value)
                                .toList(),
                StatusView.of(measure.status(on)),
                measure.events().stream().map(EventView::of).toList(),
                measure.sources().stream()
                        .map(id -> SourceView.of(snapshot.source(id)))
                        .toList(),
                measure.note(),
                snapshot.policy()
                        .drafts()
                        .origin(measure.id())
                        .map(origin -> "DRAFT, unverified: " + origin.label())
                        .orElse(null));
    }
}
