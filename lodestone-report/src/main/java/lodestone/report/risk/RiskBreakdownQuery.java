package lodestone.report.risk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import lodestone.model.geo.Country;
import lodestone.model.knowledge.KnowledgeSnapshot;
import lodestone.model.mineral.Mineral;
import lodestone.report.Defaults;
import lodestone.report.Lookup;
import lodestone.report.Query;
import lodestone.report.ReportContext;
import lodestone.report.dependency.DependencyView;
import lodestone.report.risk.RiskView.ComponentView;
import lodestone.report.risk.RiskView.ConcentrationView;
import lodestone.report.risk.RiskView.EuView;
import lodestone.report.risk.RiskView.MeasureLine;
import lodestone.report.source.SourceView;
import lodestone.risk.index.LodestoneRiskIndex;
import lodestone.risk.index.MeasuresInForce;
import lodestone.risk.index.RiskScore;
import org.jspecify.annotations.Nullable;

/**
 * One mineral's supply-risk breakdown: index and components with inputs, concentration by stage, the dependency with
 * look-through, the measures in force and the EU method's figures.
 *
 * @param mineral mineral id or name
 * @param perspective the importing country (code or name), or null for {@link Defaults#PERSPECTIVE}
 * @param country the country whose share is shown per stage, or null for {@link Defaults#SHOWN_COUNTRY}
 * @param on the date of the measures in force, or null for today
 * @param year the latest production year to use, or null for the latest
 */
public record RiskBreakdownQuery(
        String mineral,
        @Nullable String perspective,
        @Nullable String country,
        @Nullable LocalDate on,
        @Nullable Integer year)
        implements Query<RiskBreakdown> {
    @Override
    public RiskBreakdown answer(ReportContext context) {
        KnowledgeSnapshot snapshot = context.snapshot();
        Mineral subject = Lookup.mineral(snapshot, mineral, "mineral");
        Risks.Viewer viewer = Risks.perspective(snapshot, perspective);
        Country chosen = Lookup.country(snapshot, country == null ? Defaults.SHOWN_COUNTRY : country, "country");
        LocalDate date = context.dateOr(on);
        LodestoneRiskIndex index = Risks.index(snapshot, viewer, date, year);
        List<RiskScore> ranking = index.rank(Risks.scope(snapshot, null));
        Integer rank = null;
        RiskScore score = index.score(subject.id()).orElse(null);
        for (int i = 0; i < ranking.size(); i++) {
            if (ranking.get(i).mineral().equals(subject.id())) {
                rank = i + 1;
            }
        }
        List<ConcentrationView> concentration = index.stageSets(subject.id()).stream()
                .filter(set -> !set.producers().isEmpty())
                .map(set -> ConcentrationView.of(snapshot, set, chosen.code()))
                .toList();
        // the very answer the index scores as D (for the EU its sourcing shares), not a second computation
        DependencyView dependency = DependencyView.of(snapshot, index.dependency(subject.id()));
        List<MeasureLine> measures = new ArrayList<>();
        MeasuresInForce.binding(snapshot, subject.id(), date, LodestoneRiskIndex.destination(viewer.code()))
                .forEach(m -> measures.add(MeasureLine.of(m, date)));
        MeasuresInForce.lapsed(snapshot, subject.id(), date, LodestoneRiskIndex.destination(viewer.code()))
                .forEach(m -> measures.add(MeasureLine.lapsed(m, date)));
        EuView eu = EuBreakdownQuery.view(snapshot, subject.id(), date).orElse(null);
        Set<String> ids = new TreeSet<>();
        concentration.forEach(c -> ids.addAll(c.sources()));
        ids.addAll(dependency.sources());
        measures.forEach(m -> ids.addAll(m.sources()));
        if (eu != null) {
            ids.addAll(eu.sources());
        }
        List<ComponentView> components = score == null
                ? List.of()
                : score.components().stream().map(ComponentView::of).toList();
        components.forEach(c -> Risks.cited(c, ids));
        return new RiskBreakdown(
                RiskMethod.LODESTONE.id(),
                viewer.code().value(),
                date,
                year,
                subject.id().value(),
                subject.name(),
                rank,
                score == null ? null : score.score(),
                score == null ? "not scored: no supply shares in the store" : score.formula(),
                components,
                concentration,
                dependency,
                measures,
                eu,
                SourceView.known(snapshot, ids));
    }
}
