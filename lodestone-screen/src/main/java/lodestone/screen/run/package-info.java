/**
 * Running a screen: the {@link lodestone.screen.run.ScreenEngine} interface that local mode and the Spark runner
 * implement (found with {@link java.util.ServiceLoader}), the results schema both write
 * ({@link lodestone.screen.run.ResultSchema}), the layout of a results directory and its checkpoint rule
 * ({@link lodestone.screen.run.ResultLayout}, {@link lodestone.screen.run.Manifest}), and the multi-threaded local
 * computation ({@link lodestone.screen.run.LocalRunner}). Engines do the file I/O; this package only decides what to
 * compute and in which order. Units as in {@code lodestone.screen}.
 */
@NullMarked
package lodestone.screen.run;

import org.jspecify.annotations.NullMarked;
