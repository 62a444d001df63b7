package lodestone.screen.run;

/**
 * What a run did.
 *
 * @param engine the engine's name
 * @param results where the results are
 * @param cells cells in the screen
 * @param alreadyDone cells found in committed batches at the start, not computed again
 * @param computed cells computed and committed by this run
 * @param batches batches committed by this run
 * @param seconds wall time of the run, seconds (for Spark, from a running session: the session's start is not counted)
 */
public record RunReport(
        String engine, String results, long cells, long alreadyDone, long computed, int batches, double seconds) {
    /** @return cells computed per second of wall time (0 if none was computed) */
    public double cellsPerSecond() {
        return computed == 0 || seconds <= 0 ? 0 : computed / seconds;
    }
}
