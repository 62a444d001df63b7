package lodestone.screen;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import lodestone.model.mineral.MineralId;
import lodestone.plan.option.Figure;
import lodestone.plan.option.OptionKind;
import lodestone.plan.option.PlanOption;
import lodestone.plan.option.Reserve;
import lodestone.plan.option.Supply;
import lodestone.screen.job.MarketInput;
import lodestone.screen.job.ScreenJob;
import lodestone.sim.scenario.Distribution;

/**
 * A small screen written like a worked example, with supply shares given rather than read from the knowledge base:
 * two perspectives' markets for gallium and dysprosium, three severities, two durations, two responses, and a plan for
 * dysprosium.
 */
public final class ScreenFixture {
    /** The spec's text. */
    public static final String SPEC = """
            id: fixture-screen
            title: A small screen for tests
            perspectives: [US]
            minerals: [gallium, dysprosium]
            suppliers: {top: 2}
            severities: [0.25, 0.5, 1.0]
            durations: [6, 12]
            horizonMonths: 18
            paths: 300
            seed: 7
            responses:
              - id: none
              - id: stocks-and-substitution
                stocksMonths: {uniform: [1.5, 3]}
                substitution: {maxFraction: 0.1, lagMonths: 3, rampMonths: 6}
            plan: {budgetUsd: 2.0e8, alpha: 0.9, paths: 100}
            """;

    private ScreenFixture() {}

    /** @return the spec */
    public static ScreenSpec spec() {
        return ScreenReader.read(SPEC, "fixture");
    }

    /** @return the job: 4 markets × 12 treatments = 48 cells, the dysprosium ones with a plan */
    public static ScreenJob job() {
        return job(spec());
    }

    /** @return a job of another spec over the fixture's markets */
    public static ScreenJob job(ScreenSpec spec) {
        MineralId gallium = MineralId.of("gallium");
        MineralId dysprosium = MineralId.of("dysprosium");
        List<MarketInput> markets = List.of(
                new MarketInput("US", gallium, "CN", 0.21, "test: share given"),
                new MarketInput("US", gallium, "JP", 0.12, "test: share given"),
                new MarketInput("US", dysprosium, "CN", 0.7, "test: share given"),
                new MarketInput("US", dysprosium, "MY", 0.13, "test: share given"));
        return new ScreenJob(
                spec, markets, Map.of(ScreenJob.catalogueKey("US", dysprosium), options()), List.of("US/cobalt: test"));
    }

    /** @return two flow options and a stockpile */
    public static List<PlanOption> options() {
        return List.of(
                flow("offtake-my", "MY", 0.1, Distribution.uniform(2, 6), 0.8, 5e7),
                flow("new-source-au", "AU", 0.25, Distribution.fixed(9), 0.6, 1.5e8),
                new PlanOption(
                        "stockpile",
                        "A government stockpile",
                        OptionKind.STOCKPILE,
                        Optional.empty(),
                        Figure.assumed(1e8, "test"),
                        Optional.empty(),
                        Optional.of(new Reserve(Figure.assumed(2, "test"), Figure.assumed(0.5, "test"))),
                        0,
                        1,
                        false,
                        List.of(),
                        ""));
    }

    private static PlanOption flow(
            String id, String country, double capacity, Distribution start, double probability, double cost) {
        return new PlanOption(
                id,
                id,
                OptionKind.OFFTAKE,
                Optional.of(country),
                Figure.sourced(cost, "https://example.org/" + id, "test"),
                Optional.of(new Supply(
                        Figure.assumed(capacity, "test"),
                        start,
                        "test",
                        true,
                        Figure.assumed(3, "test"),
                        Figure.assumed(probability, "test"))),
                Optional.empty(),
                0,
                1,
                false,
                List.of("https://example.org/" + id),
                "");
    }
}
