package lodestone.report.mineral;

import lodestone.model.mineral.MineralId;
import lodestone.report.Query;
import lodestone.report.ReportContext;
import lodestone.report.source.SourceView;

/** The official critical-mineral lists with their entries as published. */
public record ListsQuery() implements Query<CriticalLists> {
    @Override
    public CriticalLists answer(ReportContext context) {
        return new CriticalLists(context.snapshot().lists().stream()
                .map(list -> new CriticalLists.ListView(
                        list.id(),
                        list.name(),
                        list.issuer(),
                        list.published().toString(),
                        SourceView.of(context.snapshot().source(list.source())),
                        list.entries().stream()
                                .map(e -> new CriticalLists.EntryView(
                                        e.name(),
                                        e.minerals().stream()
                                                .map(MineralId::value)
                                                .toList(),
                                        e.note()))
                                .toList()))
                .toList());
    }
}
