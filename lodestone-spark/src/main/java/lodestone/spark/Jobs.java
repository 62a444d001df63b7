package lodestone.spark;

import java.util.concurrent.ConcurrentHashMap;
import java.util.random.RandomGeneratorFactory;
import lodestone.screen.job.JobCodec;
import lodestone.screen.job.ScreenJob;
import org.apache.spark.broadcast.Broadcast;

/**
 * The job on an executor: parsed once per JVM from its broadcast, shared by the executor's tasks.
 *
 * <p>Before the first job, the JDK's random-generator factories are loaded with this class's loader as the thread's
 * context loader. The JDK finds them once per JVM, through the context loader of the first thread that asks; Spark's
 * task threads carry a loader that does not see the {@code jdk.random} module, and the simulator's
 * {@code L64X128MixRandom} would then be "not available" for the rest of the JVM's life.
 */
final class Jobs {
    private static final ConcurrentHashMap<Long, ScreenJob> CACHE = new ConcurrentHashMap<>();

    static {
        Thread thread = Thread.currentThread();
        ClassLoader saved = thread.getContextClassLoader();
        try {
            thread.setContextClassLoader(Jobs.class.getClassLoader());
            RandomGeneratorFactory.of("L64X128MixRandom");
        } finally {
            thread.setContextClassLoader(saved);
        }
    }

    private Jobs() {}

    static ScreenJob of(Broadcast<String> broadcast) {
        ScreenJob job = CACHE.get(broadcast.id());
        if (job != null) {
            return job;
        }
        synchronized (CACHE) {
            // a new job replaces the one an earlier screen left: executors hold at most one
            CACHE.keySet().removeIf(id -> id != broadcast.id());
            return CACHE.computeIfAbsent(broadcast.id(), id -> JobCodec.read(broadcast.value(), "broadcast job " + id));
        }
    }
}
