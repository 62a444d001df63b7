package lodestone.screen.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import lodestone.screen.cell.ScreenCell;
import lodestone.screen.job.ScreenJob;

/** The checkpoint rule of {@link ResultLayout}: which cells a run computes, and in which batches. */
public final class Checkpoint {
    private Checkpoint() {}

    /**
     * @param job the job
     * @param done the ids of the cells in committed batches
     * @return the job's other cells, in the job's order
     */
    public static List<ScreenCell> missing(ScreenJob job, Set<String> done) {
        List<ScreenCell> missing = new ArrayList<>();
        for (ScreenCell cell : job.cells()) {
            if (!done.contains(cell.key().id())) {
                missing.add(cell);
            }
        }
        return missing;
    }

    /**
     * @param cells cells to compute
     * @param batchCells cells per batch (≥ 1)
     * @return consecutive batches of at most {@code batchCells} cells
     */
    public static List<List<ScreenCell>> batches(List<ScreenCell> cells, int batchCells) {
        if (batchCells < 1) {
            throw new IllegalArgumentException("batch (" + batchCells + " cells) must be at least 1.");
        }
        List<List<ScreenCell>> batches = new ArrayList<>();
        for (int from = 0; from < cells.size(); from += batchCells) {
            batches.add(List.copyOf(cells.subList(from, Math.min(cells.size(), from + batchCells))));
        }
        return batches;
    }
}
