package lodestone.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * The protocol of the benchmarks whose one operation is long (a plan, a sweep, the extraction of a corpus): each
 * iteration times a single operation, in milliseconds, in one forked JVM with a 2 GB heap. JMH's class annotations are
 * inherited, so a subclass states its warm-up and measured iterations and only what else it does differently (a larger
 * heap, a coarser {@link OutputTimeUnit}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
        value = 1,
        jvmArgs = {"-Xmx2g"})
public abstract class SingleShotBenchmark {}
