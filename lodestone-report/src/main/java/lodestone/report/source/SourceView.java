package lodestone.report.source;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import lodestone.model.knowledge.KnowledgeSnapshot;
import lodestone.model.provenance.Edition;
import lodestone.model.provenance.Source;
import lodestone.model.provenance.SourceId;
import lodestone.report.table.Column;
import lodestone.report.table.Columns;
import org.jspecify.annotations.Nullable;

/**
 * A source as shown next to a number.
 *
 * @param id source id
 * @param publisher publisher
 * @param title title
 * @param url where to read it, or null
 * @param doi DOI, or null
 * @param tier trust tier
 * @param licence licence
 * @param attribution the credit line
 * @param edition the edition of a recurring publication, e.g. mcs-2026, or null
 */
public record SourceView(
        String id,
        String publisher,
        String title,
        @Nullable String url,
        @Nullable String doi,
        String tier,
        String licence,
        String attribution,
        @Nullable String edition) {

    /** The columns of a source, as listed and as printed after a result. */
    public static final List<Column<SourceView>> COLUMNS = Columns.of(SourceView.class);

    /**
     * @param source a source
     * @return its view
     */
    public static SourceView of(Source source) {
        return new SourceView(
                source.id().value(),
                source.publisher(),
                source.title(),
                source.url().orElse(null),
                source.doi().orElse(null),
                source.tier().id(),
                source.licence(),
                source.attribution(),
                source.edition().map(Edition::id).orElse(null));
    }

    /**
     * @param snapshot the knowledge
     * @param ids source ids, some perhaps unknown to the snapshot (a method's curated inputs cite their own)
     * @return the sources with these ids that the snapshot knows, in id order
     */
    public static List<SourceView> known(KnowledgeSnapshot snapshot, Collection<String> ids) {
        Set<String> known = new TreeSet<>();
        snapshot.sources().forEach(s -> known.add(s.id().value()));
        List<SourceView> out = new ArrayList<>();
        for (String id : new TreeSet<>(ids)) {
            if (known.contains(id)) {
                out.add(of(snapshot.source(SourceId.of(id))));
            }
        }
        return out;
    }

    /** @return the text people read after a result: "[id] publisher, "title" (tier) url" */
    public String line() {
        return "[" + id + "] " + publisher + ", \"" + title + "\" (" + tier + ")" + (url == null ? "" : " " + url);
    }
}
