package lodestone.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * What every protocol of this module shares: the benchmark's state is its class, shared by the threads of one trial,
 * each trial runs in one forked JVM with a 2 GB heap, and times are in milliseconds. {@link SingleShotBenchmark} and
 * {@link TimedBenchmark} add how an iteration is timed; JMH's class annotations are inherited through both levels.
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
        value = 1,
        jvmArgs = {"-Xmx2g"})
public abstract class ForkedBenchmark {}
