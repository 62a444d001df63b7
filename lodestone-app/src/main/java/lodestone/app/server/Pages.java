package lodestone.app.server;

import java.time.LocalDate;
import java.util.List;
import lodestone.app.view.AgreementView;
import lodestone.app.view.CountryReport;
import lodestone.app.view.MeasureView;
import lodestone.app.view.MineralReport;
import lodestone.app.view.OutlookView;
import lodestone.app.view.RiskReports;

/** The models of the dashboard pages, passed to the jte templates. */
public final class Pages {
    private Pages() {}

    /**
     * One mineral on the overview.
     *
     * @param id mineral id
     * @param name name
     * @param lists list ids
     * @param miningChina China's share of the preferred mining set, or null
     * @param miningHhi its HHI, or null
     * @param miningBasis its series and period
     * @param processingChina China's share of the preferred processing set, or null
     * @param processingHhi its HHI, or null
     * @param processingBasis its series and period
     * @param rankScore what the ranking sorts by: the Lodestone supply-risk score for the United States
     * @param components the score's components C, D, M, A (values in [0, 1]), in that order
     */
    public record OverviewRow(
            String id,
            String name,
            List<String> lists,
            List<Double> components,
            Double miningChina,
            Double miningHhi,
            String miningBasis,
            Double processingChina,
            Double processingHhi,
            String processingBasis,
            double rankScore) {}

    /**
     * @param today the date
     * @param ranking how the rows are ranked
     * @param rows the minerals, ranked
     * @param inForce the measures in force today
     * @param chart chart data (JSON) for China's share by stage
     */
    public record Overview(
            LocalDate today, String ranking, List<OverviewRow> rows, List<MeasureView> inForce, String chart) {}

    /**
     * @param report the mineral report
     * @param risk its supply-risk breakdown for the United States today
     * @param measures measures touching it, with status today
     * @param agreements agreements naming it
     * @param stageChart chart data for the stage bars
     * @param mapChart chart data for the world map
     */
    public record Mineral(
            MineralReport report,
            RiskReports.Breakdown risk,
            List<MeasureView> measures,
            List<AgreementView> agreements,
            String stageChart,
            String mapChart) {}

    /**
     * @param report the country report
     * @param chart chart data for its shares
     */
    public record Country(CountryReport report, String chart) {}

    /**
     * @param on the date
     * @param measures every measure announced by then
     * @param chart timeline chart data
     */
    public record Measures(LocalDate on, List<MeasureView> measures, String chart) {}

    /**
     * @param status the HTTP status
     * @param message what went wrong (escaped when rendered)
     */
    public record ErrorPage(int status, String message) {}

    /**
     * @param presets the preset ids
     * @param preset the preset shown
     * @param paths paths run
     * @param seed the seed
     * @param simulation the result, or null before a run
     * @param charts one fan chart's data per mineral (JSON)
     */
    public record Scenario(
            List<String> presets,
            String preset,
            int paths,
            long seed,
            lodestone.app.view.SimulationView.View simulation,
            List<String> charts) {}

    /**
     * The plan page: a plan for one mineral and perspective, made synchronously with few paths.
     *
     * @param mineral the mineral asked for
     * @param budgetUsd the budget
     * @param paths paths
     * @param seed seed
     * @param plan the plan's view
     * @param frontierChart the frontier chart's data (JSON)
     */
    public record Plan(
            String mineral,
            double budgetUsd,
            int paths,
            long seed,
            lodestone.app.view.PlanView.View plan,
            String frontierChart) {}

    /**
     * @param text the text checked (shown back, escaped), or "" before a check
     * @param published the publication date given, or ""
     * @param report the check report, or null before a check
     * @param error why the article could not be read, or null
     */
    public record Check(String text, String published, lodestone.news.reconcile.CheckReport report, String error) {}

    /**
     * @param agreements every agreement with its scorecard
     * @param newestSource the newest dated source the agreements cite (how current the record is), or null
     */
    public record Agreements(List<AgreementView> agreements, lodestone.app.view.RecordCurrency newestSource) {}

    /**
     * @param agreement the agreement
     * @param outlooks outlook per mineral of its projects' capacity
     * @param charts chart data per outlook, in the same order
     */
    public record Agreement(AgreementView agreement, List<OutlookView> outlooks, List<String> charts) {}
}
