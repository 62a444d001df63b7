package lodestone.bench;

import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;

/**
 * The protocol of the benchmarks whose one operation is long (a plan, a sweep, the extraction of a corpus): each
 * iteration times a single operation, in milliseconds, in one forked JVM with a 2 GB heap. JMH's class annotations are
 * inherited, so a subclass states its warm-up and measured iterations and only what else it does differently (a larger
 * heap, a coarser {@link OutputTimeUnit}).
 */
@BenchmarkMode(Mode.SingleShotTime)
public abstract class SingleShotBenchmark extends ForkedBenchmark {}
