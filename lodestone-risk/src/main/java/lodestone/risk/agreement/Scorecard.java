package lodestone.risk.agreement;

import java.util.List;
import java.util.Optional;
import lodestone.model.Guards;

/**
 * The concreteness score of one agreement, criterion by criterion, so a reader can reconstruct it. Built by
 * {@link ConcretenessScorecard#score}.
 *
 * @param agreementId the agreement's id
 * @param points points scored, the sum of the criteria's points, in [0, maxPoints]
 * @param maxPoints the most points the rubric gives, the sum of the criteria's maxima
 * @param fraction points / maxPoints, a fraction in [0, 1]
 * @param criteria the criteria in rubric order, each with its evidence
 */
public record Scorecard(String agreementId, int points, int maxPoints, double fraction, List<Criterion> criteria) {
    public Scorecard {
        Guards.requireText(agreementId, "agreement id");
        criteria = List.copyOf(criteria);
        int sum = criteria.stream().mapToInt(Criterion::points).sum();
        int max = criteria.stream().mapToInt(Criterion::maxPoints).sum();
        if (points != sum || maxPoints != max) {
            throw new IllegalArgumentException("points (" + points + " of " + maxPoints + ") of " + agreementId
                    + " must equal the sum over the criteria (" + sum + " of " + max + ").");
        }
        if (maxPoints <= 0) {
            throw new IllegalArgumentException("maxPoints (" + maxPoints + ") of " + agreementId
                    + " must be positive.\nMaybe no criterion was" + " scored.");
        }
        if (Math.abs(fraction - (double) points / maxPoints) > 1e-12) {
            throw new IllegalArgumentException("fraction (" + fraction + ") of " + agreementId + " must equal points /"
                    + " maxPoints (" + points + " / " + maxPoints + ").");
        }
    }

    /**
     * @param agreementId the agreement's id
     * @param criteria the scored criteria
     * @return the scorecard with points, maximum and fraction summed from the criteria
     */
    public static Scorecard of(String agreementId, List<Criterion> criteria) {
        int points = criteria.stream().mapToInt(Criterion::points).sum();
        int maxPoints = criteria.stream().mapToInt(Criterion::maxPoints).sum();
        return new Scorecard(agreementId, points, maxPoints, (double) points / maxPoints, criteria);
    }

    /** @return the criterion with this id, e.g. {@code firm-money} */
    public Optional<Criterion> criterion(String id) {
        return criteria.stream().filter(criterion -> criterion.id().equals(id)).findFirst();
    }

    /**
     * One line of the rubric, scored.
     *
     * @param id stable identifier, e.g. {@code firm-money}
     * @param name display name, e.g. "Firm money"
     * @param points points scored, in [0, maxPoints]
     * @param maxPoints the most points this criterion gives, positive
     * @param reason the evidence, naming the amounts, dates, projects or clauses found, or what is missing
     */
    public record Criterion(String id, String name, int points, int maxPoints, String reason) {
        public Criterion {
            Guards.requireText(id, "criterion id");
            Guards.requireText(name, "name of criterion " + id);
            if (maxPoints <= 0) {
                throw new IllegalArgumentException(
                        "maxPoints (" + maxPoints + ") of criterion " + id + " must be positive.");
            }
            if (points < 0 || points > maxPoints) {
                throw new IllegalArgumentException(
                        "points (" + points + ") of criterion " + id + " must be within [0, " + maxPoints + "].");
            }
            Guards.requireText(reason, "reason of criterion " + id);
        }
    }
}
