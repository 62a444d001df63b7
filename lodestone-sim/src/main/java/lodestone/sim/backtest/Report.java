package lodestone.sim.backtest;

import java.util.List;
import java.util.function.Predicate;

/**
 * The scored rows of a back-test and their coverage: the share of observations inside the model's P10-P90 band, and
 * for prices the share whose direction of move the model's median gets right.
 *
 * @param label what was run (for example "calibrated behaviour, 4,000 paths, seed 7")
 * @param rows one per observation, episode by episode
 */
public record Report(String label, List<Row> rows) {
    public Report {
        rows = List.copyOf(rows);
    }

    /** @return the share of rows inside their band (NaN if none match) */
    public double coverage(Predicate<Row> which) {
        return share(rows.stream().filter(which).toList(), Row::inside);
    }

    /** @return the share of price rows whose direction is right (NaN if none match) */
    public double directionRight(Predicate<Row> which) {
        List<Row> prices = rows.stream()
                .filter(which)
                .filter(r -> r.directionRight().isPresent())
                .toList();
        return share(prices, r -> r.directionRight().orElseThrow());
    }

    /**
     * @return the matching price rows' probabilities of a rise scored ({@link DirectionForecasts#score}), climatology for
     *     each row estimated on this report's price rows of the other episodes
     */
    public DirectionForecasts.Score directions(Predicate<Row> which) {
        return DirectionForecasts.score(rows.stream().filter(which).toList(), rows);
    }

    /** @return how many rows match */
    public long count(Predicate<Row> which) {
        return rows.stream().filter(which).count();
    }

    /** @return the mean interval score of the matching rows (NaN if none) */
    public double meanIntervalScore(Predicate<Row> which) {
        return rows.stream()
                .filter(which)
                .mapToDouble(Row::intervalScore)
                .average()
                .orElse(Double.NaN);
    }

    /** @return rows of one role */
    public static Predicate<Row> role(Episode.Role role) {
        return row -> row.role() == role;
    }

    /** @return rows of one episode */
    public static Predicate<Row> episode(String id) {
        return row -> row.episode().equals(id);
    }

    private static double share(List<Row> rows, Predicate<Row> test) {
        return rows.isEmpty() ? Double.NaN : rows.stream().filter(test).count() / (double) rows.size();
    }
}
