package lodestone.screen.cell;

import lodestone.screen.job.ScreenJob;

/**
 * Computes cells. Local mode and every Spark executor call the same implementation, so a cell's result is the same
 * wherever it is computed. An instance holds scratch memory and is not safe for concurrent use: create one per thread
 * (or per Spark partition) and close it.
 */
public interface CellComputation extends AutoCloseable {
    /**
     * @param cell a cell of the job the computation was made for
     * @return its result: a function of the cell, its seed and the job's settings only
     */
    CellResult compute(ScreenCell cell);

    @Override
    void close();

    /**
     * The computation of today's simulator. When the simulator's API changes (issue #14), the adapter changes and
     * nothing else; its {@link #version()} changes too, so that results of the old code are never mixed with new ones.
     *
     * @param job the job whose cells will be computed
     * @return a new computation
     */
    static CellComputation forJob(ScreenJob job) {
        return new SweepEngineAdapter(job);
    }

    /** @return what the results depend on besides the job: the simulator's code path and its version */
    static String version() {
        return SweepEngineAdapter.VERSION;
    }
}
