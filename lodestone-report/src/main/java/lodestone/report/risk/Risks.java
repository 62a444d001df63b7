package lodestone.report.risk;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import lodestone.model.geo.Country;
import lodestone.model.knowledge.KnowledgeSnapshot;
import lodestone.report.Defaults;
import lodestone.report.Lookup;
import lodestone.report.risk.RiskView.ComponentView;
import lodestone.risk.index.LodestoneRiskIndex;

/** What the risk queries share: the perspective default, the index over a snapshot, the sources an input cites. */
final class Risks {
    private Risks() {}

    static Country perspective(KnowledgeSnapshot snapshot, String perspective) {
        return Lookup.country(snapshot, perspective == null ? Defaults.PERSPECTIVE : perspective, "perspective");
    }

    static LodestoneRiskIndex index(KnowledgeSnapshot snapshot, Country viewer, LocalDate on, Integer year) {
        return new LodestoneRiskIndex(
                snapshot, viewer.code(), on, year == null ? OptionalInt.empty() : OptionalInt.of(year));
    }

    /** Adds the source ids a component's inputs cite (an input may cite several, joined by ";"). */
    static void cited(ComponentView component, Set<String> ids) {
        component.inputs().forEach(i -> ids.addAll(List.of(i.source().split(";", -1))));
    }
}
