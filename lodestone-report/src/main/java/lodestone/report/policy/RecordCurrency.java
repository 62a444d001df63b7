package lodestone.report.policy;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import lodestone.model.knowledge.KnowledgeSnapshot;
import lodestone.model.provenance.Source;
import lodestone.model.provenance.SourceId;
import lodestone.report.source.SourceView;

/**
 * How current a part of the record is: the newest dated source its records cite, so a reader sees when the record was
 * last fed (a status such as "suspension ended 2026-11-10; no later record" means: nothing newer than this).
 *
 * @param newest the publication date of the newest dated source
 * @param source that source
 * @param sources how many distinct sources the records cite
 * @param undated how many of them carry no publication date
 */
public record RecordCurrency(LocalDate newest, SourceView source, int sources, int undated) {

    /**
     * @param snapshot the snapshot
     * @param cited the source ids the records cite
     * @return the newest dated source among them, if any is dated
     */
    public static Optional<RecordCurrency> of(KnowledgeSnapshot snapshot, Collection<SourceId> cited) {
        var distinct = cited.stream().distinct().map(snapshot::source).toList();
        long undated = distinct.stream().filter(s -> s.published().isEmpty()).count();
        return distinct.stream()
                .filter(s -> s.published().isPresent())
                .max(Comparator.comparing((Source s) -> s.published().orElseThrow())
                        .thenComparing(s -> s.id().value()))
                .map(s -> new RecordCurrency(
                        s.published().orElseThrow(), SourceView.of(s), distinct.size(), (int) undated));
    }

    /** @return one line for people, e.g. "Newest source in the record: 2026-04-24 (Office of ..., \"Title\")." */
    public String line() {
        return "Newest source in the record: " + newest + " (" + source.publisher() + ", \"" + source.title() + "\"; "
                + sources + " sources cited, " + undated + " undated).";
    }
}
