/**
 * Screens in local mode: {@link lodestone.app.screen.LocalScreenEngine} computes the missing cells of a screen on
 * threads of this JVM (the {@code lodestone-screen} local runner) and {@link lodestone.app.screen.ParquetResults}
 * writes each batch as Parquet with the embedded DuckDB, in the layout and schema every engine shares, and reads
 * results back for ranking. The Spark engine lives in {@code lodestone-spark}, outside the default build; the app finds
 * it at run time through {@link java.util.ServiceLoader} and never depends on it.
 */
package lodestone.app.screen;
