package lodestone.screen.run;

import java.util.Locale;

/**
 * The layout of a results directory, the same for every engine:
 *
 * <pre>
 *   &lt;results&gt;/screen.json                       the manifest: which screen, job fingerprint, code version
 *   &lt;results&gt;/batches/batch-&lt;run&gt;-&lt;n&gt;/part-*.parquet   one or more Parquet files of the results schema
 *   &lt;results&gt;/batches/batch-&lt;run&gt;-&lt;n&gt;/_SUCCESS       written last: the batch is committed
 * </pre>
 *
 * <p><b>The checkpoint rule.</b> A cell is done if and only if it is in a committed batch (one with {@code _SUCCESS}).
 * A run first deletes batch directories without {@code _SUCCESS} (left by an interrupted run: their cells were never
 * committed), reads the cell ids of the committed batches, and computes the other cells only, in new batches. So an
 * interrupted and restarted screen recomputes only missing cells (at most one batch per worker's worth of work is
 * lost), and results of local mode and Spark can be mixed in one directory: they are identical cell by cell. One run
 * per results directory at a time.
 *
 * <p>Read the results with DuckDB as <code>read_parquet('&lt;results&gt;/batches/*&#47;*.parquet')</code> when no run is in
 * progress, or with Spark as {@code spark.read().parquet("<results>/batches/*")}.
 */
public final class ResultLayout {
    /** The manifest's file name. */
    public static final String MANIFEST = "screen.json";

    /** The directory of batches. */
    public static final String BATCHES = "batches";

    /** The marker of a committed batch (Hadoop's and Spark's). */
    public static final String SUCCESS = "_SUCCESS";

    /** The prefix of batch directories. */
    public static final String BATCH_PREFIX = "batch-";

    private ResultLayout() {}

    /**
     * @param runId the run's id
     * @param index the batch's number within the run
     * @return the batch's directory name, e.g. {@code batch-20261203T101500-00007}
     */
    public static String batchName(String runId, int index) {
        return BATCH_PREFIX + runId + "-" + String.format(Locale.ROOT, "%05d", index);
    }
}
