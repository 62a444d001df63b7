package lodestone.spark;

import java.util.concurrent.ConcurrentHashMap;
import lodestone.screen.job.JobCodec;
import lodestone.screen.job.ScreenJob;
import org.apache.spark.broadcast.Broadcast;

/** The job on an executor: parsed once per JVM from its broadcast, shared by the executor's tasks. */
final class Jobs {
    private static final ConcurrentHashMap<Long, ScreenJob> CACHE = new ConcurrentHashMap<>();

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
