package lodestone.store.importing;

/** How serious an import problem is. */
public enum Severity {
    /** The dataset is rejected. */
    ERROR,
    /** The row is imported, with a caveat the user should know about. */
    WARNING
}
