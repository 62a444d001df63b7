package lodestone.sim.backtest;

import java.time.YearMonth;
import java.util.Optional;
import lodestone.sim.scenario.ScenarioSpec;

/** Finds an observation's market in a scenario. */
final class Markets {
    private Markets() {}

    /**
     * @param scenario the scenario
     * @param key a mineral id, or {@code mineral#n} for the n-th market of that mineral (1-based)
     * @return the market's index in the scenario, if it has one
     */
    static Optional<Integer> find(ScenarioSpec scenario, String key) {
        int hash = key.indexOf('#');
        String mineral = hash < 0 ? key : key.substring(0, hash);
        int wanted;
        try {
            wanted = hash < 0 ? 1 : Integer.parseInt(key.substring(hash + 1));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        int seen = 0;
        for (int i = 0; i < scenario.markets().size(); i++) {
            if (scenario.markets().get(i).mineral().value().equals(mineral) && ++seen == wanted) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    /** @return the first month the scenario simulates */
    static YearMonth firstMonth(ScenarioSpec scenario) {
        return scenario.firstMonth();
    }
}
