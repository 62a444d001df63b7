package lodestone.report.risk;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import lodestone.model.knowledge.KnowledgeSnapshot;
import lodestone.report.Query;
import lodestone.report.ReportContext;
import lodestone.report.risk.RiskView.UsgsView;
import lodestone.report.source.SourceView;
import lodestone.risk.index.MineralScope;
import lodestone.risk.usgs.UsgsRanking;
import lodestone.risk.usgs.UsgsSupplyRisk;
import org.jspecify.annotations.Nullable;

/**
 * The minerals of one list ranked by the USGS 2021 supply risk (Nassar and Fortier, OFR 2021-1045) for the United
 * States, averaged over the latest assessed years ({@code docs/methods/usgs-supply-risk.md}).
 *
 * @param list an official list id or {@value MineralScope#ALL}; null for {@value MineralScope#DEFAULT}
 * @param perspective must be US or null: the method is the United States'
 * @param year must be null: the method averages its own window of years
 */
public record UsgsRankingQuery(
        @Nullable String list,
        @Nullable String perspective,
        @Nullable Integer year) implements Query<UsgsRiskRanking> {
    /** The method's formula, as output shows it. */
    public static final String FORMULA = "SR = Σ w_y · (DP_y · TE_y · EV_y)^(1/3); DP = Σ s² · g, TE = net import"
            + " reliance, EV = clip(log10(V / 1e6) / 5, 0, 1)";

    @Override
    public UsgsRiskRanking answer(ReportContext context) {
        Risks.usgsScope(perspective, year);
        KnowledgeSnapshot snapshot = context.snapshot();
        MineralScope scope = Risks.scope(snapshot, list);
        UsgsRanking ranking = UsgsRanking.of(snapshot, scope, Risks.MARKET_SERIES);
        List<UsgsView> views = new ArrayList<>();
        for (int i = 0; i < ranking.ranked().size(); i++) {
            views.add(UsgsView.of(snapshot, i + 1, ranking.ranked().get(i)));
        }
        Set<String> ids = new TreeSet<>();
        views.forEach(v -> v.components().forEach(c -> Risks.cited(c, ids)));
        return new UsgsRiskRanking(
                RiskMethod.USGS_2021.id(),
                scope.id(),
                FORMULA,
                UsgsSupplyRisk.THRESHOLD,
                UsgsSupplyRisk.WINDOW,
                "1, 2, …, n from the oldest of the latest " + UsgsSupplyRisk.WINDOW
                        + " assessed years, normalised (assumed)",
                (int) views.stream().filter(UsgsView::aboveThreshold).count(),
                views,
                ranking.notAssessed().stream()
                        .map(a -> UsgsView.of(snapshot, null, a))
                        .toList(),
                SourceView.known(snapshot, ids));
    }
}
