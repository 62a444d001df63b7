package lodestone.screen.job;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import lodestone.model.mineral.MineralId;
import lodestone.plan.option.PlanOption;
import lodestone.screen.ScreenSpec;
import lodestone.screen.cell.CellKey;
import lodestone.screen.cell.CellSeeds;
import lodestone.screen.cell.ScreenCell;

/**
 * Everything an engine needs to compute a screen, with no knowledge base: the spec, the screened markets, the option
 * catalogues of the cells that get a plan, and what was left out and why. The cells are the markets × severities ×
 * durations × responses, in that order ({@link #cells()}); a cell's seed is derived from the spec's seed and the
 * cell's market ({@link CellSeeds}), so no cell depends on any other or on how cells are partitioned.
 *
 * @param spec the spec
 * @param markets the screened markets, perspective by perspective, mineral by mineral, largest supplier first
 * @param catalogues the options a plan may choose from, by {@link #catalogueKey(String, MineralId)}; empty without
 *     a plan
 * @param leftOut what the spec asked for but has no figures, one line each
 */
public record ScreenJob(
        ScreenSpec spec, List<MarketInput> markets, Map<String, List<PlanOption>> catalogues, List<String> leftOut) {
    public ScreenJob {
        markets = List.copyOf(markets);
        TreeMap<String, List<PlanOption>> copy = new TreeMap<>();
        catalogues.forEach((key, options) -> copy.put(key, List.copyOf(options)));
        catalogues = Collections.unmodifiableMap(copy);
        leftOut = List.copyOf(leftOut);
    }

    /** @return the key of the option catalogue for a perspective and mineral, e.g. {@code US/dysprosium} */
    public static String catalogueKey(String perspective, MineralId mineral) {
        return perspective + "/" + mineral.value();
    }

    /** @return the number of cells: markets × treatments per market */
    public long cellCount() {
        return (long) markets.size() * spec.treatmentsPerMarket();
    }

    /** @return the cells of one market, severities outermost, then durations, then responses */
    public List<ScreenCell> cells(MarketInput market) {
        List<ScreenCell> cells = new ArrayList<>(spec.treatmentsPerMarket());
        for (int t = 0; t < spec.treatmentsPerMarket(); t++) {
            cells.add(cell(market, t));
        }
        return cells;
    }

    /**
     * @param marketIndex a market's index in {@link #markets()}
     * @param treatment a treatment's index in [0, treatments per market): severities outermost, then durations, then
     *     responses
     * @return the cell
     */
    public ScreenCell cell(int marketIndex, int treatment) {
        return cell(markets.get(marketIndex), treatment);
    }

    private ScreenCell cell(MarketInput market, int treatment) {
        int responses = spec.responses().size();
        int durations = spec.durationsMonths().size();
        if (treatment < 0 || treatment >= spec.treatmentsPerMarket()) {
            throw new IllegalArgumentException(
                    "treatment (" + treatment + ") must be within [0, " + spec.treatmentsPerMarket() + ").");
        }
        return new ScreenCell(
                new CellKey(
                        market.perspective(),
                        market.mineral(),
                        market.supplier(),
                        spec.severities().get(treatment / (durations * responses)),
                        spec.durationsMonths().get(treatment / responses % durations),
                        spec.responses().get(treatment % responses).id()),
                market.supplierShare(),
                market.basis(),
                CellSeeds.of(spec.seed(), market.perspective(), market.mineral(), market.supplier()));
    }

    /** @return every cell, market by market in {@link #markets()} order */
    public List<ScreenCell> cells() {
        List<ScreenCell> cells = new ArrayList<>();
        markets.forEach(market -> cells.addAll(cells(market)));
        return cells;
    }
}
