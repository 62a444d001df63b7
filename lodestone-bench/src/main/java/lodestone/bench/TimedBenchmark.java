package lodestone.bench;

import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The protocol of the benchmarks timed over many operations (the scenario engine, its lean baseline, the risk ranking):
 * average time per operation in milliseconds, one forked JVM with a 2 GB heap, three warm-up iterations of 2 s and five
 * measured iterations of 2 s. JMH's class annotations are inherited, so a subclass states only what it does
 * differently (e.g. a finer {@link OutputTimeUnit}).
 */
@BenchmarkMode(Mode.AverageTime)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public abstract class TimedBenchmark extends ForkedBenchmark {}
