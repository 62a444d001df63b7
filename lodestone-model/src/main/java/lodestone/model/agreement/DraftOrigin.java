package lodestone.model.agreement;

import java.time.LocalDate;
import java.util.Objects;
import lodestone.model.Guards;

/**
 * Where a draft record came from: the news record a reviewer promoted (an article and the evidence span of one of its
 * events), and when. A draft is unverified: it is shown marked as a draft and never feeds the analytics.
 *
 * @param articleId the id of the stored article (first 16 hex digits of its content hash)
 * @param spanStart offset of the event's evidence in the article's clean text
 * @param spanEnd offset after the evidence
 * @param promoted the day the reviewer promoted it
 */
public record DraftOrigin(String articleId, int spanStart, int spanEnd, LocalDate promoted) {
    public DraftOrigin {
        Guards.requireText(articleId, "articleId");
        if (spanStart < 0 || spanEnd < spanStart) {
            throw new IllegalArgumentException(
                    "evidence span (" + spanStart + ", " + spanEnd + ") must be ordered and >= 0.");
        }
        Objects.requireNonNull(promoted, "promoted");
    }

    /** @return e.g. "news record 3f2a…:120-188, promoted 2026-12-03" */
    public String label() {
        return "news article " + articleId + " [" + spanStart + ", " + spanEnd + "), promoted " + promoted;
    }
}
