package lodestone.report.risk;

import java.time.LocalDate;
import java.util.List;
import lodestone.report.risk.RiskView.ScoreView;
import lodestone.report.source.SourceView;
import lodestone.report.table.Column;
import lodestone.report.table.Format;
import lodestone.report.table.Table;
import lodestone.report.table.Tabular;
import lodestone.report.table.Unit;
import org.jspecify.annotations.Nullable;

/**
 * Minerals ranked by the Lodestone supply-risk index for a perspective country on a date.
 *
 * @param method "lodestone"
 * @param perspective the importing country, ISO alpha-2
 * @param perspectiveName its name
 * @param on the date of the measures in force
 * @param year the latest production year used, or null for the latest
 * @param list the minerals ranked: an official list id, or "all"
 * @param formula the index formula
 * @param ranking every scored mineral, highest score first
 * @param unscored minerals of the list without supply shares
 * @param sources every source an input cites
 */
public record RiskRanking(
        String method,
        String perspective,
        String perspectiveName,
        LocalDate on,
        @Nullable Integer year,
        String list,
        String formula,
        List<ScoreView> ranking,
        List<String> unscored,
        List<SourceView> sources)
        implements Tabular {

    /** The columns of a scored mineral: the score and its five components C, D, E, M, A (fractions). */
    public static final List<Column<ScoreView>> COLUMNS = List.of(
            Column.of("rank", "#", ScoreView::rank).in(Unit.RANK),
            Column.of("mineral", "MINERAL", ScoreView::mineral),
            Column.fixed("score", "SCORE", ScoreView::score, 2, Unit.SCORE_0_100)
                    .shownAs(v -> Format.fixed(v.score(), 1)),
            component("concentration", "C", 0),
            component("dependency", "D", 1),
            component("economic_importance", "E", 2),
            component("measures", "M", 3),
            component("partner_supply", "A", 4));

    private static Column<ScoreView> component(String id, String title, int index) {
        return Column.<ScoreView>fixed(id, title, v -> v.components().get(index).value(), 4, Unit.INDEX_0_1)
                .shownAs(v -> String.format(
                                java.util.Locale.ROOT,
                                "%.3f",
                                v.components().get(index).value())
                        + (v.components().get(index).assumed() ? "*" : ""));
    }

    @Override
    public Table<ScoreView> table() {
        return Table.of(COLUMNS, ranking);
    }
}
