package lodestone.report.risk;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import lodestone.model.knowledge.KnowledgeSnapshot;
import lodestone.model.mineral.MineralId;
import lodestone.report.Query;
import lodestone.report.QueryException;
import lodestone.report.ReportContext;
import lodestone.risk.index.MineralScope;
import lodestone.risk.usgs.UsgsRanking;
import lodestone.risk.validation.RankingDiagnostics;
import org.jspecify.annotations.Nullable;

/**
 * A method's ranking of every catalogue mineral (groups left out) compared with the published EU 2023 supply risk
 * (Spearman) and the official lists (AUC, members in the top n). Diagnostics only: no method is fitted to them.
 *
 * @param method lodestone or usgs-2021; null for lodestone
 * @param perspective the importing country of the Lodestone index, or null for the default
 * @param on the date of the measures in force, or null for today
 * @param year the latest data year of the Lodestone index, or null
 */
public record DiagnosticsQuery(
        @Nullable String method,
        @Nullable String perspective,
        @Nullable LocalDate on,
        @Nullable Integer year) implements Query<RiskDiagnostics> {
    @Override
    public RiskDiagnostics answer(ReportContext context) {
        KnowledgeSnapshot snapshot = context.snapshot();
        MineralScope all = MineralScope.of(snapshot, MineralScope.ALL);
        Map<MineralId, Double> scores = new TreeMap<>();
        RiskMethod chosen = RiskMethod.parse(method);
        switch (chosen) {
            case LODESTONE -> {
                Risks.Viewer viewer = Risks.perspective(snapshot, perspective);
                Risks.index(snapshot, viewer, context.dateOr(on), year)
                        .rank(all)
                        .forEach(s -> scores.put(s.mineral(), s.score()));
            }
            case USGS_2021 ->
                UsgsRanking.of(snapshot, all, Risks.MARKET_SERIES)
                        .ranked()
                        .forEach(a -> scores.put(a.mineral(), a.supplyRisk().getAsDouble()));
            case EU_2017 ->
                throw QueryException.badParameter(
                        "method", "diagnostics work with the methods lodestone and usgs-2021, not eu-2017.");
        }
        scores.keySet().removeIf(id -> snapshot.minerals().require(id).isGroup());
        return new RiskDiagnostics(
                chosen.id(),
                "every scored catalogue mineral, groups left out",
                scores.size(),
                RankingDiagnostics.of(snapshot, scores));
    }
}
