package lodestone.store.importing;

/** Receives progress of a long import, for a progress bar. Called on the importing thread. */
public interface ImportProgress {
    /** Progress that nobody watches. */
    ImportProgress NONE = new ImportProgress() {
        @Override
        public void total(int steps) {}

        @Override
        public void step(String label) {}
    };

    /** @param steps the number of steps the import will report */
    void total(int steps);

    /** @param label what was just done, e.g. a file name */
    void step(String label);
}
