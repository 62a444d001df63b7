package lodestone.store.curated;

import java.util.Objects;
import lodestone.model.Guards;
import lodestone.model.agreement.DraftOrigin;

/**
 * A draft record promoted from news, as stored: a document in the curated YAML format holding one measure or one
 * agreement and the sources it cites, and the news record it came from.
 *
 * @param name a name for messages, e.g. "draft cn-draft-... (news-review)"
 * @param text the YAML text
 * @param origin the news record it was promoted from
 */
public record DraftDocument(String name, String text, DraftOrigin origin) {
    /** The review action that makes a draft: a news event promoted into a record. */
    public static final String PROMOTED = "promoted";

    /**
     * @param draftId the id of the drafted record
     * @return the document name a draft is read under, in the curated reader's problems
     */
    public static String nameOf(String draftId) {
        return "draft " + draftId + " (news_review)";
    }

    public DraftDocument {
        Guards.requireText(name, "name");
        Guards.requireText(text, "text of draft " + name);
        Objects.requireNonNull(origin, "origin");
    }
}
