/**
 * Screens on Apache Spark. {@link lodestone.spark.SparkScreenEngine} is the {@code spark} engine of {@code lodestone
 * screen} (found through {@link java.util.ServiceLoader}); {@link lodestone.spark.ScreenSubmit} is the main class for
 * {@code spark-submit}. The cells are a dataset of (market, treatment) indices partitioned across executors; each
 * executor reads the job once from a broadcast and computes its cells with {@code lodestone-screen}'s
 * {@code CellComputation}, exactly as local mode does. Results are Parquet in the layout and schema of
 * {@code lodestone.screen.run}. Allowed dependencies: lodestone-screen, Spark (provided), Hadoop's file system API.
 */
package lodestone.spark;
