package lodestone.risk.index;

import java.util.Locale;

/** What a perspective's dependency figure rests on. */
public enum DependencyBasis {
    /** The perspective's own import-source shares (and its import reliance). */
    MEASURED,
    /**
     * The perspective's import reliance is known, but not where its imports come from: the import shares are taken
     * to mirror world supply at one stage.
     */
    PROXIED_BY_WORLD_SUPPLY,
    /** Neither the import reliance nor the supplier split is known. */
    UNKNOWN;

    /** @return the identifier used in output, e.g. "proxied-by-world-supply" */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
