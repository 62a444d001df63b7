package lodestone.sim.backtest;

import java.util.Set;

/**
 * A price move made on reports of the measure before the base some rows are measured against: the product's price had
 * already risen (or fallen) by the share {@code change} between the last quote before the first reports and the rows'
 * base, which lies before the announcement the scenario simulates from. The model's index is the measure's whole
 * effect against a price without it, so against a base that already carries the move the row's model value is
 *
 * <pre>
 * x / (1 + c)        x the row's value as scored otherwise (path by path), c the move before the base
 * </pre>
 *
 * Declared on the episode from a dated source that attributes the move to the expectation of the measure, published
 * before the announcement; rows whose base lies before the first reports, or that are measured against a later month,
 * are not named. With no declaration every row is scored as before.
 *
 * @param scenario the episode's scenario whose rows it applies to
 * @param market the market (a mineral id, or {@code mineral#n}), as the rows name it
 * @param product the product whose price moved, in words
 * @param change c, the move as a share of the price before the first reports (greater than −1)
 * @param basis the dated source that gives the move and attributes it to the measure
 * @param rows ids of the rows whose base carries the move (at least one)
 * @param rowsBasis why their base does, in their record's own words (the base's date)
 */
public record AnticipatedMove(
        String scenario,
        String market,
        String product,
        double change,
        String basis,
        Set<String> rows,
        String rowsBasis) {
    public AnticipatedMove {
        if (!(change > -1) || Double.isInfinite(change)) {
            throw new IllegalArgumentException(
                    "anticipated move of " + product + ": change (" + change + ") must be finite and above -1.");
        }
        if (rows.isEmpty()) {
            throw new IllegalArgumentException(
                    "anticipated move of " + product + ": name the rows whose base carries the move.");
        }
        rows = PriceDeclarations.relabelledRows("anticipated move of " + product, rows, rowsBasis);
    }

    /**
     * @param observation a row of the episode
     * @return whether the row's base carries this move: a row it names, of the same scenario and market
     */
    public boolean carries(Observation observation) {
        return rows.contains(observation.id())
                && observation.scenario().equals(scenario)
                && observation.market().equals(market);
    }

    /**
     * @param index the row's model value on a path, as scored without the move
     * @return the value against the base that carries the move: {@code index / (1 + change)}
     */
    public double apply(double index) {
        return index / (1 + change);
    }
}
