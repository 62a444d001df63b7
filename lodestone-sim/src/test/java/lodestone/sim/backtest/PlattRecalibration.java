package lodestone.sim.backtest;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The one recalibration of the probability of a rise tested and not shipped
 * (docs/research/backtest-studies/the-direction-as-a-probability.md, "The direction as a probability"): logistic
 * recalibration (Platt scaling: Cox 1958, Platt 1999), logit p' = a + b logit p, with p clipped to [{@value #CLIP}, 1 −
 * {@value #CLIP}] (one path in the 1,000 the back-test's figures are derived with), a and b by maximum likelihood on
 * training rows. Out of fold its Brier score is worse than the raw probability's, so the raw probability ships; {@code
 * CalibrationTest} measures both.
 *
 * @param intercept a
 * @param slope b (below 1: the probabilities drawn towards 1/2; 1 and a = 0: unchanged)
 * @param rows how many rows it was fitted on
 */
record PlattRecalibration(double intercept, double slope, long rows) {
    /** The clip of a probability before its logit. */
    static final double CLIP = 0.001;

    /**
     * @param p a probability of a rise
     * @return the recalibrated probability
     */
    double apply(double p) {
        return 1 / (1 + Math.exp(-(intercept + slope * logit(p))));
    }

    /**
     * Fits a and b by Newton's method on the binomial log-likelihood, a row observed at exactly 1 counting half a rise
     * and half a fall ({@link DirectionForecasts#outcome}).
     *
     * @param rows the training rows (those without a probability are left out)
     * @return the map
     */
    static PlattRecalibration fit(Collection<Row> rows) {
        List<Row> prices =
                rows.stream().filter(r -> r.riseProbability().isPresent()).toList();
        double a = 0;
        double b = 1;
        for (int iteration = 0; iteration < 100; iteration++) {
            double[] gradient = new double[2];
            double[] hessian = new double[3];
            for (Row row : prices) {
                double x = logit(row.riseProbability().getAsDouble());
                double mu = 1 / (1 + Math.exp(-(a + b * x)));
                double residual = DirectionForecasts.outcome(row) - mu;
                double w = mu * (1 - mu);
                gradient[0] += residual;
                gradient[1] += residual * x;
                hessian[0] += w;
                hessian[1] += w * x;
                hessian[2] += w * x * x;
            }
            double det = hessian[0] * hessian[2] - hessian[1] * hessian[1];
            double da = (hessian[2] * gradient[0] - hessian[1] * gradient[1]) / det;
            double db = (hessian[0] * gradient[1] - hessian[1] * gradient[0]) / det;
            a += da;
            b += db;
            if (Math.abs(da) + Math.abs(db) < 1e-12) {
                break;
            }
        }
        return new PlattRecalibration(a, b, prices.size());
    }

    static double logit(double p) {
        double q = Math.max(CLIP, Math.min(1 - CLIP, p));
        return Math.log(q / (1 - q));
    }

    /**
     * Scores the rows' probabilities recalibrated out of fold: each row's by the map fitted on the reference price rows
     * of the other episodes.
     *
     * @param rows the rows to score
     * @param reference the rows climatology and the maps are estimated on
     * @return the score
     */
    static DirectionForecasts.Score outOfFold(Collection<Row> rows, Collection<Row> reference) {
        Map<String, PlattRecalibration> maps = new HashMap<>();
        return DirectionForecasts.score(
                rows,
                reference,
                r -> maps.computeIfAbsent(
                                r.episode(),
                                e -> fit(reference.stream()
                                        .filter(x -> !x.episode().equals(e))
                                        .toList()))
                        .apply(r.riseProbability().getAsDouble()));
    }
}
