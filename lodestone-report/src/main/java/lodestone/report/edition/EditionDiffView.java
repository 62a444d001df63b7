package lodestone.report.edition;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import lodestone.model.chain.Stage;
import lodestone.model.knowledge.KnowledgeSnapshot;
import lodestone.model.observation.Observation;
import lodestone.report.Names;
import lodestone.report.table.Column;
import lodestone.report.table.Format;
import lodestone.report.table.Table;
import lodestone.report.table.Tabular;
import lodestone.report.table.Unit;
import lodestone.risk.edition.EditionDiff;
import lodestone.risk.edition.Revision;
import org.jspecify.annotations.Nullable;

/**
 * What a later edition revised, as the CLI and the API show it.
 *
 * @param from the earlier edition, e.g. mcs-2025
 * @param to the later edition, e.g. mcs-2026
 * @param mineral the mineral compared, or null for all
 * @param thresholds the rule, in words
 * @param compared how many figures both editions give
 * @param unpaired how many figures only one edition gives
 * @param revisions the revisions
 */
public record EditionDiffView(
        String from,
        String to,
        @Nullable String mineral,
        String thresholds,
        int compared,
        int unpaired,
        List<EditionDiffView.RevisionView> revisions)
        implements Tabular {

    /** @return the revisions, one row each; the before and after columns are named after the editions */
    @Override
    public Table<RevisionView> table() {
        String a = from.toUpperCase(Locale.ROOT);
        String b = to.toUpperCase(Locale.ROOT);
        List<Column<RevisionView>> columns = List.of(
                Column.of("mineral", "MINERAL", RevisionView::mineral),
                Column.<RevisionView>of("kind", null, RevisionView::kind),
                Column.<RevisionView>of("metric", null, RevisionView::metric),
                Column.<RevisionView>of(null, "WHAT", r -> r.kind().equals("share") ? "share of world" : r.metric()),
                Column.of("stage", "STAGE", RevisionView::stage),
                Column.<RevisionView>of("area", null, RevisionView::area),
                Column.<RevisionView>of(null, "AREA", RevisionView::name),
                Column.of("period", "YEAR", RevisionView::period),
                Column.<RevisionView>of("unit", null, RevisionView::unit),
                Column.<RevisionView>of(from, a, RevisionView::before)
                        .in(Unit.ROW_UNIT)
                        .shownAs(r -> value(r, r.before())),
                Column.<RevisionView>of(to, b, RevisionView::after)
                        .in(Unit.ROW_UNIT)
                        .shownAs(r -> value(r, r.after())),
                Column.<RevisionView>of("change", "CHANGE", RevisionView::change)
                        .in(Unit.ROW_UNIT)
                        .shownAs(EditionDiffView::change),
                Column.<RevisionView>of("source_" + from, null, RevisionView::sourceBefore),
                Column.<RevisionView>of("locator_" + from, null, RevisionView::locatorBefore),
                Column.<RevisionView>of("source_" + to, null, RevisionView::sourceAfter),
                Column.<RevisionView>of("locator_" + to, null, RevisionView::locatorAfter),
                Column.<RevisionView>of(
                        null,
                        "SOURCES (" + from + " | " + to + ")",
                        r -> r.locatorBefore() + " | " + r.locatorAfter()));
        return Table.of(columns, revisions).width(70);
    }

    private static String value(RevisionView r, double value) {
        return r.unit().isEmpty() ? Format.percent(value) : Format.number(value) + " " + r.unit();
    }

    private static String change(RevisionView r) {
        if (r.unit().isEmpty()) {
            return String.format(Locale.ROOT, "%+.1f pt", 100 * r.change());
        }
        return r.relativeChange() == null ? "new" : String.format(Locale.ROOT, "%+.0f %%", 100 * r.relativeChange());
    }

    /** @return the ids of the sources both editions' revised values cite, in id order */
    public List<String> sources() {
        Set<String> ids = new TreeSet<>();
        revisions.forEach(r -> {
            ids.add(r.sourceBefore());
            ids.add(r.sourceAfter());
        });
        return List.copyOf(ids);
    }

    /** The rule, in words. */
    public static final String THRESHOLDS = "shares and other fractions that moved at least 1 percentage point, other"
            + " values that moved at least 5 %";

    /**
     * One revised figure.
     *
     * @param mineral mineral id
     * @param kind value (as published) or share (of world production, derived)
     * @param metric metric id
     * @param stage stage id, or null
     * @param area area code
     * @param name display name of the area
     * @param period data year(s)
     * @param unit unit symbol of both values ("" for fractions)
     * @param before the earlier edition's value
     * @param after the later edition's value
     * @param change after minus before
     * @param relativeChange change over the earlier value, or null when that is zero
     * @param seriesBefore the earlier edition's series label
     * @param seriesAfter the later edition's series label
     * @param sourceBefore the earlier edition's source id
     * @param locatorBefore where in it
     * @param sourceAfter the later edition's source id
     * @param locatorAfter where in it
     */
    public record RevisionView(
            String mineral,
            String kind,
            String metric,
            @Nullable String stage,
            String area,
            String name,
            String period,
            String unit,
            double before,
            double after,
            double change,
            @Nullable Double relativeChange,
            String seriesBefore,
            String seriesAfter,
            String sourceBefore,
            String locatorBefore,
            String sourceAfter,
            String locatorAfter) {}

    /**
     * @param snapshot the snapshot the comparison ran on, for names
     * @param result the comparison
     * @param mineral the mineral compared, or null
     * @return the view
     */
    public static EditionDiffView of(KnowledgeSnapshot snapshot, EditionDiff.Result result, @Nullable String mineral) {
        return new EditionDiffView(
                result.from().id(),
                result.to().id(),
                mineral,
                THRESHOLDS,
                result.compared(),
                result.unpaired(),
                result.revisions().stream().map(r -> view(snapshot, r)).toList());
    }

    private static RevisionView view(KnowledgeSnapshot snapshot, Revision revision) {
        Observation before = revision.before();
        Observation after = revision.after();
        return new RevisionView(
                revision.mineral().value(),
                revision.kind().name().toLowerCase(java.util.Locale.ROOT),
                revision.metric().id(),
                revision.stage().map(Stage::id).orElse(null),
                revision.area().code(),
                Names.area(snapshot, revision.area()),
                revision.period().toString(),
                revision.unit().symbol(),
                revision.from(),
                revision.to(),
                revision.change(),
                revision.relativeChange().isPresent()
                        ? revision.relativeChange().getAsDouble()
                        : null,
                before.series(),
                after.series(),
                before.provenance().source().value(),
                before.provenance().locator(),
                after.provenance().source().value(),
                after.provenance().locator());
    }
}
