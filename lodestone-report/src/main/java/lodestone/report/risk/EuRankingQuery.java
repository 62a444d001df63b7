package lodestone.report.risk;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import lodestone.model.knowledge.KnowledgeSnapshot;
import lodestone.model.policy.MeasureKind;
import lodestone.report.Query;
import lodestone.report.ReportContext;
import lodestone.report.risk.RiskView.EuView;
import lodestone.report.risk.RiskView.ListView;
import lodestone.report.source.SourceView;
import lodestone.risk.eu.EuEconomicImportance;
import lodestone.risk.eu.EuRecomputation;
import lodestone.risk.eu.EuSupplyRisk;
import lodestone.risk.eu.TradeVariable;
import org.jspecify.annotations.Nullable;

/**
 * The EU 2017 supply-risk method recomputed for 2023: every material with published and policy-adjusted t, the
 * recomputation's error against the published SR and EI, and list membership from the published values.
 *
 * @param on the date of the measures for the policy-adjusted t, or null for today
 */
public record EuRankingQuery(@Nullable LocalDate on) implements Query<EuRanking> {
    @Override
    public EuRanking answer(ReportContext context) {
        KnowledgeSnapshot snapshot = context.snapshot();
        LocalDate date = context.dateOr(on);
        EuRecomputation recomputation = EuRecomputation.run(snapshot, EuMethodInputs.all());
        List<EuView> views =
                recomputation.ranked(snapshot, date).stream().map(EuView::of).toList();
        Map<String, Double> mapping = new TreeMap<>();
        for (MeasureKind kind : MeasureKind.values()) {
            mapping.put(kind.id(), TradeVariable.of(kind));
        }
        Map<String, EuRecomputation.Stats> stats = new TreeMap<>();
        stats.put("vs-published-stage-sr", recomputation.all());
        stats.put("vs-published-stage-sr-without-suspect-rows", recomputation.trusted());
        stats.put("vs-annex-4-sr", recomputation.annex());
        stats.put("ei-vs-published-2023", EuEconomicImportance.recompute(snapshot, EuMethodInputs.all()));
        Set<String> ids = new TreeSet<>();
        views.forEach(v -> ids.addAll(v.sources()));
        return new EuRanking(
                RiskMethod.EU_2017.id(),
                date,
                EuSupplyRisk.WGI_FIRST + "-" + EuSupplyRisk.WGI_LAST,
                EuSupplyRisk.SR_THRESHOLD,
                EuSupplyRisk.EI_THRESHOLD,
                mapping,
                stats,
                List.of(ListView.of(snapshot, 2017), ListView.of(snapshot, 2020), ListView.of(snapshot, 2023)),
                views,
                SourceView.known(snapshot, ids));
    }
}
