package lodestone.sim.backtest;

/**
 * A scored row with its predictive band: the model band widened by the model's error ({@link ModelError}).
 *
 * @param row the row, with the model's own band
 * @param discrepancy the discrepancy applied (log units of value + 0.05)
 * @param p10 the predictive P10 (units of the series)
 * @param p90 the predictive P90
 * @param inside whether the observed value lies within the predictive band
 */
public record PredictiveRow(Row row, double discrepancy, double p10, double p90, boolean inside) {}
