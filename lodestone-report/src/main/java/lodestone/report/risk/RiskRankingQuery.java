package lodestone.report.risk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import lodestone.model.knowledge.KnowledgeSnapshot;
import lodestone.model.mineral.Mineral;
import lodestone.model.mineral.MineralId;
import lodestone.report.Defaults;
import lodestone.report.Query;
import lodestone.report.ReportContext;
import lodestone.report.risk.RiskView.ScoreView;
import lodestone.report.source.SourceView;
import lodestone.risk.index.LodestoneRiskIndex;
import lodestone.risk.index.MineralScope;
import lodestone.risk.index.RiskScore;
import org.jspecify.annotations.Nullable;

/**
 * Every mineral with supply shares ranked by the Lodestone supply-risk index, with every component and input.
 *
 * @param perspective the importing country (code or name), or null for {@link Defaults#PERSPECTIVE}
 * @param on the date of the measures in force, or null for today
 * @param year the latest production year to use, a year with supply shares, or null for the latest
 * @param list the minerals ranked: an official list id or {@value MineralScope#ALL}; null for
 *     {@value MineralScope#DEFAULT}
 */
public record RiskRankingQuery(
        @Nullable String perspective,
        @Nullable LocalDate on,
        @Nullable Integer year,
        @Nullable String list) implements Query<RiskRanking> {
    /** The index formula, as output shows it. */
    public static final String FORMULA = LodestoneRiskIndex.FORMULA;

    @Override
    public RiskRanking answer(ReportContext context) {
        KnowledgeSnapshot snapshot = context.snapshot();
        Risks.Viewer viewer = Risks.perspective(snapshot, perspective);
        LocalDate date = context.dateOr(on);
        MineralScope scope = Risks.scope(snapshot, list);
        List<RiskScore> scores = Risks.index(snapshot, viewer, date, year).rank(scope);
        List<ScoreView> views = new ArrayList<>();
        for (int i = 0; i < scores.size(); i++) {
            views.add(ScoreView.of(snapshot, i + 1, scores.get(i)));
        }
        Set<MineralId> scored = new TreeSet<>();
        scores.forEach(s -> scored.add(s.mineral()));
        List<String> unscored = snapshot.minerals().all().stream()
                .map(Mineral::id)
                .filter(id -> !scored.contains(id) && scope.contains(id))
                .map(MineralId::value)
                .toList();
        Set<String> ids = new TreeSet<>();
        views.forEach(v -> v.components().forEach(c -> Risks.cited(c, ids)));
        return new RiskRanking(
                RiskMethod.LODESTONE.id(),
                viewer.code().value(),
                viewer.name(),
                date,
                year,
                scope.id(),
                FORMULA,
                views,
                unscored,
                SourceView.known(snapshot, ids));
    }
}
