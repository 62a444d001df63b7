package lodestone.sim.backtest;

/**
 * Where an observation was recorded, and so which of the model's months it stands for. The model's exports are the
 * issuer's departures and every flow arrives in the month it leaves; a row built from an importer's customs counts cargo
 * in its month of arrival, which left the issuer one to several months earlier. Such a row is compared with the
 * model's months shifted back by the transit time: the value the model gives for arrival month t is the mean of its
 * values in months t − maxMonths … t − minMonths (cargo of one month of departure spread evenly over those transit
 * times). Months before the scenario's first simulated month take the level before the measure (1 for an index, 0 for
 * the shortfall).
 *
 * @param minMonths the shortest transit in whole months, ≥ 0
 * @param maxMonths the longest transit in whole months, in [minMonths, 12]
 * @param basis where the transit time comes from (a published shipping time for the route, or ASSUMPTION and its
 *     reason); empty only for {@link #AT_ISSUER}
 */
public record Transit(int minMonths, int maxMonths, String basis) {
    /** Recorded where the model counts it (the issuer's customs, or a price quoted in the month): no shift. */
    public static final Transit AT_ISSUER = new Transit(0, 0, "");

    /** The longest transit a row may declare, in months. */
    public static final int MAX_MONTHS = 12;

    public Transit {
        if (minMonths < 0 || maxMonths < minMonths || maxMonths > MAX_MONTHS) {
            throw new IllegalArgumentException("transit (" + minMonths + ".." + maxMonths
                    + " months) must have 0 <= minMonths <= maxMonths <= " + MAX_MONTHS + ".");
        }
    }

    /** @return whether the row was recorded at the destination, so its months are shifted */
    public boolean shifts() {
        return maxMonths > 0;
    }

    /** @return the number of transit times averaged over, maxMonths − minMonths + 1 */
    public int spread() {
        return maxMonths - minMonths + 1;
    }
}
