package lodestone.app.server;

import java.time.LocalDate;
import java.util.List;
import lodestone.news.reconcile.CheckReport;
import lodestone.report.country.CountryReport;
import lodestone.report.mineral.MineralReport;
import lodestone.report.policy.AgreementReport;
import lodestone.report.policy.AgreementView;
import lodestone.report.policy.MeasureView;
import lodestone.report.risk.Overview;
import lodestone.report.risk.RiskBreakdown;
import lodestone.report.scenario.SimulationView;

/** The models of the dashboard pages, passed to the jte templates: report-layer results and their chart data. */
public final class Pages {
    private Pages() {}

    /**
     * @param overview the overview
     * @param perspective the perspective asked for (code or name), the default's code if none was
     * @param chart chart data (JSON) for China's share by stage
     */
    public record OverviewPage(Overview overview, String perspective, String chart) {
        /** @return the date */
        public LocalDate today() {
            return overview.today();
        }

        /** @return how the rows are ranked */
        public String ranking() {
            return overview.ranking();
        }

        /** @return the minerals, ranked */
        public List<Overview.Row> rows() {
            return overview.rows();
        }

        /** @return the measures in force today */
        public List<MeasureView> inForce() {
            return overview.inForce();
        }
    }

    /**
     * @param report the mineral report
     * @param risk its supply-risk breakdown for the perspective on the date asked (today and the default if none)
     * @param perspectiveName the name of the risk's perspective country
     * @param measures measures touching it, with status today
     * @param agreements agreements naming it
     * @param stageChart chart data for the stage bars
     * @param mapChart chart data for the world map
     */
    public record Mineral(
            MineralReport report,
            RiskBreakdown risk,
            String perspectiveName,
            List<MeasureView> measures,
            List<AgreementView> agreements,
            String stageChart,
            String mapChart) {}

    /**
     * @param report the country report
     * @param mineralNames each mineral id of the report with its name, for people
     * @param chart chart data for its shares
     */
    public record Country(CountryReport report, java.util.Map<String, String> mineralNames, String chart) {
        /** Copies the names. */
        public Country {
            mineralNames = java.util.Map.copyOf(mineralNames);
        }

        /**
         * @param id a mineral id of the report
         * @return its name, or the id
         */
        public String mineralName(String id) {
            return mineralNames.getOrDefault(id, id);
        }
    }

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
     * @param simulation the result
     * @param charts one fan chart's data per mineral (JSON)
     */
    public record Scenario(List<String> presets, String preset, SimulationView.View simulation, List<String> charts) {
        /** @return the paths run */
        public int paths() {
            return simulation.paths();
        }

        /** @return the seed */
        public long seed() {
            return simulation.seed();
        }
    }

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
            lodestone.report.plan.PlanView.View plan,
            String frontierChart) {}

    /**
     * @param text the text checked (shown back, escaped), or "" before a check
     * @param published the publication date given, or ""
     * @param report the check report, or null before a check
     * @param error why the article could not be read, or null
     */
    public record Check(String text, String published, CheckReport report, String error) {}

    /**
     * @param agreements every agreement with its scorecard
     * @param newestSource the newest dated source the agreements cite (how current the record is), or null
     * @param on the date deadlines are judged on (today)
     */
    public record Agreements(
            List<AgreementView> agreements, lodestone.report.policy.RecordCurrency newestSource, LocalDate on) {}

    /**
     * @param report the agreement with the delivery outlook of its projects
     * @param charts chart data per outlook, in the same order
     * @param on the date deadlines are judged on (today)
     */
    public record Agreement(AgreementReport report, List<String> charts, LocalDate on) {
        /** @return the agreement */
        public AgreementView agreement() {
            return report.agreement();
        }

        /** @return the outlooks, one per mineral of its projects' capacity */
        public List<lodestone.report.policy.OutlookView> outlooks() {
            return report.outlooks();
        }
    }
}
