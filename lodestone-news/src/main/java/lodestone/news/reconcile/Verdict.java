package lodestone.news.reconcile;

import java.util.Locale;

/** The verdict on a share claim. */
public enum Verdict {
    /** Within the tolerance of a reference value for the stated stage. */
    CONSISTENT,
    /** References exist for the stage, and none is within the tolerance. */
    CONFLICTING,
    /** The claim names no stage ("of global supply") and the references differ by stage. */
    AMBIGUOUS_STAGE,
    /** No reference for that country, mineral, stage (and year) in the knowledge base. */
    UNVERIFIABLE;

    /** @return the id, e.g. {@code ambiguous-stage} */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
