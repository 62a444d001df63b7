package lodestone.report.risk;

import java.util.List;
import java.util.Locale;
import lodestone.report.risk.RiskView.UsgsView;
import lodestone.report.source.SourceView;
import lodestone.report.table.Column;
import lodestone.report.table.Format;
import lodestone.report.table.Table;
import lodestone.report.table.Tabular;
import lodestone.report.table.Unit;
import lodestone.risk.usgs.UsgsAssessment;

/**
 * The USGS 2021 supply risk of every mineral of a list.
 *
 * @param method "usgs-2021"
 * @param list the list ranked, or "all"
 * @param formula the method's formula
 * @param threshold the published threshold of critical supply risk (0.40)
 * @param window how many of the latest assessed years are averaged
 * @param recencyWeights how the years are weighted, in words
 * @param aboveThreshold how many reach the threshold
 * @param ranking the assessed minerals, highest supply risk first
 * @param notAssessed the minerals of the list without a year with both net import reliance and supply shares
 * @param sources every source an input cites
 */
public record UsgsRiskRanking(
        String method,
        String list,
        String formula,
        double threshold,
        int window,
        String recencyWeights,
        int aboveThreshold,
        List<UsgsView> ranking,
        List<UsgsView> notAssessed,
        List<SourceView> sources)
        implements Tabular {
    public UsgsRiskRanking {
        ranking = List.copyOf(ranking);
        notAssessed = List.copyOf(notAssessed);
        sources = List.copyOf(sources);
    }

    /** The columns of an assessed mineral: its supply risk and the latest year's three factors (fractions). */
    public static final List<Column<UsgsView>> COLUMNS = List.of(
            Column.of("rank", "#", UsgsView::rank).in(Unit.RANK),
            Column.of("mineral", "MINERAL", UsgsView::mineral),
            factor("supply_risk", "SR", UsgsView::supplyRisk),
            factor("disruption_potential", "DP", v -> latest(v).disruptionPotential()),
            factor("trade_exposure", "TE", v -> latest(v).tradeExposure()),
            Column.<UsgsView>fixed(
                            "economic_vulnerability", "EV", v -> latest(v).economicVulnerability(), 4, Unit.INDEX_0_1)
                    .shownAs(v -> String.format(Locale.ROOT, "%.3f", latest(v).economicVulnerability())
                            + (latest(v).vulnerabilityAssumed() ? "*" : "")),
            Column.of("years", "YEARS", UsgsRiskRanking::years),
            Column.<UsgsView>of("above_threshold", ">= 0.40", UsgsView::aboveThreshold)
                    .shownAs(v -> v.aboveThreshold() ? "yes" : "no"));

    private static Column<UsgsView> factor(String id, String title, java.util.function.Function<UsgsView, Double> f) {
        return Column.<UsgsView>fixed(id, title, f, 4, Unit.INDEX_0_1).shownAs(v -> Format.fixed(f.apply(v), 3));
    }

    /** @return the latest assessed year of a mineral */
    public static UsgsAssessment.YearResult latest(UsgsView v) {
        return v.years().get(v.years().size() - 1);
    }

    /** @return the assessed years joined by "+", e.g. 2022+2023+2024 */
    public static String years(UsgsView v) {
        return String.join(
                "+", v.years().stream().map(y -> String.valueOf(y.year())).toList());
    }

    @Override
    public Table<UsgsView> table() {
        return Table.of(COLUMNS, ranking);
    }
}
