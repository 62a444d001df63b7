package lodestone.app.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.LocalDate;
import lodestone.report.Json;
import lodestone.report.ReportContext;

/**
 * What one server runs, shared by its API and its pages: the knowledge it serves, the background budget and the work
 * queued on it (scenario runs, plans, article checks), with the settings it was made from.
 *
 * @param settings the server's settings
 * @param json the JSON mapper of the API and the knowledge's cached answers
 * @param knowledge the snapshot served and the response cache
 * @param background the threads all background work shares
 * @param scenarios the scenario runs
 * @param plans the plans
 * @param checks the article checks
 */
record Services(
        LodestoneServer.Settings settings,
        ObjectMapper json,
        Knowledge knowledge,
        BackgroundBudget background,
        ScenarioJobs scenarios,
        PlanJobs plans,
        ArticleChecks checks) {
    /**
     * @param settings the server's settings
     * @return the services they call for, with nothing queued yet
     */
    static Services of(LodestoneServer.Settings settings) {
        ObjectMapper json = Json.mapper();
        ServerLimits limits = settings.limits();
        Knowledge knowledge = new Knowledge(settings.snapshots(), json, limits.cacheMaxBytes());
        BackgroundBudget background = new BackgroundBudget(limits.jobThreads());
        ScenarioJobs scenarios = new ScenarioJobs(limits, background);
        PlanJobs plans = new PlanJobs(limits, background);
        ArticleChecks checks = new ArticleChecks(limits, background, settings.fetchPolicy());
        return new Services(settings, json, knowledge, background, scenarios, plans, checks);
    }

    /** @return the clock for "today" */
    Clock clock() {
        return settings.clock();
    }

    /** @return every bound the server enforces */
    ServerLimits limits() {
        return settings.limits();
    }

    /** @return the report context of the snapshot served, dated today */
    ReportContext today() {
        return knowledge.context(LocalDate.now(clock()));
    }

    /** Stops the background work: queued runs, plans and checks. */
    void close() {
        scenarios.close();
        checks.close();
        plans.close();
    }
}
