/**
 * Screens over the knowledge base: a spec's job (minerals, supply mixes, option catalogues) for the engines to run;
 * local mode ({@link lodestone.report.screen.LocalScreenEngine}, the missing cells on threads of this JVM, each batch
 * written as Parquet by {@link lodestone.report.screen.ParquetResults} in the layout and schema every engine shares);
 * and the results read back for people ({@link lodestone.report.screen.ScreenResultsQuery}: the listing and the one
 * ranking, with the rows and documents every face prints). The Spark engine lives in {@code lodestone-spark}, outside
 * the default build; the command line finds it at run time through {@link java.util.ServiceLoader}.
 */
@NullMarked
package lodestone.report.screen;

import org.jspecify.annotations.NullMarked;
