package lodestone.news.extract;

import java.util.Optional;

/**
 * A claim that a country holds a share of world output of a mineral at a stage.
 *
 * @param country ISO alpha-2 code of the subject country
 * @param mineral canonical mineral name
 * @param stage {@code magnets}, {@code metal}, {@code refining}, {@code processing}, {@code mining}, {@code reserves},
 *     {@code production} or {@code supply} (no stage given)
 * @param sharePct the share as stated, in percent (0 to 100)
 * @param year the year the text ties the figure to, if any ("in 2023", "last year" resolved)
 * @param evidence the evidence span
 * @param start offset of the evidence in the article text
 * @param end offset after the evidence
 */
public record Claim(
        String country,
        String mineral,
        String stage,
        double sharePct,
        Optional<Integer> year,
        String evidence,
        int start,
        int end) {
    public Claim {
        if (sharePct < 0 || sharePct > 100) {
            throw new IllegalArgumentException("share (" + sharePct + " %) must be within [0, 100].");
        }
    }
}
