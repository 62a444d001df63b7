package lodestone.app.server;

import java.time.LocalDate;
import java.util.List;
import lodestone.news.reconcile.CheckReport;
import lodestone.report.country.CountryReport;
import lodestone.report.mineral.HistoryCharts;
import lodestone.report.mineral.MineralHistory;
import lodestone.report.mineral.MineralReport;
import lodestone.report.policy.AgreementReport;
import lodestone.report.policy.AgreementView;
import lodestone.report.policy.MeasureView;
import lodestone.report.risk.Overview;
import lodestone.report.risk.RiskBreakdown;
import lodestone.report.scenario.SimulationView;
import org.jspecify.annotations.Nullable;

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

        /** @return the address of the ranking's downloads, without the format */
        public String download() {
            return "/api/v1/overview?on=" + today() + "&perspective=" + perspective;
        }

        /** @return the command line that prints the same ranking */
        public String command() {
            return "overview --on " + today() + " --perspective " + perspective;
        }
    }

    /**
     * @param report the mineral report
     * @param risk its supply-risk breakdown for the perspective on the date asked (today and the default if none)
     * @param perspectiveName the name of the risk's perspective country
     * @param dataFromName the name of the mineral whose import data the dependency uses (itself or its group)
     * @param measures measures touching it, with status today
     * @param agreements agreements naming it
     * @param stageChart chart data for the stage bars
     * @param mapChart chart data for the world map
     * @param history its figures by data year across the editions in the store, with their charts
     */
    public record Mineral(
            MineralReport report,
            RiskBreakdown risk,
            String perspectiveName,
            String dataFromName,
            List<MeasureView> measures,
            List<AgreementView> agreements,
            String stageChart,
            String mapChart,
            History history) {}

    /**
     * A mineral's time series ({@code lodestone history}): the rows as the table shows them, and their charts.
     *
     * @param history the figures, one row per figure and data year
     * @param years the distinct data years, ascending
     * @param charts one chart per metric and unit; none when there are fewer than two years
     */
    public record History(MineralHistory history, List<Integer> years, List<HistoryPanel> charts) {
        public History {
            years = List.copyOf(years);
            charts = List.copyOf(charts);
        }

        /** @return the row's value as the page prints it, e.g. "67.0 %", "&gt;95.0 %" or "390,000 t" */
        public String value(MineralHistory.Row row) {
            return HistoryCharts.shown(row);
        }
    }

    /**
     * One chart of a mineral's history.
     *
     * @param id the chart element's id
     * @param description what it shows, for screen readers
     * @param chart the chart data (JSON)
     */
    public record HistoryPanel(String id, String description, String chart) {}

    /**
     * @param report the country report
     * @param mineralNames each mineral id of the report with its name, for people
     * @param chart chart data for its shares
     * @param issued the trade measures it issued, with status today
     * @param targeting the trade measures that cover exports to it, with status today
     * @param agreements the agreements it is a party to
     * @param projects the projects located in it, as {@code lodestone projects --country ISO} lists them
     * @param on the date the statuses are judged on (today)
     */
    public record Country(
            CountryReport report,
            java.util.Map<String, String> mineralNames,
            String chart,
            List<MeasureView> issued,
            List<MeasureView> targeting,
            List<AgreementView> agreements,
            List<lodestone.report.policy.ProjectsQuery.Row> projects,
            LocalDate on) {
        /** Copies the names and lists. */
        public Country {
            mineralNames = java.util.Map.copyOf(mineralNames);
            issued = List.copyOf(issued);
            targeting = List.copyOf(targeting);
            agreements = List.copyOf(agreements);
            projects = List.copyOf(projects);
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
    public record ErrorPage(int status, @Nullable String message) {}

    /**
     * @param presets the preset ids
     * @param preset the preset shown
     * @param simulation the result
     * @param charts one fan chart's data per mineral (JSON)
     * @param run the id of the job the page shows ({@code /scenarios?run=ID}), or null for a run the page made
     */
    public record Scenario(
            List<String> presets,
            String preset,
            SimulationView.View simulation,
            List<String> charts,
            @Nullable String run) {
        /**
         * @return where the monthly table downloads: the finished job's result ({@code ?run=ID}), or this page's own
         *     address (a run is deterministic for a preset, paths and seed)
         */
        public String download() {
            return run != null
                    ? "/scenarios?run=" + run
                    : "/scenarios?preset=" + preset + "&paths=" + paths() + "&seed=" + seed();
        }

        /** @return the command line that prints the same monthly table */
        public String command() {
            return "simulate " + preset + " --paths " + paths() + " --seed " + seed();
        }

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
            String frontierChart) {
        /** @return the budget as the command line's {@code --budget} takes it, in plain digits */
        public String budgetText() {
            return java.math.BigDecimal.valueOf(budgetUsd).stripTrailingZeros().toPlainString();
        }

        /**
         * @return where the plan's tables download, without the format: this page's own address (a plan is
         *     deterministic for its mineral, budget, paths and seed)
         */
        public String download() {
            return "/plans?mineral=" + mineral + "&budget=" + budgetText() + "&paths=" + paths;
        }

        /** @return the command line that prints the same plan */
        public String command() {
            return "plan " + mineral + " --budget " + budgetText() + " --paths " + paths + " --seed " + seed;
        }
    }

    /**
     * @param text the text checked (shown back, escaped), or "" before a check
     * @param published the publication date given, or ""
     * @param report the check report, or null before a check
     * @param error why the article could not be read, or null
     */
    public record Check(
            String text,
            String published,
            @Nullable CheckReport report,
            @Nullable String error) {}

    /**
     * @param agreements every agreement with its scorecard
     * @param newestSource the newest dated source the agreements cite (how current the record is), or null
     * @param on the date deadlines are judged on (today)
     */
    public record Agreements(
            List<AgreementView> agreements,
            lodestone.report.policy.@Nullable RecordCurrency newestSource,
            LocalDate on) {}

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

    /**
     * The search box's answer, when it is not one entry (one entry redirects to its page).
     *
     * @param result the entries the text denotes, or the closest names
     */
    public record Search(lodestone.report.search.SearchQuery.Result result) {
        /**
         * @param hit an entry found
         * @return the dashboard page that shows it
         */
        public String path(lodestone.report.search.SearchQuery.Hit hit) {
            return Pages.path(hit);
        }

        /**
         * @param hit an entry found
         * @return what it is, for people
         */
        public String kindLabel(lodestone.report.search.SearchQuery.Hit hit) {
            return hit.kind().name().charAt(0) + hit.kind().name().substring(1).toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * @param hit an entry the search found
     * @return the page that shows it (a measure's row on the measures page, which has no page of its own)
     */
    static String path(lodestone.report.search.SearchQuery.Hit hit) {
        String id = java.net.URLEncoder.encode(hit.id(), java.nio.charset.StandardCharsets.UTF_8);
        return switch (hit.kind()) {
            case MINERAL -> "/minerals/" + id;
            case COUNTRY -> "/countries/" + id;
            case MEASURE -> "/measures#" + id;
            case AGREEMENT -> "/agreements/" + id;
        };
    }

    /** @param minerals every mineral of the catalogue with its lists */
    public record MineralIndex(lodestone.report.mineral.MineralsResult minerals) {}

    /** @param countries every country with production or supply shares on record */
    public record CountryIndex(lodestone.report.table.Listing<lodestone.report.country.CountriesQuery.Row> countries) {}

    /** The most minerals the comparison shows side by side. */
    public static final int MAX_COMPARED = lodestone.report.compare.CompareQuery.MAX_MINERALS;

    /**
     * Minerals side by side ({@code /compare?ids=gallium,germanium}): one column per mineral.
     *
     * @param ids the names as asked, for the form
     * @param comparison the comparison, as {@code lodestone compare} answers it
     */
    public record Compare(String ids, lodestone.report.compare.Comparison comparison) {
        /** @return one column per mineral, in the order asked */
        public List<lodestone.report.compare.Comparison.Compared> columns() {
            return comparison.columns();
        }

        /** @return the address of the comparison's downloads, without the format */
        public String download() {
            return "/api/v1/compare/" + String.join(",", comparison.minerals()) + "?on=" + comparison.on()
                    + "&perspective=" + comparison.perspective();
        }

        /** @return the command line that prints the same comparison */
        public String command() {
            return "compare " + String.join(",", comparison.minerals()) + " --on " + comparison.on() + " --perspective "
                    + comparison.perspective();
        }
    }

    /**
     * The screens page: the results directories under {@code --screens-dir}.
     *
     * @param enabled whether the server was started with {@code --screens-dir}
     * @param screens the results directories, by name
     */
    public record Screens(boolean enabled, List<lodestone.report.screen.ScreenResultsQuery.Listed> screens) {
        public Screens {
            screens = List.copyOf(screens);
        }
    }

    /**
     * One screen's page: its cells ranked by expected shortfall (months of baseline demand), as {@code lodestone
     * screen} ranks them.
     *
     * @param screen the results directory
     * @param ranked its top cells, largest expected shortfall first, ties by cell id
     * @param top how many were asked for
     */
    public record Screen(
            lodestone.report.screen.ScreenResultsQuery.Listed screen,
            List<lodestone.screen.cell.CellResult> ranked,
            int top) {
        public Screen {
            ranked = List.copyOf(ranked);
        }

        /** @return whether any ranked cell carries a plan, or a note on why its plan is missing */
        public boolean plans() {
            return ranked.stream()
                    .anyMatch(r -> r.plan().isPresent() || !r.planNote().isEmpty());
        }
    }
}
