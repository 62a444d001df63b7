package lodestone.report.risk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import lodestone.model.chain.Stage;
import lodestone.model.geo.Area;
import lodestone.model.geo.CountryCode;
import lodestone.model.knowledge.KnowledgeSnapshot;
import lodestone.model.list.CriticalMineralList;
import lodestone.model.mineral.Mineral;
import lodestone.model.mineral.MineralId;
import lodestone.report.Defaults;
import lodestone.report.Query;
import lodestone.report.ReportContext;
import lodestone.report.policy.MeasureView;
import lodestone.report.policy.PolicyQueries;
import lodestone.risk.concentration.ResolutionPolicy;
import lodestone.risk.concentration.SupplyShareCalculator;
import lodestone.risk.concentration.SupplyShares;
import org.jspecify.annotations.Nullable;

/**
 * The dashboard's overview on a date for a perspective.
 *
 * @param perspective the importing country (code or name), or null for {@link Defaults#PERSPECTIVE}
 * @param on the date of the measures in force, or null for the context's date (today unless a page asks for another)
 */
public record OverviewQuery(
        @Nullable String perspective, @Nullable LocalDate on) implements Query<Overview> {
    private static final CountryCode CHINA = CountryCode.of("CN");

    /** The overview for the default perspective. */
    public OverviewQuery() {
        this(null, null);
    }

    /**
     * The overview on the context's date.
     *
     * @param perspective the importing country (code or name), or null for {@link Defaults#PERSPECTIVE}
     */
    public OverviewQuery(String perspective) {
        this(perspective, null);
    }

    @Override
    public Overview answer(ReportContext context) {
        KnowledgeSnapshot snapshot = context.snapshot();
        LocalDate date = context.dateOr(on);
        RiskRanking ranking = new RiskRankingQuery(perspective, date, null, null).answer(context);
        List<Overview.Row> rows = new ArrayList<>();
        for (RiskView.ScoreView score : ranking.ranking()) {
            MineralId id = MineralId.of(score.mineral());
            Optional<SupplyShares> mining = preferred(snapshot, id, Stage.MINING);
            Optional<SupplyShares> processing = preferred(snapshot, id, Stage.PROCESSING);
            Mineral mineral = snapshot.minerals().require(id);
            rows.add(new Overview.Row(
                    id.value(),
                    mineral.name(),
                    snapshot.lists().stream()
                            .filter(l -> l.contains(id))
                            .map(CriticalMineralList::id)
                            .toList(),
                    score.components().stream()
                            .map(RiskView.ComponentView::value)
                            .toList(),
                    mining.map(OverviewQuery::china).orElse(null),
                    mining.map(SupplyShares::hhi).orElse(null),
                    mining.map(OverviewQuery::basis).orElse(""),
                    processing.map(OverviewQuery::china).orElse(null),
                    processing.map(SupplyShares::hhi).orElse(null),
                    processing.map(OverviewQuery::basis).orElse(""),
                    score.score()));
        }
        List<MeasureView> inForce = PolicyQueries.measures(snapshot, date, null, null, null).stream()
                .filter(m -> m.status().binds())
                .toList();
        String viewer = Risks.perspective(snapshot, perspective).name();
        return new Overview(
                date,
                "Lodestone supply-risk index with " + viewer + " as the importing country, on " + date + " ("
                        + RiskRankingQuery.FORMULA + "; C concentration weighted by governance, D dependency with"
                        + " look-through, E economic importance, M measures, A partner supply)",
                rows,
                inForce);
    }

    private static Optional<SupplyShares> preferred(KnowledgeSnapshot snapshot, MineralId id, Stage stage) {
        List<SupplyShares> sets = SupplyShareCalculator.all(snapshot, id).stream()
                .filter(s -> s.stage() == stage)
                .toList();
        return ResolutionPolicy.preferred(snapshot, sets);
    }

    private static double china(SupplyShares shares) {
        return shares.shareOf(Area.country(CHINA)).map(s -> s.share()).orElse(0.0);
    }

    private static String basis(SupplyShares shares) {
        return shares.series() + ", " + shares.period() + " ("
                + String.join(
                        ", ", shares.sources().stream().map(Object::toString).toList()) + ")";
    }
}
